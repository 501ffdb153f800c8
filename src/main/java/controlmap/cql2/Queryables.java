package controlmap.cql2;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The properties a filter may name, with their types: a collection's feature properties as its JSON schema declares
 * them, plus the feature geometry as {@value #GEOMETRY}. Dates ({@code format: date}) are typed as dates, so a filter
 * comparing one with {@code '2017-12-08'} compares days, not strings.
 */
public final class Queryables {

    /** The name of the feature geometry in filters (as pygeoapi and the standard's examples call it). */
    public static final String GEOMETRY = "geometry";

    /** What a property holds, as far as a filter is concerned. */
    public enum Type {
        STRING("a string"), NUMBER("a number"), BOOLEAN("a boolean"), DATE("a date"), TIMESTAMP("a timestamp"),
        GEOMETRY("a geometry"), INTERVAL("an interval");

        private final String words;

        Type(String words) {
            this.words = words;
        }

        boolean temporal() {
            return this == DATE || this == TIMESTAMP;
        }

        @Override
        public String toString() {
            return words;
        }
    }

    private final Map<String, Type> types;
    private final Map<String, Boolean> nullable;

    private Queryables(Map<String, Type> types, Map<String, Boolean> nullable) {
        this.types = Collections.unmodifiableMap(types);
        this.nullable = Collections.unmodifiableMap(nullable);
    }

    /**
     * The queryables of features whose {@code properties} follow {@code schema} (an OpenAPI 3.0 object schema:
     * {@code properties} → {@code type}, {@code format}, {@code nullable}). Properties of another type (objects,
     * arrays) are not queryable.
     */
    public static Queryables fromSchema(JsonNode schema) {
        Map<String, Type> types = new LinkedHashMap<>();
        Map<String, Boolean> nullable = new LinkedHashMap<>();
        schema.path("properties").fields().forEachRemaining(e -> {
            Type t = typeOf(e.getValue());
            if (t != null) {
                types.put(e.getKey(), t);
                nullable.put(e.getKey(), e.getValue().path("nullable").asBoolean(false));
            }
        });
        types.put(GEOMETRY, Type.GEOMETRY);
        nullable.put(GEOMETRY, true);
        return new Queryables(types, nullable);
    }

    private static Type typeOf(JsonNode s) {
        String format = s.path("format").asText("");
        return switch (s.path("type").asText("")) {
            case "string" -> format.equals("date") ? Type.DATE : format.equals("date-time") ? Type.TIMESTAMP
                    : Type.STRING;
            case "integer", "number" -> Type.NUMBER;
            case "boolean" -> Type.BOOLEAN;
            default -> null;
        };
    }

    /**
     * The type of property {@code name}.
     *
     * @throws Cql2Exception naming the property and the ones there are, when there is no such property
     */
    public Type type(String name) {
        Type t = types.get(name);
        if (t == null) {
            throw new Cql2Exception("unknown property '" + name + "'; the queryables here are: "
                    + String.join(", ", types.keySet()));
        }
        return t;
    }

    /** Every queryable's name and type, in schema order, the geometry last. */
    public Map<String, Type> types() {
        return types;
    }

    /**
     * The queryables as the JSON Schema (2020-12) OGC API - Features Part 3 serves at {@code …/queryables}: dates
     * as {@code format: date}, the geometry with {@code x-ogc-role: primary-geometry}.
     */
    public ObjectNode jsonSchema(String id, String title) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode out = f.objectNode();
        out.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        out.put("$id", id);
        out.put("type", "object");
        out.put("title", title);
        ObjectNode props = out.putObject("properties");
        types.forEach((name, t) -> {
            ObjectNode p = props.putObject(name);
            p.put("title", name);
            if (t == Type.GEOMETRY) {
                p.put("format", "geometry-any");
                p.put("x-ogc-role", "primary-geometry");
                return;
            }
            String json = switch (t) {
                case NUMBER -> "number";
                case BOOLEAN -> "boolean";
                default -> "string";
            };
            if (nullable.get(name)) {
                p.putArray("type").add(json).add("null");
            } else {
                p.put("type", json);
            }
            if (t == Type.DATE) {
                p.put("format", "date");
            } else if (t == Type.TIMESTAMP) {
                p.put("format", "date-time");
            }
        });
        out.put("additionalProperties", false);
        return out;
    }
}
