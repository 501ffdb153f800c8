package controlmap.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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
        return candidates(List.of(box));
    }

    /**
     * The places whose reach intersects any of {@code boxes} (the halves of a box crossing the antimeridian), once
     * each, ordered by place id.
     */
    List<PlaceClaims> candidates(List<Envelope> boxes) {
        Set<PlaceClaims> found = new LinkedHashSet<>(); // a place reaching into both halves is found twice
        for (Envelope box : boxes) {
            tree.query(box, item -> found.add((PlaceClaims) item));
        }
        List<PlaceClaims> out = new ArrayList<>(found);
        out.sort(Comparator.comparing(PlaceClaims::placeId));
        return out;
    }
}
