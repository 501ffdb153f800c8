package controlmap.query;

import controlmap.domain.Place;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;

/** Every place in id order, with a spatial index over their polygons: pages and boxes of places without a scan. */
public final class PlaceSearch {

    private final List<Place> places;
    private final STRtree tree = new STRtree();

    PlaceSearch(Collection<Place> byId) {
        this.places = List.copyOf(byId);
        for (Place p : places) {
            if (p.geometry() != null && !p.geometry().isEmpty()) {
                tree.insert(p.geometry().getEnvelopeInternal(), p);
            }
        }
        // Built now, not lazily on the first query, so that concurrent queries only ever read the tree.
        tree.build();
    }

    /** Every place, ordered by id; unmodifiable, with random access. */
    public List<Place> all() {
        return places;
    }

    /**
     * The places whose polygon's envelope intersects {@code box}, ordered by id: a superset of those whose polygon
     * does, to be checked exactly by the caller.
     */
    public List<Place> near(Envelope box) {
        List<Place> out = new ArrayList<>();
        tree.query(box, item -> out.add((Place) item));
        out.sort(Comparator.comparing(Place::id));
        return out;
    }
}
