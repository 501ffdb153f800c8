package controlmap.geo;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.AffineTransformation;

/**
 * One place from {@code place-sketches.json}, before it is clipped to Syria's outline: a hand-drawn circle on the
 * ground (centre and radius) or ring of vertices, and/or a governorate of {@code syria-governorates.geojson}; the
 * result may be cut further to one bank of a river ({@code rivers-source/<river>.geojson}) and to another place.
 * With both a shape and a governorate, the place is where they overlap.
 *
 * @param id       place id
 * @param name     English name
 * @param nameAr   Arabic name
 * @param kind     city, town, village, camp, district, region or province
 * @param note     how the shape was drawn and how uncertain it is
 * @param centre   {lon, lat} of a circle, or null for a ring
 * @param radiusKm radius of a circle in km, or 0 for a ring
 * @param vertices the ring as {lon, lat} pairs (closed or not), or empty for a circle
 * @param governorate the governorate's id (HASC code, e.g. {@code SY.DY}), or null
 * @param river    the river whose bank the place is cut to, or null
 * @param bank     which bank of {@code river}, looking downstream; null when {@code river} is
 * @param within   the id of another place the shape is cut to, or null
 */
public record PlaceSketch(String id, String name, String nameAr, String kind, String note,
                          double[] centre, double radiusKm, List<double[]> vertices,
                          String governorate, String river, RiverSide.Bank bank, String within) {

    /** A plain circle or ring. */
    public PlaceSketch(String id, String name, String nameAr, String kind, String note,
                       double[] centre, double radiusKm, List<double[]> vertices) {
        this(id, name, nameAr, kind, note, centre, radiusKm, vertices, null, null, null, null);
    }

    /** Kilometres per degree of latitude (WGS84, mean). */
    static final double KM_PER_DEGREE_LAT = 110.574;
    /** Kilometres per degree of longitude on the equator; multiply by cos(lat) elsewhere. */
    static final double KM_PER_DEGREE_LON_EQUATOR = 111.320;
    /** Segments per quarter circle: a circle is a 64-gon. */
    static final int QUADRANT_SEGMENTS = 16;

    /**
     * Reads one entry of the {@code places} array.
     *
     * @throws IllegalArgumentException when a field is missing, when the entry has both {@code centre}/{@code
     *                                  radius_km} and {@code vertices}, or neither and no {@code governorate}, or a
     *                                  {@code river} without its {@code bank}
     */
    public static PlaceSketch fromJson(JsonNode n) {
        String id = text(n, "id", "?");
        boolean circle = n.has("centre");
        boolean ring = n.has("vertices");
        String governorate = n.has("governorate") ? text(n, "governorate", id) : null;
        if (circle && ring || !circle && !ring && governorate == null) {
            throw new IllegalArgumentException(id + ": give either centre and radius_km, or vertices, or a governorate");
        }
        String river = n.has("river") ? text(n, "river", id) : null;
        RiverSide.Bank bank = river == null ? null : RiverSide.Bank.fromWire(text(n, "bank", id));
        double[] centre = null;
        double radius = 0;
        List<double[]> vertices = new ArrayList<>();
        if (circle) {
            centre = lonLat(n.get("centre"), id);
            radius = n.path("radius_km").asDouble(0);
            if (!(radius > 0)) {
                throw new IllegalArgumentException(id + ": radius_km must be > 0");
            }
        } else if (ring) {
            for (JsonNode v : n.get("vertices")) {
                vertices.add(lonLat(v, id));
            }
        }
        return new PlaceSketch(id, text(n, "name", id), text(n, "name_ar", id), text(n, "kind", id),
                text(n, "note", id), centre, radius, List.copyOf(vertices), governorate, river, bank,
                n.has("within") ? text(n, "within", id) : null);
    }

    /** Whether the sketch draws a circle or a ring of its own (otherwise its governorate is the shape). */
    public boolean hasShape() {
        return centre != null || !vertices.isEmpty();
    }

    /** The unclipped shape in lon/lat: a 64-gon of {@code radiusKm} on the ground, or the ring as a polygon. */
    public Polygon shape(GeometryFactory gf) {
        return centre != null ? circle(gf) : ring(gf);
    }

    private Polygon circle(GeometryFactory gf) {
        double lon = centre[0];
        double lat = centre[1];
        // A unit circle scaled to degrees: one degree of longitude is shorter than one of latitude by cos(lat).
        double rx = radiusKm / (KM_PER_DEGREE_LON_EQUATOR * Math.cos(Math.toRadians(lat)));
        double ry = radiusKm / KM_PER_DEGREE_LAT;
        Geometry unit = gf.createPoint(new Coordinate(0, 0)).buffer(1.0, QUADRANT_SEGMENTS);
        AffineTransformation t = AffineTransformation.scaleInstance(rx, ry).translate(lon, lat);
        return (Polygon) t.transform(unit);
    }

    private Polygon ring(GeometryFactory gf) {
        List<Coordinate> cs = new ArrayList<>();
        for (double[] v : vertices) {
            cs.add(new Coordinate(v[0], v[1]));
        }
        if (!cs.get(0).equals2D(cs.get(cs.size() - 1))) {
            cs.add(new Coordinate(cs.get(0)));
        }
        if (cs.size() < 4) {
            throw new IllegalArgumentException(id + ": a ring needs at least 3 distinct vertices");
        }
        return gf.createPolygon(cs.toArray(Coordinate[]::new));
    }

    private static double[] lonLat(JsonNode v, String id) {
        if (v == null || !v.isArray() || v.size() != 2 || !v.get(0).isNumber() || !v.get(1).isNumber()) {
            throw new IllegalArgumentException(id + ": a position is [lon, lat]");
        }
        double lon = v.get(0).asDouble();
        double lat = v.get(1).asDouble();
        if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
            throw new IllegalArgumentException(id + ": position out of range: " + v);
        }
        return new double[] {lon, lat};
    }

    private static String text(JsonNode n, String field, String id) {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw new IllegalArgumentException(id + ": missing " + field);
        }
        return v.asText();
    }
}
