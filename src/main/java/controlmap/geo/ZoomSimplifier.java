package controlmap.geo;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

/**
 * Shapes simplified for a web map zoom level: vertices closer than half a screen pixel to the simplified line are
 * dropped ({@link TopologyPreservingSimplifier}, which keeps each shape valid: no self-intersections, rings stay
 * rings, holes stay inside). Neighbouring places are simplified independently, so at a zoom where a pixel is
 * coarser than their shared border's wiggles they may overlap or leave gaps by less than a pixel; the stored shapes
 * are untouched.
 */
public final class ZoomSimplifier {

    /** From this zoom on (half a pixel ≈ 5 m at the equator) shapes are given whole. */
    public static final int FULL_DETAIL_ZOOM = 13;
    public static final int MAX_ZOOM = 24;

    private ZoomSimplifier() {
    }

    /**
     * Half a pixel of a 256-pixel-tile web map at {@code zoom}, in degrees of longitude; 0 from
     * {@link #FULL_DETAIL_ZOOM} on.
     */
    public static double tolerance(int zoom) {
        return zoom >= FULL_DETAIL_ZOOM ? 0 : 0.5 * 360.0 / (256.0 * Math.pow(2, zoom));
    }

    /**
     * {@code g} simplified for {@code zoom}: valid and of the same type whenever {@code g} is valid; {@code g} itself
     * at full detail, or in the unlikely case the simplified shape is not valid.
     */
    public static Geometry simplify(Geometry g, int zoom) {
        double tolerance = tolerance(zoom);
        if (g == null || tolerance == 0) {
            return g;
        }
        Geometry s = TopologyPreservingSimplifier.simplify(g, tolerance);
        if (g instanceof MultiPolygon && s instanceof Polygon p) {
            s = g.getFactory().createMultiPolygon(new Polygon[] {p}); // the simplifier unwraps one-part collections
        }
        if (s.isEmpty() || !IsValidOp.isValid(s) || !s.getGeometryType().equals(g.getGeometryType())) {
            return g;
        }
        s.setSRID(g.getSRID());
        return s;
    }
}
