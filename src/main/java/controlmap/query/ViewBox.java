package controlmap.query;

import controlmap.domain.Claim;
import controlmap.domain.Place;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/** The exact test of whether an answer about a place can be seen in a lon/lat box. */
final class ViewBox {

    private static final GeometryFactory FACTORY = new GeometryFactory();

    private final Envelope box;
    private final Geometry shape;

    ViewBox(Envelope box) {
        this.box = new Envelope(box);
        // A rectangle polygon (or a point or line for a degenerate box); JTS answers intersects with a rectangle fast.
        this.shape = FACTORY.toGeometry(this.box);
    }

    Envelope box() {
        return box;
    }

    /** True when the claim's own geometry, or else the place's, intersects the box. */
    boolean shows(Place place, Claim claim) {
        return shows(claim.geometry() != null ? claim.geometry() : place.geometry());
    }

    /** True when {@code g} intersects the box. */
    boolean shows(Geometry g) {
        return g != null && !box.isNull() && box.intersects(g.getEnvelopeInternal()) && g.intersects(shape);
    }
}
