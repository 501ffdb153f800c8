package controlmap.query;

import controlmap.domain.Claim;
import controlmap.domain.Place;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/** One place with every source's history of claims about it. */
final class PlaceClaims {

    private final Place place;
    private final SortedMap<String, SourceTimeline> bySource = new TreeMap<>();
    private final Envelope reach = new Envelope();

    /** @param claims the non-retracted claims about {@code place}, at least one */
    PlaceClaims(Place place, Collection<Claim> claims) {
        this.place = place;
        for (SourceTimeline h : SourceTimeline.perSource(claims)) {
            bySource.put(h.source(), h);
        }
        expand(place.geometry());
        claims.forEach(c -> expand(c.geometry()));
    }

    private void expand(Geometry g) {
        if (g != null) {
            reach.expandToInclude(g.getEnvelopeInternal());
        }
    }

    Place place() {
        return place;
    }

    String placeId() {
        return place.id();
    }

    /** The envelope of the place's geometry and of every claim's own geometry: where an answer about it can be seen. */
    Envelope reach() {
        return reach;
    }

    /** The histories, one per source, ordered by source id. */
    Collection<SourceTimeline> histories() {
        return Collections.unmodifiableCollection(bySource.values());
    }

    /** Every claim about the place taking part in answers, source by source. */
    List<Claim> claims() {
        List<Claim> out = new ArrayList<>();
        bySource.values().forEach(h -> out.addAll(h.claims()));
        return out;
    }

    /** The history of {@code source}, or null when it said nothing about this place. */
    SourceTimeline history(String source) {
        return bySource.get(source);
    }

    /** The winning claim of each source (or of each of {@code sources} when not null), ordered by source id. */
    List<Claim> winners(Collection<String> sources, LocalDate date, LocalDate asOf) {
        List<Claim> out = new ArrayList<>();
        for (SourceTimeline h : bySource.values()) {
            if (sources == null || sources.contains(h.source())) {
                Claim w = h.winner(date, asOf);
                if (w != null) {
                    out.add(w);
                }
            }
        }
        return out;
    }
}
