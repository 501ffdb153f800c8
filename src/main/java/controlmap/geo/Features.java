package controlmap.geo;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/** The GeoJSON envelope around places and claims: Feature, FeatureCollection, their ids. */
final class Features {

    private Features() {
    }

    /**
     * Reads {@code root} as one Feature or a FeatureCollection of at most {@code maxFeatures} features, each by
     * {@code read(feature, path)}; refuses repeated ids ({@code id} of each item).
     */
    static <T> Decoded<T> batch(JsonNode root, int maxFeatures, BiFunction<JsonNode, String, T> read,
                                Function<T, String> id) {
        JsonFields doc = new JsonFields(root, "", "a GeoJSON Feature or FeatureCollection");
        String type = type(doc);
        if ("Feature".equals(type)) {
            return Decoded.single(read.apply(root, ""));
        }
        if (!"FeatureCollection".equals(type)) {
            throw InvalidInputException.invalid("type", "must be Feature or FeatureCollection; got "
                    + (type == null ? JsonFields.describe(doc.get("type")) : "'" + JsonFields.clip(type) + "'"));
        }
        Crs.check(root, "");
        JsonNode features = doc.get("features");
        if (features == null || !features.isArray() || features.isEmpty()) {
            throw InvalidInputException.invalid("features", "must be a non-empty array of Features; got "
                    + (features != null && features.isArray() ? "an empty array" : JsonFields.describe(features)));
        }
        if (features.size() > maxFeatures) {
            throw InvalidInputException.invalid("features", "has " + features.size() + " features; the limit is "
                    + maxFeatures + " per request (the import command takes more)");
        }
        List<T> items = new ArrayList<>(features.size());
        List<String> paths = new ArrayList<>(features.size());
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < features.size(); i++) {
            String path = JsonFields.index("features", i);
            T item = read.apply(features.get(i), path);
            String itemId = id.apply(item);
            Integer before = itemId == null ? null : seen.putIfAbsent(itemId, i);
            if (before != null) {
                throw new InvalidInputException(InvalidInputException.Kind.CONFLICT, JsonFields.child(path, "id"),
                        "'" + itemId + "' repeats the id of features[" + before + "]");
            }
            items.add(item);
            paths.add(path);
        }
        return new Decoded<>(items, paths, true);
    }

    /** The members of a Feature at {@code path}, after checking its {@code type} and {@code crs}. */
    static JsonFields feature(JsonNode node, String path) {
        JsonFields f = new JsonFields(node, path, "a GeoJSON Feature");
        String type = type(f);
        if (!"Feature".equals(type)) {
            throw InvalidInputException.invalid(f.field("type"), "must be 'Feature'; got "
                    + (type == null ? JsonFields.describe(f.get("type")) : "'" + JsonFields.clip(type) + "'"));
        }
        Crs.check(node, path);
        return f;
    }

    /** The Feature's {@code properties} (an object; absent or null reads as empty). */
    static JsonFields properties(JsonFields feature) {
        JsonNode p = feature.get("properties");
        return new JsonFields(p == null ? com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode() : p, feature.field("properties"), "an object of properties");
    }

    /**
     * The id: the Feature's {@code id}, or {@code properties.id}; when both are given they must agree.
     *
     * @return null when neither is given and {@code required} is false
     */
    static String id(JsonFields feature, JsonFields properties, int maxChars, boolean required) {
        String top = feature.id("id", maxChars);
        String inner = properties.id("id", maxChars);
        if (top != null && inner != null && !top.equals(inner)) {
            throw InvalidInputException.invalid(properties.field("id"), "'" + inner + "' differs from the Feature's id '"
                    + top + "'");
        }
        String id = top != null ? top : inner;
        if (id == null && required) {
            throw InvalidInputException.invalid(feature.field("id"), "is required (an id such as raqqa-city)");
        }
        return id;
    }

    private static String type(JsonFields f) {
        JsonNode t = f.get("type");
        return t != null && t.isTextual() ? t.textValue() : null;
    }
}
