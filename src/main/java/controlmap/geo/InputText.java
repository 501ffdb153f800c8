package controlmap.geo;

import java.util.Locale;

/**
 * The rules every piece of text from editors follows: at most a given number of UTF-16 chars; no control characters
 * other than tab, line feed and carriage return; no unpaired surrogate (it cannot be stored as UTF-8, so it would
 * not come back as sent). Anything else, HTML and scripts included, is kept verbatim: it is data, and readers escape
 * it where they display it.
 */
public final class InputText {

    private InputText() {
    }

    /**
     * {@code value} unchanged if it follows the rules.
     *
     * @throws InvalidInputException INVALID naming {@code field} and the first offending character
     */
    public static String check(String field, String value, int maxChars) {
        if (value.length() > maxChars) {
            throw InvalidInputException.invalid(field, "is " + value.length() + " characters long; the limit is "
                    + maxChars);
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw InvalidInputException.invalid(field, "has an unpaired UTF-16 surrogate (\\u"
                        + Integer.toHexString(c) + ") at character " + i + ", which is not text");
            } else if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                throw InvalidInputException.invalid(field, "has a control character (U+"
                        + String.format(Locale.ROOT, "%04X", (int) c) + ") at character " + i);
            }
        }
        return value;
    }

}
