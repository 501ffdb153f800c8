package controlmap.format;

import java.util.List;

/**
 * CSV as RFC 4180 writes it: fields separated by commas, records ended by CRLF, a field quoted (and its quotes doubled)
 * when it holds a comma, a quote, CR or LF. A text cell starting with {@code = + - @}, tab or CR is prefixed with a
 * single quote, so a spreadsheet shows it as text instead of running it as a formula (OWASP "CSV injection").
 */
public final class Csv {

    private Csv() {
    }

    /** One record: the cells of {@code fields} (null = empty), joined and ended by CRLF. */
    public static String record(List<String> fields) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append(cell(fields.get(i)));
        }
        return b.append("\r\n").toString();
    }

    /** One cell: neutralised, then quoted when needed. */
    public static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String v = startsLikeFormula(value) ? "'" + value : value;
        boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0;
        return quote ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }

    private static boolean startsLikeFormula(String v) {
        char c = v.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
