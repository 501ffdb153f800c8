package controlmap.ogc;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The JSON schemas and parameters of the OpenAPI document, written inline (no {@code $ref}, local or remote) so the
 * document stands alone: each call returns a fresh tree.
 */
final class OpenApiSchemas {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private OpenApiSchemas() {
    }

    static ObjectNode type(String type) {
        return NODES.objectNode().put("type", type);
    }

    static ObjectNode nullable(String type, String format) {
        ObjectNode s = type(type).put("nullable", true);
        return format == null ? s : s.put("format", format);
    }

    static ObjectNode object(List<String> required, Object... nameAndSchema) {
        ObjectNode s = type("object");
        if (!required.isEmpty()) {
            ArrayNode r = s.putArray("required");
            required.forEach(r::add);
        }
        ObjectNode props = s.putObject("properties");
        for (int i = 0; i < nameAndSchema.length; i += 2) {
            props.set((String) nameAndSchema[i], (ObjectNode) nameAndSchema[i + 1]);
        }
        return s;
    }

    static ObjectNode arrayOf(ObjectNode items) {
        ObjectNode s = type("array");
        s.set("items", items);
        return s;
    }

    static ObjectNode link() {
        return object(List.of("href", "rel"), "href", type("string"), "rel", type("string"), "type", type("string"),
                "title", type("string"));
    }

    static ObjectNode exception() {
        return object(List.of("code"), "code", type("string"), "description", type("string"));
    }

    static ObjectNode landingPage() {
        return object(List.of("links"), "title", type("string"), "description", type("string"),
                "links", arrayOf(link()));
    }

    static ObjectNode conformance() {
        return object(List.of("conformsTo"), "conformsTo", arrayOf(type("string")), "links", arrayOf(link()));
    }

    static ObjectNode collection() {
        ObjectNode bbox = arrayOf(type("number")).put("minItems", 4).put("maxItems", 6);
        ObjectNode spatial = object(List.of(), "bbox", arrayOf(bbox).put("minItems", 1), "crs", type("string"));
        ObjectNode instant = nullable("string", "date-time");
        ObjectNode pair = arrayOf(instant).put("minItems", 2).put("maxItems", 2);
        ObjectNode temporal = object(List.of(), "interval", arrayOf(pair).put("minItems", 1), "trs", type("string"));
        return object(List.of("id", "links"), "id", type("string"), "title", type("string"),
                "description", type("string"), "links", arrayOf(link()),
                "extent", object(List.of(), "spatial", spatial, "temporal", temporal),
                "itemType", type("string"), "crs", arrayOf(type("string")));
    }

    static ObjectNode collections() {
        return object(List.of("links", "collections"), "links", arrayOf(link()), "collections", arrayOf(collection()));
    }

    /** A GeoJSON Feature whose properties have the given schema. */
    static ObjectNode feature(ObjectNode properties) {
        // Polygon and MultiPolygon nest coordinates to different depths: any array will do here.
        ObjectNode geometry = object(List.of("type"), "type", type("string"),
                "coordinates", arrayOf(NODES.objectNode())).put("nullable", true);
        ObjectNode feature = object(List.of("type", "geometry", "properties"),
                "type", type("string"), "id", type("string"), "geometry", geometry, "properties", properties,
                "links", arrayOf(link()));
        ((ObjectNode) feature.path("properties").path("type")).putArray("enum").add("Feature");
        return feature;
    }

    /** A GeoJSON FeatureCollection with the OGC members (links, timeStamp, numberMatched, numberReturned). */
    static ObjectNode featureCollection(ObjectNode properties) {
        ObjectNode type = type("string");
        type.putArray("enum").add("FeatureCollection");
        return object(List.of("type", "features"), "type", type, "features", arrayOf(feature(properties)),
                "links", arrayOf(link()), "timeStamp", type("string").put("format", "date-time"),
                "numberMatched", type("integer").put("minimum", 0),
                "numberReturned", type("integer").put("minimum", 0));
    }

    /** A query parameter, {@code style: form, explode: false}, optional. */
    static ObjectNode query(String name, String description, ObjectNode schema) {
        ObjectNode p = NODES.objectNode();
        p.put("name", name).put("in", "query").put("description", description).put("required", false)
                .put("style", "form").put("explode", false);
        p.set("schema", schema);
        return p;
    }

    static ObjectNode path(String name, String description) {
        ObjectNode p = NODES.objectNode();
        p.put("name", name).put("in", "path").put("description", description).put("required", true);
        p.set("schema", type("string"));
        return p;
    }
}
