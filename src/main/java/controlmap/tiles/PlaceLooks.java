package controlmap.tiles;

import controlmap.domain.Claim;
import controlmap.query.ClaimIndex;
import controlmap.query.Majority;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How the map page draws one place on one day for one map, computed on the server so that the page need not hold the
 * claims: the holder (one source's winner, or the majority of all sources, "no majority" when they split evenly) and
 * whether the place is disputed, between which sources. The same rules as web/js/answers.js.
 *
 * @param source  the map's source, or null for all sources
 * @param compare the other map's source when two are compared (disputes are then only between the two), or null
 * @param asOf    the knowledge date, or null for everything known
 * @param brief   only the actor, kind and whether disputed (what a cell of places counts), not between whom
 */
public record PlaceLooks(ClaimIndex index, String source, String compare, LocalDate asOf, boolean brief) {

    /** Draw kinds, as web/js/look.js names them. */
    public static final String WHOLE = "whole";
    public static final String PART = "part";
    public static final String PRESENCE = "presence";
    public static final String NO_MAJORITY = "no-majority";

    /**
     * One way of drawing a place (or a cell of places).
     *
     * @param actor    the actor drawn (null: no majority)
     * @param kind     whole, part, presence or no-majority
     * @param disputed hatched
     * @param against  the sources in conflict (the map's own first), empty when not disputed
     * @param votes    for a cell: its places drawn for the actor (0 for a place)
     * @param of       for a cell: its places drawn for an actor (0 for a place)
     * @param places   for a cell: its places with an answer (0 for a place)
     * @param disputes for a cell: how many of them are disputed (0 for a place)
     */
    public record Look(String actor, String kind, boolean disputed, List<String> against, int votes, int of,
                       int places, int disputes) {
    }

    /** How the place is drawn on {@code day}, or null when the map has no answer for it (drawn as "no claim"). */
    public Look on(String placeId, LocalDate day) {
        List<Claim> winners = index.winners(placeId, day, asOf);
        if (winners.isEmpty()) {
            return null;
        }
        String actor;
        String kind;
        Claim mine = null;
        if (source != null) {
            mine = winners.stream().filter(c -> c.source().equals(source)).findFirst().orElse(null);
            if (mine == null) {
                return null;
            }
            actor = mine.actor();
            kind = mine.isPresence() ? PRESENCE : mine.isPart() ? PART : WHOLE;
        } else {
            Majority m = index.majority(winners);
            boolean presenceOnly = m.of() == 0;
            actor = presenceOnly ? winners.stream().filter(Claim::isPresence).map(Claim::actor).findFirst()
                    .orElse(null) : m.actor();
            kind = m.tie() ? NO_MAJORITY : presenceOnly ? PRESENCE : m.part() ? PART : WHOLE;
        }
        List<String> against = against(winners, mine);
        return new Look(actor, kind, !against.isEmpty(), brief ? List.of() : against, 0, 0, 0, 0);
    }

    /** The sources in conflict on this place, as answers.js's disputeOf: empty when not disputed. */
    private List<String> against(List<Claim> winners, Claim mine) {
        if (source != null && compare != null) {
            Claim other = winners.stream().filter(c -> c.source().equals(compare)).findFirst().orElse(null);
            return other != null && index.disputeRule().conflict(mine, other) ? List.of(source, compare) : List.of();
        }
        if (source != null) {
            List<String> out = new ArrayList<>();
            for (Claim c : winners) {
                if (c != mine && index.disputeRule().conflict(mine, c)) {
                    out.add(c.source());
                }
            }
            if (!out.isEmpty()) {
                out.add(0, source);
            }
            return out;
        }
        Set<String> sides = new LinkedHashSet<>();
        for (int i = 0; i < winners.size(); i++) {
            for (int j = i + 1; j < winners.size(); j++) {
                if (index.disputeRule().conflict(winners.get(i), winners.get(j))) {
                    if (brief) {
                        return List.of(source == null ? "" : source); // disputed; between whom is not needed
                    }
                    sides.add(winners.get(i).source());
                    sides.add(winners.get(j).source());
                }
            }
        }
        return List.copyOf(sides);
    }

    /**
     * The place's looks from {@code first} to {@code last}: pairs (day, look) on each day the look differs from the
     * day before, the first on {@code first} (look null: nothing drawn).
     */
    public List<Run> runs(String placeId, LocalDate first, LocalDate last) {
        List<Run> out = new ArrayList<>();
        Look before = on(placeId, first);
        out.add(new Run(first, before));
        for (LocalDate day : index.changeDatesOf(placeId)) {
            if (!day.isAfter(first) || day.isAfter(last)) {
                continue;
            }
            Look now = on(placeId, day);
            if (!java.util.Objects.equals(now, before)) {
                out.add(new Run(day, now));
                before = now;
            }
        }
        return out;
    }

    /** From {@code day} on (until the next run), the look {@code look} (null: nothing drawn). */
    public record Run(LocalDate day, Look look) {
    }
}
