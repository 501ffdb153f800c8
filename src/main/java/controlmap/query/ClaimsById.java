package controlmap.query;

import controlmap.domain.Claim;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** The claims taking part in answers, sorted by id: which version of a claim the index holds, in one array. */
final class ClaimsById {

    private static final Comparator<Claim> BY_ID = Comparator.comparing(Claim::id);

    private final Claim[] claims;

    private ClaimsById(Claim[] sorted) {
        this.claims = sorted;
    }

    static ClaimsById of(Collection<Claim> claims) {
        Claim[] a = claims.toArray(new Claim[0]);
        Arrays.sort(a, BY_ID);
        return new ClaimsById(a);
    }

    /** The claim {@code id}, or null. */
    Claim get(String id) {
        int lo = 0;
        int hi = claims.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = claims[mid].id().compareTo(id);
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                return claims[mid];
            }
        }
        return null;
    }

    /** These claims without the ids in {@code dropped}, with {@code added} (whose ids are not kept): one merge. */
    ClaimsById updated(Set<String> dropped, Collection<Claim> added) {
        List<Claim> in = new ArrayList<>(added);
        in.sort(BY_ID);
        Claim[] out = new Claim[claims.length + in.size()];
        int n = 0;
        int j = 0;
        for (Claim c : claims) {
            if (dropped.contains(c.id())) {
                continue;
            }
            while (j < in.size() && BY_ID.compare(in.get(j), c) < 0) {
                out[n++] = in.get(j++);
            }
            out[n++] = c;
        }
        while (j < in.size()) {
            out[n++] = in.get(j++);
        }
        return new ClaimsById(Arrays.copyOf(out, n));
    }
}
