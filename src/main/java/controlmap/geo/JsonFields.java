package controlmap.geo;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The members of one JSON object of untrusted input, read as typed values. Every refusal is an
 * {@link InvalidInputException} whose field is this object's path plus the member name
 * ({@code features[3].properties.valid_from}).
 *
 * <p>Text rules: at most the given number of UTF-16 chars; no control characters other than tab, line feed and
 * carriage return; no unpaired surrogate (it cannot be stored as UTF-8). Anything else, HTML and scripts included, is
 * kept verbatim: it is data, and readers escape it where they display it.
 */
final class JsonFields {

    /** Ids: lower-case ASCII letters, digits, '.', '_' and '-', starting with a letter or digit. */
    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]*");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final JsonNode object;
    private final String path;

    /** @throws InvalidInputException when {@code node} is not a JSON object */
    JsonFields(JsonNode node, String path, String what) {
        if (node == null || !node.isObject()) {
            throw InvalidInputException.invalid(path, "must be " + what + " (a JSON object); got " + describe(node));
        }
        this.object = node;
        this.path = path;
    }

    static String child(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    static String index(String path, int i) {
        return path + "[" + i + "]";
    }

    /** {@code a string}, {@code a number}, {@code null}, … for error messages. */
    static String describe(JsonNode n) {
        if (n == null || n.isMissingNode()) {
            return "nothing";
        }
        if (n.isNull()) {
            return "null";
        }
        if (n.isTextual()) {
            return "a string";
        }
        if (n.isNumber()) {
            return "a number";
        }
        if (n.isBoolean()) {
            return "a boolean";
        }
        return n.isArray() ? "an array" : "an object";
    }

    String path() {
        return path;
    }

    String field(String name) {
        return child(path, name);
    }

    /** The member, or null when absent or JSON null. */
    JsonNode get(String name) {
        JsonNode v = object.get(name);
        return v == null || v.isNull() ? null : v;
    }

    /** Refuses members outside {@code known} and {@code ignored} (a typo must not pass silently). */
    void onlyKnown(Set<String> known, Set<String> ignored) {
        for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!known.contains(name) && !ignored.contains(name)) {
                throw InvalidInputException.invalid(field(safeName(name)), "is not a known member here; known: "
                        + String.join(", ", new TreeSet<>(known)));
            }
        }
    }

    /** An optional string; null when absent or null. */
    String text(String name, int maxChars) {
        JsonNode v = get(name);
        if (v == null) {
            return null;
        }
        if (!v.isTextual()) {
            throw InvalidInputException.invalid(field(name), "must be a string; got " + describe(v));
        }
        return InputText.check(field(name), v.textValue(), maxChars);
    }

    /** A required string with at least one non-blank character. */
    String requiredText(String name, int maxChars) {
        String v = text(name, maxChars);
        if (v == null || v.isBlank()) {
            throw InvalidInputException.invalid(field(name), v == null ? "is required (a non-empty string)"
                    : "must not be empty");
        }
        return v;
    }

    /** An optional id (see {@link #ID}). */
    String id(String name, int maxChars) {
        String v = text(name, maxChars);
        if (v != null) {
            checkId(field(name), v, maxChars);
        }
        return v;
    }

    String requiredId(String name, int maxChars) {
        String v = id(name, maxChars);
        if (v == null) {
            throw InvalidInputException.invalid(field(name), "is required (an id such as raqqa-city)");
        }
        return v;
    }

    /** An optional day {@code YYYY-MM-DD} that exists, between {@link InputLimits#EARLIEST_DATE} and the latest. */
    LocalDate date(String name) {
        String v = text(name, InputLimits.MAX_TEXT_CHARS);
        if (v == null) {
            return null;
        }
        LocalDate d;
        try {
            if (!DAY.matcher(v).matches()) {
                throw new DateTimeParseException("not YYYY-MM-DD", v, 0);
            }
            d = LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw InvalidInputException.invalid(field(name), "must be a day that exists, as YYYY-MM-DD; got '"
                    + clip(v) + "'");
        }
        if (d.isBefore(InputLimits.EARLIEST_DATE) || d.isAfter(InputLimits.LATEST_DATE)) {
            throw InvalidInputException.invalid(field(name), "must be between " + InputLimits.EARLIEST_DATE + " and "
                    + InputLimits.LATEST_DATE + "; got " + d);
        }
        return d;
    }

    LocalDate requiredDate(String name) {
        LocalDate d = date(name);
        if (d == null) {
            throw InvalidInputException.invalid(field(name), "is required (a day such as 2017-12-07)");
        }
        return d;
    }

    /** An optional absolute http or https URL (no {@code javascript:} links reach readers' pages). */
    String url(String name) {
        String v = text(name, InputLimits.MAX_TEXT_CHARS);
        if (v == null) {
            return null;
        }
        try {
            URI u = new URI(v);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && u.getHost() != null) {
                return v;
            }
        } catch (URISyntaxException e) {
            // falls through to the refusal
        }
        throw InvalidInputException.invalid(field(name), "must be an absolute http:// or https:// URL; got '"
                + clip(v) + "'");
    }

    /** An optional member of a fixed vocabulary; {@code fromWire} throws IllegalArgumentException with the choices. */
    <E> E choice(String name, Function<String, E> fromWire, E absent) {
        String v = text(name, InputLimits.MAX_TEXT_CHARS);
        if (v == null) {
            return absent;
        }
        try {
            return fromWire.apply(v);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.invalid(field(name), e.getMessage() + "; got '" + clip(v) + "'");
        }
    }

    static void checkId(String field, String v, int maxChars) {
        if (v.length() > maxChars) {
            throw InvalidInputException.invalid(field, "is " + v.length() + " characters long; the limit is " + maxChars);
        }
        if (!ID.matcher(v).matches()) {
            throw InvalidInputException.invalid(field, "must be an id of lower-case letters, digits, '.', '_' and '-', "
                    + "starting with a letter or digit; got '" + clip(v) + "'");
        }
    }

    /** Echoes of input in messages are short and free of control characters. */
    static String clip(String v) {
        String s = v.length() > 60 ? v.substring(0, 60) + "…" : v;
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> out.appendCodePoint(
                Character.isISOControl(cp) || (cp <= 0xFFFF && Character.isSurrogate((char) cp)) ? '?' : cp));
        return out.toString();
    }

    private static String safeName(String name) {
        return clip(name);
    }
}
