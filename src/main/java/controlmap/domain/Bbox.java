package controlmap.domain;

import org.locationtech.jts.geom.Envelope;

/** A lon/lat box in EPSG:4326: {@code minLon <= maxLon}, {@code minLat <= maxLat}. Boxes across the antimeridian are not supported. */
public record Bbox(double minLon, double minLat, double maxLon, double maxLat) {

    public Envelope envelope() {
        return new Envelope(minLon, maxLon, minLat, maxLat);
    }

    public static Bbox of(Envelope e) {
        return new Bbox(e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY());
    }
}
