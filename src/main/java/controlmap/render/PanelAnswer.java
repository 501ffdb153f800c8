package controlmap.render;

import controlmap.domain.Claim;
import controlmap.domain.Place;
import controlmap.query.ClaimIndex;
import controlmap.query.ControlEntry;
import controlmap.query.ControlQuery;
import controlmap.query.Dispute;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * What one map of a picture shows, by the same rules as the map page (web/js/answers.js): with a source, that
 * source's as-of answer, each claim drawn with its own polygon when it has one; without, the actor most sources
 * agree on (a tie to the actor with the latest claim, then the smaller id). Disputed places are those where the
 * compared sources disagree, or, without a comparison, where any sources disagree.
 *
 * @param holders  place id → who holds it and the shape to fill, only places with an answer in the picture's area
 * @param disputed ids of the disputed places
 * @param shown    how many places the picture's area holds (with an answer or not)
 */
public record PanelAnswer(Map<String, Held> holders, Set<String> disputed, int shown) {

    /** A place's holder in this map, and the shape to fill (the claim's own polygon, or the place's). */
    public record Held(String actor, Geometry shape) {
    }

    /**
     * The answers of a picture: one per map ({@code source}, then {@code compare} when comparing), about the places in
     * the area it shows (all of them unless it has a centre and zoom).
     */
    public static List<PanelAnswer> of(ClaimIndex index, SnapshotSpec spec) {
        Envelope area = spec.centre() == null ? null : spec.centre().area(spec.width(), spec.height());
        int shown = area == null ? index.places().size() : index.placesIn(area);
        Set<String> among = spec.comparing() && spec.source() != null ? Set.of(spec.source(), spec.compare()) : null;
        Set<String> disputed = new HashSet<>();
        for (Dispute d : index.disputes(spec.date(), among, spec.asOf(), area)) {
            disputed.add(d.place().id());
        }
        Set<String> frozen = Collections.unmodifiableSet(disputed);
        List<PanelAnswer> out = new ArrayList<>();
        out.add(new PanelAnswer(holders(index, spec.date(), spec.source(), spec.asOf(), area), frozen, shown));
        if (spec.comparing()) {
            out.add(new PanelAnswer(holders(index, spec.date(), spec.compare(), spec.asOf(), area), frozen, shown));
        }
        return out;
    }

    private static Map<String, Held> holders(ClaimIndex index, LocalDate date, String source, LocalDate asOf,
                                             Envelope area) {
        List<ControlEntry> entries = index.control(new ControlQuery(date, source, asOf, area));
        Map<String, Held> out = new LinkedHashMap<>();
        if (source != null) {
            for (ControlEntry e : entries) {
                Claim c = e.claim();
                out.put(e.place().id(), new Held(c.actor(), c.geometry() != null ? c.geometry() : e.place().geometry()));
            }
            return Collections.unmodifiableMap(out);
        }
        Map<String, List<Claim>> byPlace = new TreeMap<>();
        Map<String, Place> places = new TreeMap<>();
        for (ControlEntry e : entries) {
            byPlace.computeIfAbsent(e.place().id(), p -> new ArrayList<>()).add(e.claim());
            places.put(e.place().id(), e.place());
        }
        byPlace.forEach((place, winners) -> out.put(place, new Held(majority(winners), places.get(place).geometry())));
        return Collections.unmodifiableMap(out);
    }

    /** The actor most winners name; a tie goes to the latest valid_from among its claims, then the smaller id. */
    static String majority(List<Claim> winners) {
        Map<String, int[]> count = new TreeMap<>();
        Map<String, LocalDate> latest = new TreeMap<>();
        for (Claim c : winners) {
            count.computeIfAbsent(c.actor(), a -> new int[1])[0]++;
            // a start the source did not give is earlier than any day
            latest.merge(c.actor(), c.validFrom() == null ? LocalDate.MIN : c.validFrom(),
                    (a, b) -> a.isAfter(b) ? a : b);
        }
        String best = null;
        for (String actor : count.keySet()) { // ascending ids: the smaller id wins a full tie
            if (best == null || count.get(actor)[0] > count.get(best)[0]
                    || (count.get(actor)[0] == count.get(best)[0] && latest.get(actor).isAfter(latest.get(best)))) {
                best = actor;
            }
        }
        return best;
    }
}
