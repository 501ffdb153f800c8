package controlmap.geo;

import org.locationtech.jts.geom.Coordinate;

/**
 * Why a geometry was refused, and where: like JTS's {@code TopologyValidationError}, for every rule ControlMap adds.
 *
 * @param reason   what is wrong ({@code Self-intersection}, {@code Ring Self-intersection}, …)
 * @param location the coordinate at or near which it is wrong, or null when the fault is the whole geometry
 */
public record GeometryError(String reason, Coordinate location) {

    /** {@code Self-intersection at (38.5, 34.5)}, or only the reason when there is no location. */
    public String message() {
        if (location == null) {
            return reason;
        }
        return reason + " at " + point(location);
    }

    /** {@code (38.5, 34.5)}: lon, lat. */
    public static String point(Coordinate c) {
        return "(" + number(c.x) + ", " + number(c.y) + ")";
    }

    private static String number(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.valueOf(d);
    }

    @Override
    public String toString() {
        return message();
    }
}
