package controlmap.geo;

import com.fasterxml.jackson.databind.JsonNode;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Reads an untrusted GeoJSON geometry that must be a Polygon or MultiPolygon, refusing with the path of the first
 * fault: wrong type, a {@code crs} other than lon/lat WGS 84, coordinates that are not numbers or out of range,
 * positions that are not {@code [lon, lat]} (a third value, a height, is refused rather than silently dropped: places
 * are stored flat), rings not closed or shorter than four
 * positions, more than {@link InputLimits#MAX_VERTICES} vertices, and finally anything {@link GeometryValidator}
 * refuses (self-intersections and the other OGC validity rules, with the coordinate).
 *
 * <p>Unlike JTS's own GeoJSON reader it never builds a geometry JTS would reject half-way, and it reads the Jackson
 * tree directly (no second parse).
 */
public final class GeoJsonPolygonReader {

    private int vertices;

    private GeoJsonPolygonReader() {
    }

    /**
     * The geometry at {@code path} ({@code geometry}, {@code features[2].geometry}), valid by {@link GeometryValidator}.
     *
     * @throws InvalidInputException INVALID naming the offending member or position
     */
    public static Geometry read(JsonNode node, String path) {
        return new GeoJsonPolygonReader().geometry(node, path);
    }

    private Geometry geometry(JsonNode node, String path) {
        JsonFields g = new JsonFields(node, path, "a GeoJSON geometry");
        Crs.check(node, path);
        JsonNode type = g.get("type");
        String t = type != null && type.isTextual() ? type.textValue() : null;
        if (!"Polygon".equals(t) && !"MultiPolygon".equals(t)) {
            throw InvalidInputException.invalid(g.field("type"), "must be Polygon or MultiPolygon; got "
                    + (t == null ? JsonFields.describe(type) : "'" + JsonFields.clip(t) + "'"));
        }
        String cpath = g.field("coordinates");
        JsonNode coordinates = array(g.get("coordinates"), cpath, "Polygon".equals(t) ? "rings" : "polygons");
        Geometry geometry;
        if ("Polygon".equals(t)) {
            geometry = polygon(coordinates, cpath);
        } else {
            Polygon[] parts = new Polygon[coordinates.size()];
            for (int i = 0; i < parts.length; i++) {
                String ppath = JsonFields.index(cpath, i);
                parts[i] = polygon(array(coordinates.get(i), ppath, "rings"), ppath);
            }
            geometry = GeoJsonGeometry.FACTORY.createMultiPolygon(parts);
        }
        GeometryError error = GeometryValidator.validate(geometry);
        if (error != null) {
            throw InvalidInputException.invalid(path, error.message());
        }
        return geometry;
    }

    private Polygon polygon(JsonNode rings, String path) {
        LinearRing shell = ring(rings.get(0), JsonFields.index(path, 0));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i), JsonFields.index(path, i));
        }
        return GeoJsonGeometry.FACTORY.createPolygon(shell, holes);
    }

    private LinearRing ring(JsonNode node, String path) {
        JsonNode positions = array(node, path, "positions");
        if (positions.size() < 4) {
            throw InvalidInputException.invalid(path, "a ring needs at least 4 positions (a closed triangle); got "
                    + positions.size());
        }
        vertices += positions.size();
        if (vertices > InputLimits.MAX_VERTICES) {
            throw InvalidInputException.invalid(path, "the geometry has more than " + InputLimits.MAX_VERTICES
                    + " vertices, the limit");
        }
        Coordinate[] coords = new Coordinate[positions.size()];
        for (int i = 0; i < coords.length; i++) {
            coords[i] = position(positions.get(i), JsonFields.index(path, i));
        }
        if (!coords[0].equals2D(coords[coords.length - 1])) {
            throw InvalidInputException.invalid(path, "ring is not closed: its last position must repeat its first "
                    + GeometryError.point(coords[0]));
        }
        return GeoJsonGeometry.FACTORY.createLinearRing(coords);
    }

    private static Coordinate position(JsonNode node, String path) {
        if (node != null && node.isArray() && node.size() == 3) {
            throw InvalidInputException.invalid(JsonFields.index(path, 2), "is a height: positions must be "
                    + "[longitude, latitude] only, since places are stored flat and a height would be lost; drop the "
                    + "third value (ogr2ogr -dim XY does)");
        }
        if (node == null || !node.isArray() || node.size() != 2) {
            throw InvalidInputException.invalid(path, "a position must be [longitude, latitude]; got "
                    + JsonFields.describe(node) + (node != null && node.isArray() ? " of " + node.size() : ""));
        }
        double lon = number(node.get(0), JsonFields.index(path, 0));
        double lat = number(node.get(1), JsonFields.index(path, 1));
        if (lon < -180 || lon > 180) {
            throw InvalidInputException.invalid(JsonFields.index(path, 0), "longitude " + lon
                    + " is outside [-180, 180]");
        }
        if (lat < -90 || lat > 90) {
            throw InvalidInputException.invalid(JsonFields.index(path, 1), "latitude " + lat
                    + " is outside [-90, 90]");
        }
        return new Coordinate(lon, lat);
    }

    private static double number(JsonNode n, String path) {
        if (n == null || !n.isNumber()) {
            throw InvalidInputException.invalid(path, "must be a number; got " + JsonFields.describe(n));
        }
        double d = n.doubleValue();
        if (!Double.isFinite(d)) {
            throw InvalidInputException.invalid(path, "must be a finite number; got one too large for a double");
        }
        return d;
    }

    private static JsonNode array(JsonNode n, String path, String of) {
        if (n == null || !n.isArray() || n.isEmpty()) {
            throw InvalidInputException.invalid(path, "must be a non-empty array of " + of + "; got "
                    + (n != null && n.isArray() ? "an empty array" : JsonFields.describe(n)));
        }
        return n;
    }
}
