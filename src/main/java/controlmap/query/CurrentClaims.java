package controlmap.query;

import controlmap.domain.Claim;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Picks, from what a store hands over, the claims that take part in answers. */
final class CurrentClaims {

    private static final Comparator<Claim> NEWER_VERSION =
            Comparator.comparingLong(Claim::recorded).thenComparingInt(Claim::version);

    private CurrentClaims() {
    }

    /**
     * The current version of each claim id (highest {@code recorded}, then {@code version}: a correction supersedes,
     * even when a caller passes old versions too), kept when not retracted and about one of {@code placeIds}; ordered
     * by {@code recorded}, then id.
     *
     * @throws NullPointerException when a claim lacks an id, source, place, actor, validFrom or reportedOn
     */
    static List<Claim> select(Collection<Claim> claims, Set<String> placeIds) {
        Map<String, Claim> current = new HashMap<>();
        for (Claim c : claims) {
            requireComplete(c);
            current.merge(c.id(), c, (a, b) -> NEWER_VERSION.compare(a, b) >= 0 ? a : b);
        }
        List<Claim> out = new ArrayList<>();
        for (Claim c : current.values()) {
            if (!c.retracted() && placeIds.contains(c.place())) {
                out.add(c);
            }
        }
        out.sort(Comparator.comparingLong(Claim::recorded).thenComparing(Claim::id));
        return out;
    }

    private static void requireComplete(Claim c) {
        Objects.requireNonNull(c, "claim");
        Objects.requireNonNull(c.id(), "claim id");
        String what = "claim " + c.id() + ": ";
        Objects.requireNonNull(c.source(), () -> what + "source");
        Objects.requireNonNull(c.place(), () -> what + "place");
        Objects.requireNonNull(c.actor(), () -> what + "actor");
        Objects.requireNonNull(c.validFrom(), () -> what + "validFrom");
        Objects.requireNonNull(c.reportedOn(), () -> what + "reportedOn");
    }
}
