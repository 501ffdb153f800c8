package controlmap.store;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * One instance of each repeated value met while reading many claims: the same source, place, actor, editor, article
 * or day comes back from the database as a new object for every row, and a million claims would hold millions of
 * copies. A reader keeps one of these per query; values that are unique per claim (ids, quotes) are not passed
 * through it. Not thread-safe.
 */
public final class SharedValues {

    private final Map<String, String> texts = new HashMap<>();
    private final Map<Object, Object> parsed = new HashMap<>();

    /** {@code s}, or the equal string met before. */
    public String text(String s) {
        if (s == null) {
            return null;
        }
        String seen = texts.putIfAbsent(s, s);
        return seen == null ? s : seen;
    }

    /** {@code v}, or the equal value met before (dates, instants: immutable values with equals). */
    @SuppressWarnings("unchecked")
    public <T> T value(T v) {
        if (v == null) {
            return null;
        }
        Object seen = parsed.putIfAbsent(v, v);
        return seen == null ? v : (T) seen;
    }

    /** The value {@code parse} makes of {@code text}, parsed once per distinct text. */
    @SuppressWarnings("unchecked")
    public <T> T parsed(String text, Function<String, T> parse) {
        if (text == null) {
            return null;
        }
        Object v = parsed.get(text);
        if (v == null) {
            v = value(parse.apply(text));
            parsed.put(text, v);
        }
        return (T) v;
    }
}
