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
     * only change on a claim's validFrom or validTo, so the winner is evaluated on those days alone, and before the
     * first of them for claims whose start the source did not give (an event with a null date). An event marks a new
     * actor, or the same actor said with another stance or extent (control becoming presence, the whole becoming a
     * part).
     */
    static List<ChangeEvent> events(SourceTimeline history) {
        List<ChangeEvent> out = new ArrayList<>();
        Claim held = null;
        Claim unstated = history.winner(LocalDate.MIN, null);
        if (unstated != null) {
            out.add(new ChangeEvent(null, history.source(), unstated.actor(), null, unstated));
            held = unstated;
        }
        for (LocalDate day : history.boundaries()) {
            Claim winner = history.winner(day, null);
            if (!sameReading(winner, held)) {
                out.add(new ChangeEvent(day, history.source(), winner == null ? null : winner.actor(),
                        held == null ? null : held.actor(), winner));
                held = winner;
            }
        }
        return out;
    }

    /** True when both are null, or name the same actor with the same stance and extent. */
    private static boolean sameReading(Claim a, Claim b) {
        if (a == null || b == null) {
            return a == b;
        }
        return Objects.equals(a.actor(), b.actor()) && a.stance() == b.stance() && a.extent() == b.extent();
    }
}
