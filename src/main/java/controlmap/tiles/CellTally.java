package controlmap.tiles;

import controlmap.query.ClaimIndex;
import controlmap.tiles.PlaceLooks.Look;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The places of one grid cell, too small to see at a zoom, counted by how each is drawn, and the one look of the cell:
 * the actor most of its places are drawn for (whole or in part), "no majority" when conflicting actors (or places
 * with no majority themselves) share the top count, else the actor most often said to be present; hatched when more
 * than half of its places are disputed. The same majority rule as for sources ({@code render.Majority}), over places.
 */
final class CellTally {

    /** The key of places drawn with no majority: it conflicts with every actor. */
    private static final String SPLIT = "";

    private final ClaimIndex index;
    private final Map<String, int[]> control = new TreeMap<>(); // actor → {places, of them whole}
    private final Map<String, int[]> presence = new TreeMap<>();
    private int places;
    private int disputes;

    CellTally(ClaimIndex index) {
        this.index = index;
    }

    /** Counts a place drawn as {@code look} ({@code sign} 1), or stops counting it ({@code sign} -1). */
    void count(Look look, int sign) {
        if (look == null) {
            return;
        }
        places += sign;
        disputes += look.disputed() ? sign : 0;
        boolean present = PlaceLooks.PRESENCE.equals(look.kind());
        String key = look.actor() == null ? SPLIT : look.actor();
        int[] n = (present ? presence : control).computeIfAbsent(key, k -> new int[2]);
        n[0] += sign;
        n[1] += PlaceLooks.WHOLE.equals(look.kind()) ? sign : 0;
        if (n[0] == 0) {
            (present ? presence : control).remove(key);
        }
    }

    /** The cell's look now, or null when none of its places has an answer. */
    Look look() {
        if (places == 0) {
            return null;
        }
        boolean hatched = disputes * 2 > places;
        int of = control.values().stream().mapToInt(n -> n[0]).sum();
        if (of == 0) {
            String actor = top(presence).get(0);
            return new Look(actor, PlaceLooks.PRESENCE, hatched, List.of(), presence.get(actor)[0], 0, places, disputes);
        }
        List<String> tied = top(control);
        boolean tie = false;
        for (int i = 0; i < tied.size(); i++) {
            for (int j = i + 1; j < tied.size(); j++) {
                tie |= tied.get(i).equals(SPLIT) || tied.get(j).equals(SPLIT)
                        || index.disputeRule().conflict(tied.get(i), tied.get(j));
            }
        }
        String best = tie ? SPLIT : tied.stream().filter(a -> !a.equals(SPLIT))
                .filter(a -> index.actor(a).map(x -> x.negates() == null).orElse(true)).findFirst()
                .orElse(tied.get(0));
        int votes = control.get(tied.get(0))[0];
        if (best.equals(SPLIT)) {
            return new Look(null, PlaceLooks.NO_MAJORITY, hatched, List.of(), votes, of, places, disputes);
        }
        String kind = control.get(best)[1] > 0 ? PlaceLooks.WHOLE : PlaceLooks.PART;
        return new Look(best, kind, hatched, List.of(), votes, of, places, disputes);
    }

    /** The keys with the highest count, ascending. */
    private static List<String> top(Map<String, int[]> counts) {
        int max = counts.values().stream().mapToInt(n -> n[0]).max().orElse(0);
        List<String> out = new ArrayList<>();
        counts.forEach((k, n) -> {
            if (n[0] == max) {
                out.add(k);
            }
        });
        return out;
    }
}
