package controlmap.query;

import controlmap.domain.Claim;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Walks one source's answer for one place through time and reports each change of holder. */
final class TimelineWalk {

    private TimelineWalk() {
    }

    /**
     * The change events of {@code history}, oldest first, with everything known (no knowledge date). The answer can
     * only change on a claim's validFrom or validTo, so the winner is evaluated on those days alone.
     */
    static List<ChangeEvent> events(ClaimHistory history) {
        List<ChangeEvent> out = new ArrayList<>();
        String holder = null;
        for (LocalDate day : history.boundaries()) {
            Claim winner = history.winner(day, null);
            String actor = winner == null ? null : winner.actor();
            if (!Objects.equals(actor, holder)) {
                out.add(new ChangeEvent(day, history.source(), actor, holder, winner));
                holder = actor;
            }
        }
        return out;
    }
}
