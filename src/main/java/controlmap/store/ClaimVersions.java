package controlmap.store;

import controlmap.domain.Claim;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Claim versions to restore ({@link ClaimStore#restoreClaims}), checked and grouped by claim. */
public final class ClaimVersions {

    private final Map<String, List<Claim>> byId;
    private final long minRecorded;
    private final long maxRecorded;

    private ClaimVersions(Map<String, List<Claim>> byId, long minRecorded, long maxRecorded) {
        this.byId = byId;
        this.minRecorded = minRecorded;
        this.maxRecorded = maxRecorded;
    }

    /**
     * Groups {@code versions} by claim id, each claim's versions in version order, in stored form
     * ({@link StoredForm#claim}).
     *
     * @throws StoreException when an id is missing, or a claim's versions are not exactly 1, 2, 3, …, or two
     *                        versions share a {@code recorded} number
     */
    public static ClaimVersions of(List<Claim> versions) {
        Map<String, List<Claim>> byId = new LinkedHashMap<>();
        java.util.Set<Long> recorded = new java.util.HashSet<>();
        long min = Long.MAX_VALUE;
        long max = 0;
        for (Claim v : versions) {
            if (v.id() == null) {
                throw new StoreException("a claim version has no id; nothing was stored");
            }
            if (!recorded.add(v.recorded())) {
                throw new StoreException("two versions share recorded number " + v.recorded() + "; nothing was stored");
            }
            min = Math.min(min, v.recorded());
            max = Math.max(max, v.recorded());
            byId.computeIfAbsent(v.id(), id -> new ArrayList<>()).add(StoredForm.claim(v, v.id(), v.retraction()));
        }
        for (Map.Entry<String, List<Claim>> e : byId.entrySet()) {
            List<Claim> list = e.getValue();
            list.sort(Comparator.comparingInt(Claim::version));
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i).version() != i + 1) {
                    throw new StoreException("claim " + e.getKey() + " has versions "
                            + list.stream().map(Claim::version).toList() + ", not 1, 2, 3, …; nothing was stored");
                }
            }
        }
        return new ClaimVersions(byId, versions.isEmpty() ? 0 : min, max);
    }

    /** Each claim's versions, oldest first. */
    public Map<String, List<Claim>> byId() {
        return byId;
    }

    /** Every version, claim by claim, oldest first within a claim. */
    public List<Claim> all() {
        return byId.values().stream().flatMap(List::stream).toList();
    }

    /** The current (highest) version of each claim. */
    public List<Claim> current() {
        return byId.values().stream().map(l -> l.get(l.size() - 1)).toList();
    }

    /**
     * Checks the numbers against the last {@code recorded} number the store handed out.
     *
     * @throws StoreException when some version's number is not above it
     */
    public void requireAbove(long lastHandedOut) {
        if (!byId.isEmpty() && minRecorded <= lastHandedOut) {
            throw new StoreException("restored recorded numbers must be above " + lastHandedOut
                    + ", the last this store handed out; got " + minRecorded + "; copy into an empty store");
        }
    }

    /** The highest {@code recorded} number among the versions, 0 when none. */
    public long maxRecorded() {
        return maxRecorded;
    }
}
