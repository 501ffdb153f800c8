package controlmap.render;

import controlmap.domain.Actor;
import controlmap.domain.Claim;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The majority rule of "All sources", as the map page's (web/js/asof.js {@code majority}): the actor named by more
 * sources than any other among the winning claims of control about a place (presence does not vote). When actors
 * that conflict share the top count there is no majority ({@code actor} null, {@code tie} true): the picture draws
 * and words it so instead of handing the place to one side. Tied actors that do not conflict (a "not ISIS" and an
 * "SDF") are no split: the one that names a holder wins.
 *
 * @param actor the majority's actor, or null on a tie
 * @param votes how many sources name it (on a tie: how many name each of the tied actors)
 * @param of    how many sources have a claim in force
 * @param tie   true when the sources split evenly
 * @param part  true when every claim naming the actor is about part of the place
 */
public record Majority(String actor, int votes, int of, boolean tie, boolean part) {

    /**
     * The majority of the winning claims (one per source) about one place on one day.
     *
     * @param actors the actors by id (for which conflict, and which only negate another)
     */
    public static Majority of(Collection<Claim> winners, Function<String, Optional<Actor>> actors) {
        Map<String, int[]> count = new TreeMap<>();
        Map<String, Boolean> whole = new TreeMap<>();
        int of = 0;
        for (Claim c : winners) {
            if (ClaimMarks.presence(c)) {
                continue; // presence is not control: it does not vote
            }
            of++;
            count.computeIfAbsent(c.actor(), a -> new int[1])[0]++;
            whole.merge(c.actor(), !ClaimMarks.part(c), Boolean::logicalOr);
        }
        int top = count.values().stream().mapToInt(n -> n[0]).max().orElse(0);
        List<String> tied = count.keySet().stream().filter(a -> count.get(a)[0] == top).toList(); // ascending ids
        boolean tie = false;
        for (int i = 0; i < tied.size(); i++) {
            for (int j = i + 1; j < tied.size(); j++) {
                tie |= conflict(actors, tied.get(i), tied.get(j));
            }
        }
        String best = tie ? null : tied.stream()
                .filter(a -> actors.apply(a).map(x -> x.negates() == null).orElse(true)).findFirst()
                .orElse(tied.isEmpty() ? null : tied.get(0));
        return new Majority(best, top, of, tie, best != null && !whole.get(best));
    }

    /** Whether two actors conflict (Actor.conflictsWith); an actor we do not know conflicts with every other. */
    private static boolean conflict(Function<String, Optional<Actor>> actors, String a, String b) {
        Optional<Actor> x = actors.apply(a);
        Optional<Actor> y = actors.apply(b);
        return x.isEmpty() || y.isEmpty() ? !a.equals(b) : x.get().conflictsWith(y.get());
    }
}
