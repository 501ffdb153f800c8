package controlmap.query;

import controlmap.domain.Actor;
import controlmap.domain.Claim;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The majority rule of "All sources" (the browser's copy is web/js/asof.js {@code majority}, compared with this one
 * on the same data by a test): the actor named by more sources than any other among the winning claims of control
 * about a place (presence does not vote). When actors that conflict ({@link DisputeFinder#conflict(String, String)})
 * share the top count there is no majority ({@code actor} null, {@code tie} true): a map draws and words it so
 * instead of handing the place to one side. Tied actors that do not conflict (a "not ISIS" and an "SDF") are no
 * split: the one that names a holder wins (the first by id when several do).
 *
 * @param actor the majority's actor, or null on a tie or when no claim of control is in force
 * @param votes how many sources name it (on a tie: how many name each of the tied actors)
 * @param of    how many sources have a claim of control in force
 * @param tie   true when the sources split evenly between conflicting actors
 * @param part  true when every claim naming the actor is about part of the place
 */
public record Majority(String actor, int votes, int of, boolean tie, boolean part) {

    /**
     * The majority of the winning claims (one per source) about one place on one day.
     *
     * @param winners the winning claims, one per source
     * @param actors  the known actors by id (an actor not among them conflicts with every other)
     */
    public static Majority of(Collection<Claim> winners, Map<String, Actor> actors) {
        Map<String, int[]> count = new TreeMap<>();
        Map<String, Boolean> whole = new TreeMap<>();
        int of = 0;
        for (Claim c : winners) {
            if (c.isPresence()) {
                continue; // presence is not control: it does not vote
            }
            of++;
            count.computeIfAbsent(c.actor(), a -> new int[1])[0]++;
            whole.merge(c.actor(), !c.isPart(), Boolean::logicalOr);
        }
        int top = count.values().stream().mapToInt(n -> n[0]).max().orElse(0);
        List<String> tied = count.keySet().stream().filter(a -> count.get(a)[0] == top).toList(); // ascending ids
        DisputeFinder rule = new DisputeFinder(actors);
        boolean tie = false;
        for (int i = 0; i < tied.size(); i++) {
            for (int j = i + 1; j < tied.size(); j++) {
                tie |= rule.conflict(tied.get(i), tied.get(j));
            }
        }
        String best = tie ? null : tied.stream().filter(a -> actors.get(a) == null || actors.get(a).negates() == null)
                .findFirst().orElse(tied.isEmpty() ? null : tied.get(0));
        return new Majority(best, top, of, tie, best != null && !whole.get(best));
    }
}
