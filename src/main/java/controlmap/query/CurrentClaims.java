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
    private static final Comparator<Claim> ORDER = Comparator.comparingLong(Claim::recorded).thenComparing(Claim::id);

    private CurrentClaims() {
    }

    /**
     * The current version of each claim id (highest {@code recorded}, then {@code version}: a correction supersedes,
     * even when a caller passes old versions too), kept when not retracted and about one of {@code placeIds}; ordered
     * by {@code recorded}, then id.
     *
     * @throws NullPointerException when a claim lacks an id, source, place, actor or reportedOn
     */
    static List<Claim> select(Collection<Claim> claims, Set<String> placeIds) {
        Map<String, Claim> current = new HashMap<>(Math.max(16, claims.size() * 4 / 3 + 1));
        for (Claim c : claims) {
            requireComplete(c);
            current.merge(c.id(), c, (a, b) -> NEWER_VERSION.compare(a, b) >= 0 ? a : b);
        }
        // in the order given, which is already the wanted one when it comes from a store (ordered by recorded)
        List<Claim> out = new ArrayList<>(current.size());
        for (Claim c : claims) {
            if (current.get(c.id()) == c && !c.retracted() && placeIds.contains(c.place())) {
                out.add(c);
            }
        }
        if (!sorted(out)) {
            out.sort(ORDER);
        }
        return out;
    }

    private static boolean sorted(List<Claim> claims) {
        for (int i = 1; i < claims.size(); i++) {
            if (ORDER.compare(claims.get(i - 1), claims.get(i)) > 0) {
                return false;
            }
        }
        return true;
    }

    private static void requireComplete(Claim c) {
        Objects.requireNonNull(c, "claim");
        Objects.requireNonNull(c.id(), "claim id");
        String what = "claim " + c.id() + ": ";
        Objects.requireNonNull(c.source(), () -> what + "source");
        Objects.requireNonNull(c.place(), () -> what + "place");
        Objects.requireNonNull(c.actor(), () -> what + "actor");
        Objects.requireNonNull(c.reportedOn(), () -> what + "reportedOn");
    }
}
