package controlmap.ogc;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import controlmap.api.Json;
import controlmap.cql2.Cql2Filter;
import controlmap.geo.GeoJsonGeometry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.locationtech.jts.geom.Geometry;

/**
 * One feature as the OGC API serves it, in JSON and in HTML alike.
 *
 * @param id         the feature id (the place id, the claim id)
 * @param geometry   its geometry in CRS84, or null
 * @param properties its properties, in wire order
 */
public record Feature(String id, Geometry geometry, ObjectNode properties) implements Cql2Filter.Row {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The property {@code name}, or null: what a CQL2 filter sees of this feature. */
    @Override
    public JsonNode property(String name) {
        return properties.get(name);
    }

    /** The properties {@code body} writes (the members of one JSON object), as a tree. */
    static ObjectNode properties(Json.Body body) {
        try (TokenBuffer buffer = new TokenBuffer(MAPPER, false)) {
            buffer.writeStartObject();
            body.write(buffer);
            buffer.writeEndObject();
            return MAPPER.readTree(buffer.asParser());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes this feature as a GeoJSON Feature, with the foreign member {@code links} when not null. */
    void write(JsonGenerator out, List<Link> links) throws IOException {
        out.writeStartObject();
        out.writeStringField("type", "Feature");
        out.writeStringField("id", id);
        Json.writeGeometry(out, geometry);
        out.writeFieldName("properties");
        out.writeRawValue(properties.toString());
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
