package controlmap.wire;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import controlmap.geo.GeoJsonGeometry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.locationtech.jts.geom.Geometry;

/**
 * Streaming JSON and GeoJSON output with Jackson's generator: documents are written straight to bytes, geometries as
 * raw GeoJSON. Answers over HTTP go through {@code controlmap.http.JsonAnswers}.
 */
public final class Json {

    public static final String JSON = "application/json";
    public static final String GEOJSON = "application/geo+json";
    /** The one factory of every JSON document written. */
    public static final JsonFactory FACTORY = new JsonFactory();

    /** Writes part of a JSON document. */
    @FunctionalInterface
    public interface Body {
        void write(JsonGenerator out) throws IOException;
    }

    private Json() {
    }

    /** The UTF-8 bytes of the document {@code body} writes. */
    public static byte[] bytes(Body body) {
        return bytes(body, 8192);
    }

    /** As {@link #bytes(Body)}, starting with room for {@code sizeHint} bytes (a guess saves copies as it grows). */
    public static byte[] bytes(Body body, int sizeHint) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream(Math.max(256, sizeHint));
        try (JsonGenerator out = FACTORY.createGenerator(buf, JsonEncoding.UTF8)) {
            body.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buf.toByteArray();
    }

    /** Writes a GeoJSON Feature with a string id, a geometry (or null) and the properties {@code props} writes. */
    public static void feature(JsonGenerator out, String id, Geometry geometry, Body props) throws IOException {
        out.writeStartObject();
        out.writeStringField("type", "Feature");
        out.writeStringField("id", id);
        writeGeometry(out, geometry);
        out.writeObjectFieldStart("properties");
        props.write(out);
        out.writeEndObject();
        out.writeEndObject();
    }

    /** Writes a GeoJSON Feature whose geometry is already GeoJSON text (or null). */
    public static void feature(JsonGenerator out, String id, RawJson geometryJson, Body props) throws IOException {
        out.writeStartObject();
        out.writeStringField("type", "Feature");
        out.writeStringField("id", id);
        out.writeFieldName("geometry");
        if (geometryJson == null) {
            out.writeNull();
        } else {
            out.writeRawValue(geometryJson);
        }
        out.writeObjectFieldStart("properties");
        props.write(out);
        out.writeEndObject();
        out.writeEndObject();
    }

    /** Writes the member {@code "geometry"}: raw GeoJSON, or null. */
    public static void writeGeometry(JsonGenerator out, Geometry geometry) throws IOException {
        out.writeFieldName("geometry");
        if (geometry == null) {
            out.writeNull();
        } else {
            out.writeRawValue(GeoJsonGeometry.write(geometry));
        }
    }

    /** Writes {@code "type":"FeatureCollection"}, the foreign members {@code header} writes, then opens {@code features}. */
    public static void startFeatureCollection(JsonGenerator out, Body header) throws IOException {
        out.writeStartObject();
        out.writeStringField("type", "FeatureCollection");
        header.write(out);
        out.writeArrayFieldStart("features");
    }

    /** Closes what {@link #startFeatureCollection} opened. */
    public static void endFeatureCollection(JsonGenerator out) throws IOException {
        out.writeEndArray();
        out.writeEndObject();
    }
}
