package controlmap.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.flatbuffers.FlatBufferBuilder;
import controlmap.wire.ClaimFields;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.wololo.flatgeobuf.ColumnMeta;
import org.wololo.flatgeobuf.Constants;
import org.wololo.flatgeobuf.GeometryConversions;
import org.wololo.flatgeobuf.HeaderMeta;
import org.wololo.flatgeobuf.generated.ColumnType;
import org.wololo.flatgeobuf.generated.Feature;
import org.wololo.flatgeobuf.generated.GeometryType;

/**
 * Features of (multi)polygons in CRS84 written as one FlatGeobuf file (no spatial index): the columns are the
 * properties of the first feature, typed from their JSON values, dates ({@link #DATES}) as DateTime, objects as Json.
 */
final class FlatGeobufFile {

    /** Properties that hold dates (YYYY-MM-DD) or timestamps: written as FlatGeobuf DateTime. */
    static final Set<String> DATES = java.util.stream.Stream.concat(ClaimFields.named(ClaimFields.Type.DATE).stream(),
            ClaimFields.named(ClaimFields.Type.DATE_TIME).stream()).collect(java.util.stream.Collectors.toSet());

    private FlatGeobufFile() {
    }

    /** One feature: its geometry (lon/lat) and its properties. */
    record Row(Geometry geometry, ObjectNode properties) {
    }

    static void write(String name, List<Row> rows, OutputStream out) throws IOException {
        List<ColumnMeta> columns = rows.isEmpty() ? List.of() : columns(rows.get(0).properties());
        HeaderMeta header = new HeaderMeta();
        header.name = name;
        header.geometryType = (byte) GeometryType.MultiPolygon;
        header.srid = 4326;
        header.featuresCount = rows.size();
        header.indexNodeSize = 0;
        header.columns = columns;
        Envelope extent = new Envelope();
        rows.forEach(r -> extent.expandToInclude(r.geometry().getEnvelopeInternal()));
        header.envelope = extent;
        out.write(Constants.MAGIC_BYTES);
        HeaderMeta.write(header, out, new FlatBufferBuilder(1024));
        for (Row r : rows) {
            FlatBufferBuilder b = new FlatBufferBuilder(4096);
            int geometry = GeometryConversions.serialize(b, multi(r.geometry()), header.geometryType);
            int properties = Feature.createPropertiesVector(b, properties(columns, r.properties()));
            b.finishSizePrefixed(Feature.createFeature(b, geometry, properties, 0));
            out.write(b.sizedByteArray());
        }
    }

    private static Geometry multi(Geometry g) {
        return g instanceof Polygon p ? g.getFactory().createMultiPolygon(new Polygon[] {p}) : g;
    }

    private static List<ColumnMeta> columns(ObjectNode first) {
        List<ColumnMeta> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = first.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            ColumnMeta c = new ColumnMeta();
            c.name = e.getKey();
            c.nullable = true;
            JsonNode v = e.getValue();
            c.type = (byte) (DATES.contains(c.name) ? ColumnType.DateTime : v.isBoolean() ? ColumnType.Bool
                    : v.isIntegralNumber() ? ColumnType.Long : v.isNumber() ? ColumnType.Double
                    : v.isContainerNode() ? ColumnType.Json : ColumnType.String);
            out.add(c);
        }
        return out;
    }

    /** The standard's property encoding: per non-null value its column index (uint16) and the value, little-endian. */
    private static byte[] properties(List<ColumnMeta> columns, ObjectNode p) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        for (int i = 0; i < columns.size(); i++) {
            ColumnMeta c = columns.get(i);
            JsonNode v = p.get(c.name);
            if (v == null || v.isNull() || v.isMissingNode()) {
                continue;
            }
            ByteBuffer value;
            switch (c.type) {
                case ColumnType.Bool -> value = le(1).put((byte) (v.asBoolean() ? 1 : 0));
                case ColumnType.Long -> value = le(8).putLong(v.asLong());
                case ColumnType.Double -> value = le(8).putDouble(v.asDouble());
                default -> {
                    byte[] text = (v.isContainerNode() ? v.toString() : v.asText()).getBytes(StandardCharsets.UTF_8);
                    value = le(4 + text.length).putInt(text.length).put(text);
                }
            }
            buf.writeBytes(le(2).putShort((short) i).array());
            buf.writeBytes(value.array());
        }
        return buf.toByteArray();
    }

    private static ByteBuffer le(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }
}
