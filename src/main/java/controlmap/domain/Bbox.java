package controlmap.domain;

import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * A lon/lat box in EPSG:4326, longitude first (as GeoJSON and OGC API's CRS84): {@code minLat <= maxLat}. When
 * {@code minLon} is greater than {@code maxLon} the box crosses the antimeridian, as OGC API - Features defines it: it
 * runs east from {@code minLon} to 180 and on from -180 to {@code maxLon}. Every {@code bbox} parameter of the service
 * is read into one of these by the same parser and means the same.
 */
public record Bbox(double minLon, double minLat, double maxLon, double maxLat) {

    private static final GeometryFactory FACTORY = new GeometryFactory();

    /** True when the box crosses the antimeridian ({@code minLon > maxLon}). */
    public boolean crossesAntimeridian() {
        return minLon > maxLon;
    }

    /**
     * The box as envelopes that do not cross the antimeridian: itself, or, when it crosses, its part west of the
     * antimeridian ({@code minLon} to 180) and its part east of it (-180 to {@code maxLon}).
     */
    public List<Envelope> envelopes() {
        if (crossesAntimeridian()) {
            return List.of(new Envelope(minLon, 180, minLat, maxLat), new Envelope(-180, maxLon, minLat, maxLat));
        }
        return List.of(new Envelope(minLon, maxLon, minLat, maxLat));
    }

    /** True when {@code g} intersects the box (exactly, not just by envelope). */
    public boolean intersects(Geometry g) {
        for (Envelope e : envelopes()) {
            // against a rectangle polygon JTS answers intersects fast
            if (e.intersects(g.getEnvelopeInternal()) && FACTORY.toGeometry(e).intersects(g)) {
                return true;
            }
        }
        return false;
    }

    /** The box as one rectangle polygon, or, when it crosses the antimeridian, a MultiPolygon of its two parts. */
    public Geometry toGeometry() {
        List<Envelope> parts = envelopes();
        if (parts.size() == 1) {
            return FACTORY.toGeometry(parts.get(0));
        }
        return FACTORY.createMultiPolygon(parts.stream().map(e -> (Polygon) FACTORY.toGeometry(e)).toArray(Polygon[]::new));
    }

    /** The box of an envelope (which never crosses the antimeridian). */
    public static Bbox of(Envelope e) {
        return new Bbox(e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY());
    }
}
