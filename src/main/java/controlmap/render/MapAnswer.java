package controlmap.render;

import controlmap.domain.Bbox;
import controlmap.domain.Claim;
import controlmap.domain.Place;
import controlmap.query.ClaimIndex;
import controlmap.query.ControlEntry;
import controlmap.query.ControlQuery;
import controlmap.query.Dispute;
import controlmap.query.Majority;
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
 * name ({@link Majority}; "no majority" when they split evenly). Disputed places are those where the compared
 * sources disagree; with one source, where that source disagrees with another ({@link controlmap.query.DisputeFinder#opponents}); with
 * all sources, where any sources disagree.
 *
 * @param holders  place id → who holds it and the shape to fill, only places with an answer in the picture's area
 * @param disputed ids of the disputed places
 * @param shown    how many places the picture's area holds (with an answer or not)
 */
public record MapAnswer(Map<String, Held> holders, Set<String> disputed, int shown) {

    /**
     * A place's holder in this map, and the shape to fill (the claim's own polygon, or the place's).
     *
     * @param actor the holder (null when there is no majority)
     * @param mark  how it is drawn
     */
    public record Held(String actor, Geometry shape, Mark mark) {
    }

    /** How a place is drawn: as the map page's look.js kinds. */
    public enum Mark {
        /** Held whole: the actor's colour. */
        WHOLE,
        /** Held in part: stripes of the actor's colour. */
        PART,
        /** The actor is present, not in control: a dotted outline in its colour. */
        PRESENCE,
        /** The sources split evenly: grey. */
        NO_MAJORITY
    }

    /**
     * The answers of a picture: one per map ({@code source}, then {@code compare} when comparing), about the places in
     * the area it shows (all of them unless it has a centre and zoom).
     */
    public static List<MapAnswer> of(ClaimIndex index, PictureSpec spec) {
        Envelope area = spec.centre() == null ? null : spec.centre().area(spec.width(), spec.height());
        int shown = area == null ? index.places().size() : index.placesIn(area);
        Set<String> among = spec.comparing() && spec.source() != null ? Set.of(spec.source(), spec.compare()) : null;
        Set<String> disputed = new HashSet<>();
        for (Dispute d : index.disputes(spec.date(), among, spec.asOf(), area == null ? null : Bbox.of(area))) {
            if (spec.comparing() || spec.source() == null
                    || !index.disputeRule().opponents(d, spec.source()).isEmpty()) {
                disputed.add(d.place().id());
            }
        }
        Set<String> frozen = Collections.unmodifiableSet(disputed);
        List<MapAnswer> out = new ArrayList<>();
        out.add(new MapAnswer(holders(index, spec.date(), spec.source(), spec.asOf(), area), frozen, shown));
        if (spec.comparing()) {
            out.add(new MapAnswer(holders(index, spec.date(), spec.compare(), spec.asOf(), area), frozen, shown));
        }
        return out;
    }

    private static Map<String, Held> holders(ClaimIndex index, LocalDate date, String source, LocalDate asOf,
                                             Envelope area) {
        List<ControlEntry> entries = index.control(new ControlQuery(date, source, asOf,
                area == null ? null : Bbox.of(area)));
        Map<String, Held> out = new LinkedHashMap<>();
        if (source != null) {
            for (ControlEntry e : entries) {
                Claim c = e.claim();
                Mark mark = ClaimMarks.presence(c) ? Mark.PRESENCE : ClaimMarks.part(c) ? Mark.PART : Mark.WHOLE;
                out.put(e.place().id(), new Held(c.actor(), c.geometry() != null ? c.geometry() : e.place().geometry(),
                        mark));
            }
            return Collections.unmodifiableMap(out);
        }
        Map<String, List<Claim>> byPlace = new TreeMap<>();
        Map<String, Place> places = new TreeMap<>();
        for (ControlEntry e : entries) {
            byPlace.computeIfAbsent(e.place().id(), p -> new ArrayList<>()).add(e.claim());
            places.put(e.place().id(), e.place());
        }
        byPlace.forEach((place, winners) -> {
            Majority m = index.majority(winners);
            Geometry shape = places.get(place).geometry();
            if (m.tie()) {
                out.put(place, new Held(null, shape, Mark.NO_MAJORITY));
            } else if (m.actor() != null) {
                out.put(place, new Held(m.actor(), shape, m.part() ? Mark.PART : Mark.WHOLE));
            } else {
                winners.stream().filter(ClaimMarks::presence).findFirst()
                        .ifPresent(c -> out.put(place, new Held(c.actor(), shape, Mark.PRESENCE)));
            }
        });
        return Collections.unmodifiableMap(out);
    }
}
