package controlmap.api;

import controlmap.domain.Claim;
import controlmap.domain.Place;
import controlmap.geo.GeoJsonGeometry;
import controlmap.query.ClaimIndex;
import java.util.concurrent.ConcurrentHashMap;
import org.locationtech.jts.geom.Geometry;

/**
 * The GeoJSON text of each place's polygon, as UTF-8 bytes, written once per snapshot and reused by every answer that shows the
 * place: encoding coordinates as decimals is most of the cost of a large answer, and a place's shape is the same
 * in all of them. A claim's own shape (rare) is written each time.
 */
public final class GeometryJson {

    private volatile Memo memo = new Memo(null);

    private record Memo(ClaimIndex index, ConcurrentHashMap<String, RawJson> byPlace) {
        Memo(ClaimIndex index) {
            this(index, new ConcurrentHashMap<>());
        }
    }

    /** The geometry an answer shows for {@code place} under {@code claim} (its own shape, else the place's); null for none. */
    RawJson of(ClaimIndex index, Place place, Claim claim) {
        if (claim != null && claim.geometry() != null) {
            return new RawJson(GeoJsonGeometry.write(claim.geometry()));
        }
        Geometry g = place.geometry();
        if (g == null) {
            return null;
        }
        return memoFor(index).byPlace().computeIfAbsent(place.id(), id -> new RawJson(GeoJsonGeometry.write(g)));
    }

    private Memo memoFor(ClaimIndex index) {
        Memo m = memo;
        if (m.index() != index) {
            m = new Memo(index);
            memo = m; // a snapshot replaces the last; an older one still being answered just misses
        }
        return m;
    }
}
