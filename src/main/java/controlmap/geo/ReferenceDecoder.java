package controlmap.geo;

import com.fasterxml.jackson.databind.JsonNode;
import controlmap.domain.Actor;
import controlmap.domain.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * Reads sources and actors (plain JSON objects, as {@code GET /api/sources} and {@code /api/actors} list them) from
 * untrusted input. Whether an actor's {@code negates} names a known actor is checked against the store later.
 */
public final class ReferenceDecoder {

    public static final Set<String> SOURCE_MEMBERS = Set.of("id", "name", "name_ar", "kind", "url", "outlet",
            "affiliation", "description");
    public static final Set<String> ACTOR_MEMBERS = Set.of("id", "name", "name_ar", "color", "description",
            "negates");
    private static final Pattern COLOR = Pattern.compile("#[0-9A-Fa-f]{6}");

    private ReferenceDecoder() {
    }

    /** A source object at {@code path}: id, name and kind required; kind one of {@link Source#KINDS}. */
    public static Source source(JsonNode node, String path) {
        JsonFields o = new JsonFields(node, path, "a source");
        o.onlyKnown(SOURCE_MEMBERS, Set.of());
        String id = o.requiredId("id", InputLimits.MAX_ID_CHARS);
        String kind = o.requiredText("kind", InputLimits.MAX_TEXT_CHARS);
        if (!Source.KINDS.contains(kind)) {
            throw InvalidInputException.invalid(o.field("kind"), "must be one of "
                    + String.join(", ", new TreeSet<>(Source.KINDS)) + "; got '" + JsonFields.clip(kind) + "'");
        }
        return new Source(id, o.requiredText("name", InputLimits.MAX_TEXT_CHARS), kind, o.url("url"),
                o.text("outlet", InputLimits.MAX_TEXT_CHARS), o.text("description", InputLimits.MAX_NOTE_CHARS),
                o.text("name_ar", InputLimits.MAX_TEXT_CHARS), o.text("affiliation", InputLimits.MAX_TEXT_CHARS));
    }

    /** An actor object at {@code path}: id, name and a {@code #rrggbb} colour required. */
    public static Actor actor(JsonNode node, String path) {
        JsonFields o = new JsonFields(node, path, "an actor");
        o.onlyKnown(ACTOR_MEMBERS, Set.of());
        String id = o.requiredId("id", InputLimits.MAX_ID_CHARS);
        String color = o.requiredText("color", InputLimits.MAX_TEXT_CHARS);
        if (!COLOR.matcher(color).matches()) {
            throw InvalidInputException.invalid(o.field("color"), "must be a colour #rrggbb; got '"
                    + JsonFields.clip(color) + "'");
        }
        String negates = o.id("negates", InputLimits.MAX_ID_CHARS);
        if (id.equals(negates)) {
            throw InvalidInputException.invalid(o.field("negates"), "an actor cannot negate itself");
        }
        return new Actor(id, o.requiredText("name", InputLimits.MAX_TEXT_CHARS), color,
                o.text("description", InputLimits.MAX_NOTE_CHARS), negates, o.text("name_ar", InputLimits.MAX_TEXT_CHARS));
    }

    /** One object, or an array of objects (paths {@code [i]}), each read by {@code read}. */
    public static <T> Decoded<T> list(JsonNode root, BiFunction<JsonNode, String, T> read) {
        if (root == null || !root.isArray()) {
            return Decoded.single(read.apply(root, ""));
        }
        List<T> items = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            String path = "[" + i + "]";
            items.add(read.apply(root.get(i), path));
            paths.add(path);
        }
        return new Decoded<>(items, paths, true);
    }
}
