package controlmap.render;

import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * Lon/lat to image pixels: plate carrée with the longitudes scaled by the cosine of the middle latitude, which keeps
 * an area of Syria's size undistorted (under 2% scale difference from north to south, against Web Mercator's 6%).
 * Immutable; y grows downwards, as in images.
 */
public final class Projection {

    private final double west;
    private final double north;
    private final double kx;
    private final double scale;
    private final double ox;
    private final double oy;

    private Projection(double west, double north, double kx, double scale, double ox, double oy) {
        this.west = west;
        this.north = north;
        this.kx = kx;
        this.scale = scale;
        this.ox = ox;
        this.oy = oy;
    }

    /**
     * The projection that shows all of {@code lonLat} as large as fits in {@code box}, centred.
     *
     * @param lonLat  the area to show (degrees); must not be empty
     * @param box     the pixel rectangle to show it in
     * @param padding pixels to leave free on every side
     */
    public static Projection fit(Envelope lonLat, Rectangle2D box, double padding) {
        double kx = Math.cos(Math.toRadians((lonLat.getMinY() + lonLat.getMaxY()) / 2));
        double w = Math.max(lonLat.getWidth() * kx, 1e-9);
        double h = Math.max(lonLat.getHeight(), 1e-9);
        double availW = Math.max(box.getWidth() - 2 * padding, 1);
        double availH = Math.max(box.getHeight() - 2 * padding, 1);
        double scale = Math.min(availW / w, availH / h);
        double ox = box.getX() + (box.getWidth() - w * scale) / 2;
        double oy = box.getY() + (box.getHeight() - h * scale) / 2;
        return new Projection(lonLat.getMinX(), lonLat.getMaxY(), kx, scale, ox, oy);
    }

    /** Pixel x of a longitude. */
    public double x(double lon) {
        return ox + (lon - west) * kx * scale;
    }

    /** Pixel y of a latitude. */
    public double y(double lat) {
        return oy + (north - lat) * scale;
    }

    /** The pixel of a lon/lat position. */
    public Point2D point(double lon, double lat) {
        return new Point2D.Double(x(lon), y(lat));
    }

    /** Pixels per degree of latitude. */
    public double scale() {
        return scale;
    }

    /**
     * The outline of the polygons of {@code g} (Polygon, MultiPolygon or a collection holding them; other parts are
     * ignored) as one path with the even-odd rule, so holes stay holes.
     */
    public Path2D path(Geometry g) {
        Path2D.Double p = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry part = g.getGeometryN(i);
            if (part instanceof Polygon poly) {
                ring(p, poly.getExteriorRing());
                for (int r = 0; r < poly.getNumInteriorRing(); r++) {
                    ring(p, poly.getInteriorRingN(r));
                }
            } else if (part instanceof GeometryCollection) {
                p.append(path(part), false);
            }
        }
        return p;
    }

    private void ring(Path2D p, LineString ring) {
        Coordinate[] cs = ring.getCoordinates();
        if (cs.length == 0) {
            return;
        }
        p.moveTo(x(cs[0].x), y(cs[0].y));
        for (int i = 1; i < cs.length; i++) {
            p.lineTo(x(cs[i].x), y(cs[i].y));
        }
        p.closePath();
    }
}
