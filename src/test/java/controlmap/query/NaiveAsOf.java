package controlmap.query;

import controlmap.domain.Actor;
import controlmap.domain.Bbox;
import controlmap.domain.Claim;
import controlmap.domain.Place;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Test-only: the as-of rule read straight off the design contract (docs/design.md), scanning every claim for every question. Slow and obviously
 * right, to hold {@link ClaimIndex} to.
 */
final class NaiveAsOf {

    private final Map<String, Place> places = new TreeMap<>();
    private final Map<String, Actor> actors = new HashMap<>();
    private final List<Claim> claims = new ArrayList<>();
    private final Set<String> sources = new TreeSet<>();

    NaiveAsOf(Collection<Place> places, Collection<Actor> actors, Collection<Claim> all) {
        places.forEach(p -> this.places.put(p.id(), p));
        actors.forEach(a -> this.actors.put(a.id(), a));
        Map<String, Claim> latest = new HashMap<>();
        for (Claim c : all) {
            latest.merge(c.id(), c, (a, b) -> a.recorded() > b.recorded() ? a : b);
        }
        for (Claim c : latest.values()) {
            if (!c.retracted() && this.places.containsKey(c.place())) {
                claims.add(c);
                sources.add(c.source());
            }
        }
    }

    Claim winner(String place, String source, LocalDate date, LocalDate asOf) {
        Claim best = null;
        for (Claim c : claims) {
            boolean counts = c.place().equals(place) && c.source().equals(source)
                    && (c.validFrom() == null || !c.validFrom().isAfter(date))
                    && (c.validTo() == null || c.validTo().isAfter(date))
                    && (asOf == null || !c.reportedOn().isAfter(asOf));
            if (counts && (best == null || beats(c, best))) {
                best = c;
            }
        }
        return best;
    }

    private static boolean beats(Claim c, Claim best) {
        if (!Objects.equals(c.validFrom(), best.validFrom())) {
            // a start the source did not give is earlier than any day
            return best.validFrom() == null || (c.validFrom() != null && c.validFrom().isAfter(best.validFrom()));
        }
        if (!c.reportedOn().equals(best.reportedOn())) {
            return c.reportedOn().isAfter(best.reportedOn());
        }
        return c.recorded() > best.recorded();
    }

    List<ControlEntry> control(ControlQuery q) {
        List<ControlEntry> out = new ArrayList<>();
        for (Place p : places.values()) {
            for (String s : sources) {
                Claim w = winner(p.id(), s, q.date(), q.asOf());
                if (w != null && (q.source() == null || q.source().equals(s)) && seen(q.bbox(), p, w)) {
                    out.add(new ControlEntry(p, w));
                }
            }
        }
        return out;
    }

    List<Dispute> disputes(LocalDate date, Set<String> only, LocalDate asOf, Bbox bbox) {
        List<Dispute> out = new ArrayList<>();
        for (Place p : places.values()) {
            List<Claim> winners = new ArrayList<>();
            for (String s : sources) {
                Claim w = winner(p.id(), s, date, asOf);
                if (w != null && (only == null || only.contains(s))) {
                    winners.add(w);
                }
            }
            boolean seen = winners.stream().anyMatch(w -> seen(bbox, p, w));
            boolean conflict = winners.stream().anyMatch(a -> winners.stream().anyMatch(b -> conflict(a, b)));
            if (seen && conflict) {
                out.add(new Dispute(p, winners));
            }
        }
        return out;
    }

    private boolean conflict(Claim a, Claim b) {
        if (a.isPresence() || b.isPresence() || (a.isPart() && b.isPart())) {
            return false;
        }
        Actor x = actors.get(a.actor());
        Actor y = actors.get(b.actor());
        if (a.actor().equals(b.actor())) {
            return false;
        }
        return x == null || y == null || x.conflictsWith(y);
    }

    private static boolean seen(Bbox bbox, Place p, Claim w) {
        if (bbox == null) {
            return true;
        }
        Geometry g = w.geometry() != null ? w.geometry() : p.geometry();
        return bbox.envelopes().stream().anyMatch(e -> g.intersects(new GeometryFactory().toGeometry(e)));
    }

    /**
     * Reports who holds the place before any stated day (an event without a date), then walks every day from
     * {@code first} (before every stated day) to {@code last} and reports each change of holder, stance or extent.
     */
    List<ChangeEvent> timeline(String place, String source, LocalDate first, LocalDate last) {
        List<ChangeEvent> out = new ArrayList<>();
        for (String s : sources) {
            if (source != null && !source.equals(s)) {
                continue;
            }
            Claim held = winner(place, s, LocalDate.MIN, null);
            if (held != null) {
                out.add(new ChangeEvent(null, s, held.actor(), null, held));
            }
            for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                Claim w = winner(place, s, d, null);
                if (!reading(w).equals(reading(held))) {
                    out.add(new ChangeEvent(d, s, w == null ? null : w.actor(), held == null ? null : held.actor(),
                            w));
                    held = w;
                }
            }
        }
        out.sort(Comparator.comparing(ChangeEvent::date, Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()))
                .thenComparing(ChangeEvent::source));
        return out;
    }

    private static String reading(Claim c) {
        return c == null ? "" : c.actor() + "/" + c.stance() + "/" + c.extent();
    }

    List<LocalDate> changeDates(String source) {
        TreeSet<LocalDate> out = new TreeSet<>();
        for (Claim c : claims) {
            if (source == null || source.equals(c.source())) {
                if (c.validFrom() != null) {
                    out.add(c.validFrom());
                }
                if (c.validTo() != null) {
                    out.add(c.validTo());
                }
            }
        }
        return List.copyOf(out);
    }
}
