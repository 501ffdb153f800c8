package controlmap.http;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * The only spellings of days and numbers the service reads from a URL. Java's own parsers are more generous than
 * the contract: {@code LocalDate.parse} takes {@code +10000-01-01} and {@code -0001-01-01}, {@code Double.parseDouble}
 * takes {@code 36d}, {@code 0x1p5} and {@code Infinity}, {@code Integer.parseInt} takes Arabic-Indic digits
 * ({@code ١٠}). Each of those would reach code that assumes the plain form (a day is ten characters), so every query
 * parameter goes through here first. Returns null for anything else; callers say which parameter and why.
 */
public final class WireFormat {

    /** Four-digit year, two-digit month and day, ASCII digits only. */
    private static final Pattern DAY = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    /** Plain decimal: optional sign, ASCII digits, optional fraction; no exponent, suffix or hex. */
    private static final Pattern DECIMAL = Pattern.compile("[-+]?[0-9]{1,20}(\\.[0-9]{1,20})?");
    private static final Pattern INTEGER = Pattern.compile("[-+]?[0-9]{1,18}");
    /** The earliest day a URL may name: year 0001 (year 0000 is not a four-digit year of the calendar). */
    public static final LocalDate FIRST_DAY = LocalDate.of(1, 1, 1);

    private WireFormat() {
    }

    /** The day {@code v} names as {@code YYYY-MM-DD} with a year from 0001 to 9999, if it exists; else null. */
    public static LocalDate day(String v) {
        if (v == null || !DAY.matcher(v).matches()) {
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(v);
            return d.isBefore(FIRST_DAY) ? null : d;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** True when {@code v} starts with a four-digit year 0001–9999 and a dash: the only years the service reads. */
    public static boolean startsWithYear(String v) {
        return v != null && DAY.matcher(v).lookingAt() && !v.startsWith("0000");
    }

    /** {@code v} (surrounding spaces allowed) as a plain decimal number; null when it is not one. */
    public static Double decimal(String v) {
        if (v == null) {
            return null;
        }
        String t = v.strip();
        return DECIMAL.matcher(t).matches() ? Double.valueOf(t) : null;
    }

    /** {@code v} (surrounding spaces allowed) as a plain whole number in ASCII digits; null when it is not one. */
    public static Long integer(String v) {
        if (v == null) {
            return null;
        }
        String t = v.strip();
        return INTEGER.matcher(t).matches() ? Long.valueOf(t) : null;
    }
}
