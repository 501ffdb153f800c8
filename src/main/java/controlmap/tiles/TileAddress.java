package controlmap.tiles;

import controlmap.http.ApiException;
import org.locationtech.jts.geom.Envelope;

/**
 * One tile of the WebMercatorQuad tile matrix set (the XYZ scheme of OpenStreetMap, Google and Mapbox: row 0 at the
 * top), and where it lies in Web Mercator metres (EPSG:3857) and in longitude/latitude.
 *
 * @param z zoom, 0 to {@link #MAX_ZOOM}
 * @param x column, 0 to 2^z - 1, west to east
 * @param y row, 0 to 2^z - 1, north to south
 */
public record TileAddress(int z, int x, int y) {

    public static final int MAX_ZOOM = 22;
    /** Half the width of the Web Mercator square, in metres. */
    static final double HALF = Math.PI * 6378137.0;

    /**
     * The tile named by the path segments {@code z}, {@code x}, {@code y} (as strings).
     *
     * @throws ApiException 400 naming the segment that is not an integer or is out of range for the zoom
     */
    public static TileAddress parse(String z, String x, String y) {
        int zoom = integer("z", z, MAX_ZOOM);
        int max = (1 << zoom) - 1;
        return new TileAddress(zoom, integer("x", x, max), integer("y", y, max));
    }

    private static int integer(String name, String v, int max) {
        int n;
        try {
            n = Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw ApiException.badParameter(name, "must be an integer from 0 to " + max + "; got '" + v + "'");
        }
        if (n < 0 || n > max) {
            throw ApiException.badParameter(name, "must be from 0 to " + max + " here; got " + n);
        }
        return n;
    }

    /** The tile in Web Mercator metres. */
    public Envelope mercator() {
        double size = 2 * HALF / (1 << z);
        double minX = -HALF + x * size;
        double maxY = HALF - y * size;
        return new Envelope(minX, minX + size, maxY - size, maxY);
    }

    /** The tile in longitude/latitude (CRS84). */
    public Envelope lonLat() {
        Envelope m = mercator();
        return new Envelope(lon(m.getMinX()), lon(m.getMaxX()), lat(m.getMinY()), lat(m.getMaxY()));
    }

    static double lon(double mx) {
        return Math.toDegrees(mx / HALF * Math.PI);
    }

    static double lat(double my) {
        return Math.toDegrees(Math.atan(Math.sinh(my / HALF * Math.PI)));
    }

    /** Web Mercator x of a longitude. */
    public static double mercatorX(double lon) {
        return lon / 180.0 * HALF;
    }

    /** Web Mercator y of a latitude (clamped to the square's ±85.0511°). */
    public static double mercatorY(double lat) {
        double clamped = Math.max(-85.0511287798, Math.min(85.0511287798, lat));
        return Math.log(Math.tan(Math.PI / 4 + Math.toRadians(clamped) / 2)) / Math.PI * HALF;
    }
}
