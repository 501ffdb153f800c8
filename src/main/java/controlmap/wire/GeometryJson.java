package controlmap.wire;

import controlmap.domain.Claim;
import controlmap.domain.Place;
import controlmap.geo.GeoJsonGeometry;
import controlmap.geo.ZoomSimplifier;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.locationtech.jts.geom.Geometry;

/**
 * The GeoJSON text of each place's polygon, as UTF-8 bytes, written once and reused by every answer that shows the
 * place: encoding coordinates as decimals is most of the cost of a large answer, and a place's shape is the same in
 * all of them. An entry stays valid across snapshots while the place's shape is the same (the same object, or an
 * equal shape read again), so an update of the index costs nothing here. A claim's own shape (rare) is written each
 * time.
 */
public final class GeometryJson {

    private final ConcurrentHashMap<String, Entry> byPlace = new ConcurrentHashMap<>();
    /** Simplified shapes, by place and zoom; each zoom level's shapes are about as large as the last's or smaller. */
    private final ConcurrentHashMap<String, Entry> simplified = new ConcurrentHashMap<>();

    private record Entry(Geometry shape, RawJson json) {
    }

    /** The geometry an answer shows for {@code place} under {@code claim} (its own shape, else the place's); null for none. */
    public RawJson of(Place place, Claim claim) {
        return of(place, claim, null);
    }

    /**
     * As {@link #of(Place, Claim)}, simplified for the web map zoom level {@code zoom} (null or from
     * {@link ZoomSimplifier#FULL_DETAIL_ZOOM} on: whole).
     */
    public RawJson of(Place place, Claim claim, Integer zoom) {
        boolean whole = zoom == null || ZoomSimplifier.tolerance(zoom) == 0;
        if (claim != null && claim.geometry() != null) {
            Geometry own = whole ? claim.geometry() : ZoomSimplifier.simplify(claim.geometry(), zoom);
            return new RawJson(GeoJsonGeometry.write(own));
        }
        Geometry g = place.geometry();
        if (g == null) {
            return null;
        }
        Map<String, Entry> memo = whole ? byPlace : simplified;
        String key = whole ? place.id() : place.id() + "@" + zoom;
        Entry e = memo.get(key);
        if (e == null || (e.shape() != g && !e.shape().equalsExact(g))) {
            e = new Entry(g, new RawJson(GeoJsonGeometry.write(whole ? g : ZoomSimplifier.simplify(g, zoom))));
            memo.put(key, e);
        }
        return e.json();
    }

    /** Writes the shapes of {@code places} ahead of the first answers (a few seconds for 50,000 places). */
    public void warm(Collection<Place> places) {
        places.forEach(p -> of(p, null));
    }
}
