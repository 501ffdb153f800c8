package controlmap.query;

import controlmap.domain.Bbox;
import controlmap.domain.Claim;
import controlmap.domain.Place;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/** The exact test of whether an answer about a place can be seen in a lon/lat box (one crossing the antimeridian too). */
final class ViewBox {

    private final Bbox box;

    ViewBox(Bbox box) {
        this.box = box;
    }

    /** The envelopes to look for candidates in: one, or two for a box crossing the antimeridian. */
    List<Envelope> envelopes() {
        return box.envelopes();
    }

    /** True when the claim's own geometry, or else the place's, intersects the box. */
    boolean shows(Place place, Claim claim) {
        return shows(claim.geometry() != null ? claim.geometry() : place.geometry());
    }

    /** True when {@code g} intersects the box. */
    boolean shows(Geometry g) {
        return g != null && box.intersects(g);
    }
}
