package controlmap.ogc;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import controlmap.cql2.Cql2Filter;
import controlmap.wire.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.locationtech.jts.geom.Geometry;

/**
 * One feature as the OGC API serves it, in JSON and in HTML alike. Its properties are written by the one GeoJSON
 * writer ({@code controlmap.wire.FeatureCodec}) straight to the answer; only a CQL2 filter and the HTML pages,
 * which look at the values, get them as a tree (made once, on first use).
 */
public final class Feature implements Cql2Filter.Row {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String id;
    private final Geometry geometry;
    private final Json.Body properties;
    private ObjectNode tree;

    /**
     * @param id         the feature id (the place id, the claim id)
     * @param geometry   its geometry in CRS84, or null
     * @param properties writes its properties (the members of one JSON object), in wire order
     */
    public Feature(String id, Geometry geometry, Json.Body properties) {
        this.id = id;
        this.geometry = geometry;
        this.properties = properties;
    }

    public String id() {
        return id;
    }

    public Geometry geometry() {
        return geometry;
    }

    /** The property {@code name}, or null: what a CQL2 filter sees of this feature. */
    @Override
    public JsonNode property(String name) {
        return properties().get(name);
    }

    /** The properties as a tree, for what looks at their values (a filter, the HTML pages). */
    public ObjectNode properties() {
        if (tree == null) {
            try (TokenBuffer buffer = new TokenBuffer(MAPPER, false)) {
                buffer.writeStartObject();
                properties.write(buffer);
                buffer.writeEndObject();
                tree = MAPPER.readTree(buffer.asParser());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return tree;
    }

    /** Writes this feature as a GeoJSON Feature, with the foreign member {@code links} when not null. */
    void write(JsonGenerator out, List<Link> links) throws IOException {
        out.writeStartObject();
        out.writeStringField("type", "Feature");
        out.writeStringField("id", id);
        Json.writeGeometry(out, geometry);
        out.writeObjectFieldStart("properties");
        properties.write(out);
        out.writeEndObject();
        if (links != null) {
            writeLinks(out, links);
        }
        out.writeEndObject();
    }

    /** Writes {@code "links": [...]}. */
    static void writeLinks(JsonGenerator out, List<Link> links) throws IOException {
        out.writeArrayFieldStart("links");
        for (Link l : links) {
            out.writeStartObject();
            out.writeStringField("href", l.href());
            out.writeStringField("rel", l.rel());
            out.writeStringField("type", l.type());
            if (l.title() != null) {
                out.writeStringField("title", l.title());
            }
            out.writeEndObject();
        }
        out.writeEndArray();
    }
}
