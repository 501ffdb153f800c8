package controlmap.geo;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Checks that a geometry may be stored as the shape of a place or a claim, in the JTS Op style:
 * {@link #isValid(Geometry)} for the quick answer, {@link #validate(Geometry)} for the first reason it is not.
 *
 * <p>A valid shape is a non-empty Polygon or MultiPolygon with at most {@link InputLimits#MAX_VERTICES} vertices,
 * every coordinate finite, longitudes in [-180, 180] and latitudes in [-90, 90], and valid under the OGC simple
 * features rules as JTS's {@link IsValidOp} checks them (no self-intersection, rings closed and with enough distinct
 * points, holes inside their shell, parts of a MultiPolygon not overlapping).
 */
public final class GeometryValidator {

    private final Geometry geometry;

    public GeometryValidator(Geometry geometry) {
        this.geometry = geometry;
    }

    /** True when {@code g} may be stored. */
    public static boolean isValid(Geometry g) {
        return validate(g) == null;
    }

    /** The first reason {@code g} may not be stored, or null when it may. */
    public static GeometryError validate(Geometry g) {
        return new GeometryValidator(g).getValidationError();
    }

    /** The first reason the geometry may not be stored, or null when it may. Checks cheap rules first. */
    public GeometryError getValidationError() {
        if (geometry == null) {
            return new GeometryError("is missing", null);
        }
        if (!(geometry instanceof Polygon || geometry instanceof MultiPolygon)) {
            return new GeometryError("must be a Polygon or MultiPolygon, not a " + geometry.getGeometryType(), null);
        }
        if (geometry.isEmpty()) {
            return new GeometryError("is empty", null);
        }
        if (geometry.getNumPoints() > InputLimits.MAX_VERTICES) {
            return new GeometryError("has " + geometry.getNumPoints() + " vertices, more than the limit of "
                    + InputLimits.MAX_VERTICES, null);
        }
        for (Coordinate c : geometry.getCoordinates()) {
            GeometryError e = checkCoordinate(c);
            if (e != null) {
                return e;
            }
        }
        TopologyValidationError topology = new IsValidOp(geometry).getValidationError();
        return topology == null ? null : new GeometryError(topology.getMessage(), topology.getCoordinate());
    }

    /** A coordinate outside lon/lat range or not finite, or null when it is fine. */
    static GeometryError checkCoordinate(Coordinate c) {
        if (!Double.isFinite(c.x) || !Double.isFinite(c.y)) {
            return new GeometryError("has a coordinate that is not a finite number", null);
        }
        if (c.x < -180 || c.x > 180) {
            return new GeometryError("has a longitude outside [-180, 180]", c);
        }
        if (c.y < -90 || c.y > 90) {
            return new GeometryError("has a latitude outside [-90, 90]", c);
        }
        return null;
    }
}
