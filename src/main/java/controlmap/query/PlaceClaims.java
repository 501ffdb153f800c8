package controlmap.query;

import controlmap.domain.Claim;
import controlmap.domain.Place;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/** One place with every source's history of claims about it. */
final class PlaceClaims {

    private final Place place;
    /** One history per source, ordered by source id (an array: a map per place costs ten entries' objects). */
    private final SourceTimeline[] bySource;
    private final Envelope reach = new Envelope();

    /** @param claims the non-retracted claims about {@code place}, at least one */
    PlaceClaims(Place place, Collection<Claim> claims) {
        this.place = place;
        this.bySource = SourceTimeline.perSource(claims).toArray(new SourceTimeline[0]);
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
        return Collections.unmodifiableList(Arrays.asList(bySource));
    }

    /** The days on which any source's answer about the place may change, ascending, without repeats. */
    List<LocalDate> changeDates() {
        java.util.TreeSet<LocalDate> days = new java.util.TreeSet<>();
        for (SourceTimeline h : bySource) {
            days.addAll(h.boundaries());
        }
        return List.copyOf(days);
    }

    /** The history of {@code source} only (empty when it said nothing), or every history when it is null. */
    Collection<SourceTimeline> histories(String source) {
        if (source == null) {
            return histories();
        }
        SourceTimeline h = history(source);
        return h == null ? List.of() : List.of(h);
    }

    /** Every claim about the place taking part in answers, source by source. */
    List<Claim> claims() {
        List<Claim> out = new ArrayList<>();
        for (SourceTimeline h : bySource) {
            out.addAll(h.claims());
        }
        return out;
    }

    /** The history of {@code source}, or null when it said nothing about this place. */
    SourceTimeline history(String source) {
        int lo = 0;
        int hi = bySource.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = bySource[mid].source().compareTo(source);
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                return bySource[mid];
            }
        }
        return null;
    }

    /** The winning claim of each source (or of each of {@code sources} when not null), ordered by source id. */
    List<Claim> winners(Collection<String> sources, LocalDate date, LocalDate asOf) {
        List<Claim> out = new ArrayList<>();
        for (SourceTimeline h : bySource) {
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
