package controlmap.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;

/** A spatial index over places with claims, keyed by each place's {@linkplain PlaceClaims#reach() reach}. */
final class PlaceTree {

    private final STRtree tree = new STRtree();

    PlaceTree(Collection<PlaceClaims> places) {
        for (PlaceClaims p : places) {
            if (!p.reach().isNull()) {
                tree.insert(p.reach(), p);
            }
        }
        // Built now, not lazily on the first query, so that concurrent queries only ever read the tree.
        tree.build();
    }

    /**
     * The places whose reach intersects {@code box}, ordered by place id: a superset of the places in view, to be
     * checked exactly by {@link ViewBox}.
     */
    List<PlaceClaims> candidates(Envelope box) {
        List<PlaceClaims> out = new ArrayList<>();
        tree.query(box, item -> out.add((PlaceClaims) item));
        out.sort(Comparator.comparing(PlaceClaims::placeId));
        return out;
    }
}
