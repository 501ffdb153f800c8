package controlmap.ogc;

import java.util.Locale;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * A small map of one feature's shape as inline SVG: needs no script, no tiles and no network, so the item page works
 * anywhere. Plate carrée with the longitude scaled by cos(latitude), which keeps shapes of Syria's size undistorted.
 */
final class SvgMap {

    private static final int WIDTH = 480;
    private static final int MAX_HEIGHT = 360;

    private SvgMap() {
    }

    /** The SVG of {@code g}'s polygons, or "" when there is no geometry. */
    static String of(Geometry g) {
        if (g == null || g.isEmpty()) {
            return "";
        }
        Envelope e = g.getEnvelopeInternal();
        double kx = Math.cos(Math.toRadians((e.getMinY() + e.getMaxY()) / 2));
        double w = Math.max(e.getWidth() * kx, 1e-6);
        double h = Math.max(e.getHeight(), 1e-6);
        double scale = Math.min((WIDTH - 20) / w, (MAX_HEIGHT - 20) / h);
        int height = (int) Math.ceil(h * scale) + 20;
        StringBuilder d = new StringBuilder();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (g.getGeometryN(i) instanceof Polygon p) {
                ring(d, p.getExteriorRing(), e, kx, scale, height);
                for (int r = 0; r < p.getNumInteriorRing(); r++) {
                    ring(d, p.getInteriorRingN(r), e, kx, scale, height);
                }
            }
        }
        return "<figure><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + WIDTH + "\" height=\"" + height
                + "\" viewBox=\"0 0 " + WIDTH + " " + height + "\" role=\"img\" aria-label=\"shape of the feature\">"
                + "<path fill=\"#d95f02\" fill-opacity=\"0.35\" stroke=\"#a33\" fill-rule=\"evenodd\" d=\""
                + d + "\"/></svg><figcaption class=\"muted\">Shape, lon " + fmt(e.getMinX()) + "…" + fmt(e.getMaxX())
                + ", lat " + fmt(e.getMinY()) + "…" + fmt(e.getMaxY()) + " (CRS84)</figcaption></figure>";
    }

    private static void ring(StringBuilder d, LineString ring, Envelope e, double kx, double scale, int height) {
        Coordinate[] cs = ring.getCoordinates();
        for (int i = 0; i < cs.length; i++) {
            double x = 10 + (cs[i].x - e.getMinX()) * kx * scale;
            double y = height - 10 - (cs[i].y - e.getMinY()) * scale;
            d.append(i == 0 ? 'M' : 'L').append(fmt(x)).append(' ').append(fmt(y)).append(' ');
        }
        d.append("Z ");
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
