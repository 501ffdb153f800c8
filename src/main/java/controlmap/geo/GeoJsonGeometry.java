package controlmap.geo;

import com.fasterxml.jackson.databind.JsonNode;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.locationtech.jts.io.geojson.GeoJsonWriter;

/**
 * GeoJSON (RFC 7946) geometry codec over JTS: lon/lat in EPSG:4326, no {@code crs} member, exterior rings
 * counter-clockwise, six decimals (about 0.1 m), which is far below the precision of anything we digitise.
 */
public final class GeoJsonGeometry {

    /** SRID of every geometry ControlMap handles. */
    public static final int SRID = 4326;
    public static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), SRID);
    private static final int DECIMALS = 6;

    private GeoJsonGeometry() {
    }

    /**
     * Reads a GeoJSON geometry object.
     *
     * @throws IllegalArgumentException with the parser's reason when {@code node} is not a GeoJSON geometry
     */
    public static Geometry read(JsonNode node) {
        try {
            Geometry g = new GeoJsonReader(FACTORY).read(node.toString());
            g.setSRID(SRID);
            return g;
        } catch (ParseException | RuntimeException e) {
            throw new IllegalArgumentException("not a GeoJSON geometry: " + e.getMessage(), e);
        }
    }

    /** Writes {@code g} as a GeoJSON geometry object (a JSON text). */
    public static String write(Geometry g) {
        GeoJsonWriter w = new GeoJsonWriter(DECIMALS);
        w.setEncodeCRS(false);
        w.setForceCCW(true);
        return w.write(g);
    }
}
