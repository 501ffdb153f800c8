package controlmap.api;

import controlmap.domain.Bbox;
import controlmap.geo.GeoJsonGeometry;
import org.locationtech.jts.geom.Geometry;

/** Geometry helpers the HTTP layer needs. */
final class Geometries {

    private Geometries() {
    }

    /** The box as a polygon (JTS optimises intersects against rectangles). */
    static Geometry box(Bbox b) {
        return GeoJsonGeometry.FACTORY.toGeometry(b.envelope());
    }
}
