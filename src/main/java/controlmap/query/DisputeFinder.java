package controlmap.query;

import controlmap.domain.Actor;
import controlmap.domain.Claim;
import java.util.List;
import java.util.Map;

/** Decides whether the winning claims of several sources about one place disagree. */
public final class DisputeFinder {

    private final Map<String, Actor> actors;

    /** @param actors the known actors by id */
    DisputeFinder(Map<String, Actor> actors) {
        this.actors = actors;
    }

    /** True when at least two of {@code winners} (one per source) {@linkplain #conflict(Claim, Claim) conflict}. */
    boolean disputed(List<Claim> winners) {
        for (int i = 0; i < winners.size(); i++) {
            for (int j = i + 1; j < winners.size(); j++) {
                if (conflict(winners.get(i), winners.get(j))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * True when two sources' claims about one place cannot both be right: neither is a presence claim (presence is
     * not control), their actors {@linkplain #conflict(String, String) conflict}, and they are not both about part of
     * the place (two parts held by different actors can both be true). Whole against whole and whole against part
     * conflict.
     */
    public boolean conflict(Claim a, Claim b) {
        return !a.isPresence() && !b.isPresence() && !(a.isPart() && b.isPart()) && conflict(a.actor(), b.actor());
    }

    /**
     * True when one source saying {@code a} and another saying {@code b} disagree, per {@link Actor#conflictsWith};
     * an actor id we do not know conflicts with every other id, since we cannot tell what it covers.
     */
    public boolean conflict(String a, String b) {
        if (a.equals(b)) {
            return false;
        }
        Actor x = actors.get(a);
        Actor y = actors.get(b);
        return x == null || y == null || x.conflictsWith(y);
    }

    /**
     * The sources whose winner in {@code d} conflicts with {@code source}'s (the rule of {@link ClaimIndex#disputes}): what a
     * map of that one source marks as disputed, where other sources' disagreements among themselves are not. Empty
     * when {@code source} has no winner in the dispute.
     *
     * @return source ids, in the order of the dispute's claims; unmodifiable
     */
    public List<String> opponents(Dispute d, String source) {
        Claim mine = d.claims().stream().filter(c -> c.source().equals(source)).findFirst().orElse(null);
        if (mine == null) {
            return List.of();
        }
        return d.claims().stream().filter(c -> c != mine && conflict(mine, c)).map(Claim::source)
                .toList();
    }
}
