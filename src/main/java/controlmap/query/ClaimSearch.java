package controlmap.query;

import controlmap.domain.Claim;
import controlmap.domain.Place;
import controlmap.query.ClaimConditions.DateField;
import controlmap.query.ClaimConditions.Field;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Lists the claims of one {@link ClaimIndex} page by page, in its order ({@code recorded}, then id), from secondary
 * indexes instead of a scan: the position of each claim in that order is its number, and the indexes are int arrays
 * of numbers: a posting list per source, actor and place (ascending), the numbers sorted by {@code valid_from},
 * {@code valid_to} and {@code reported_on}, and the spatial index of places. About 24 bytes per claim.
 *
 * <p>A request is planned as a database would: of the conditions, the one with the fewest candidates drives
 * ({@link ClaimPlan}); the others, and then the caller's residual check, are tested on those candidates only. The page
 * costs the candidates up to it; the count comes from the index (a list's length, a range's width, the in-force
 * count as two ranges' difference) or from testing the driver's candidates, and with a residual check from running
 * it on at most {@code countLimit} candidates (beyond that the count is left unknown).
 */
public final class ClaimSearch {

    static final Comparator<Claim> ORDER = Comparator.comparingLong(Claim::recorded).thenComparing(Claim::id);

    private final List<Claim> claims;
    private final Function<String, Place> places;
    private final PlaceTree tree;
    private final ClaimsById byId;
    private final Map<Field, Map<String, int[]>> lists = new HashMap<>();
    private final int[][] byDate = new int[DateField.values().length][];
    /** Per date field, each claim's key, by number: the tests of a plan read these arrays, not the claims. */
    private final int[][] keys = new int[DateField.values().length][];
    private final Codes sources;
    private final Codes actors;
    private final boolean validityOrdered;

    /**
     * One page of the matching claims and how many match.
     *
     * @param page    the claims of the page, in order
     * @param matched how many claims match in all; null when counting them would take more than the count limit
     * @param more    true when a matching claim follows the page
     */
    public record Result(List<Claim> page, Long matched, boolean more) {
    }

    ClaimSearch(List<Claim> claims, Function<String, Place> places, PlaceTree tree, ClaimsById byId) {
        this.claims = claims;
        this.places = places;
        this.tree = tree;
        this.byId = byId;
        Map<String, Ints> source = new HashMap<>();
        Map<String, Ints> actor = new HashMap<>();
        Map<String, Ints> place = new HashMap<>();
        for (DateField f : DateField.values()) {
            keys[f.ordinal()] = new int[claims.size()];
        }
        boolean ordered = true;
        for (int i = 0; i < claims.size(); i++) {
            Claim c = claims.get(i);
            source.computeIfAbsent(c.source(), k -> new Ints()).add(i);
            actor.computeIfAbsent(c.actor(), k -> new Ints()).add(i);
            place.computeIfAbsent(c.place(), k -> new Ints()).add(i);
            for (DateField f : DateField.values()) {
                keys[f.ordinal()][i] = key(c, f);
            }
            ordered &= c.validFrom() == null || c.validTo() == null || c.validFrom().isBefore(c.validTo());
        }
        lists.put(Field.SOURCE, Ints.trimmed(source));
        lists.put(Field.ACTOR, Ints.trimmed(actor));
        lists.put(Field.PLACE, Ints.trimmed(place));
        this.sources = Codes.of(lists.get(Field.SOURCE), claims.size());
        this.actors = Codes.of(lists.get(Field.ACTOR), claims.size());
        for (DateField f : DateField.values()) {
            byDate[f.ordinal()] = sortedBy(keys[f.ordinal()]);
        }
        this.validityOrdered = ordered;
    }

    private static int[] sortedBy(int[] key) {
        long[] packed = new long[key.length];
        for (int i = 0; i < packed.length; i++) {
            packed[i] = ((long) key[i] << 32) | i;
        }
        Arrays.sort(packed);
        int[] out = new int[packed.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (int) packed[i];
        }
        return out;
    }

    /**
     * The page {@code offset}, {@code limit} of the claims that meet {@code conditions} and {@code residual}, in the
     * index's order, and how many match.
     *
     * @param residual   a further check (such as a CQL2 filter the conditions stand for only in part), or null; run
     *                   on the candidates that meet the conditions only
     * @param countLimit how many candidates the residual check may run on beyond the page to count the matches
     */
    public Result find(ClaimConditions conditions, Predicate<Claim> residual, int offset, int limit, int countLimit) {
        if (conditions.none() || claims.isEmpty()) {
            return new Result(List.of(), 0L, false);
        }
        ClaimPlan plan = new ClaimPlan(this, conditions);
        return plan.run(residual, offset, limit, countLimit);
    }

    /** The claim {@code id}, or null. */
    Claim claim(String id) {
        return byId.get(id);
    }

    List<Claim> claims() {
        return claims;
    }

    int size() {
        return claims.size();
    }

    /** The posting list of {@code value} in {@code field}: ascending numbers; empty for a value no claim has. */
    int[] list(Field field, String value) {
        if (field == Field.ID) {
            Claim c = byId.get(value);
            int at = c == null ? -1 : java.util.Collections.binarySearch(claims, c, ORDER);
            return at < 0 ? new int[0] : new int[] {at};
        }
        return lists.get(field).getOrDefault(value, new int[0]);
    }

    /** The numbers of the claims, sorted by {@code field}. */
    int[] byDate(DateField field) {
        return byDate[field.ordinal()];
    }

    /** The key of claim number {@code n} in {@code field}. */
    int key(int n, DateField field) {
        return keys[field.ordinal()][n];
    }

    /**
     * A test of "{@code field} is one of {@code values}" on claim numbers that reads a small array of codes, or null
     * when the field has no codes (id, place, or more than 65,536 distinct values).
     */
    java.util.function.IntPredicate codeTest(Field field, Set<String> values) {
        Codes codes = field == Field.SOURCE ? sources : field == Field.ACTOR ? actors : null;
        return codes == null ? null : codes.test(values);
    }

    /** True when every claim with both a valid_from and a valid_to ends after it starts. */
    boolean validityOrdered() {
        return validityOrdered;
    }

    /** In {@link #byDate}: the first index whose key is at least {@code key}. */
    int firstAtLeast(DateField field, long key) {
        int[] sorted = byDate(field);
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (keys[field.ordinal()][sorted[mid]] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The numbers of the claims about the places whose reach intersects one of {@code boxes}, ascending. */
    int[] near(List<org.locationtech.jts.geom.Envelope> boxes) {
        Set<String> seen = new java.util.HashSet<>();
        Ints out = new Ints();
        for (var box : boxes) {
            for (PlaceClaims p : tree.candidates(box)) {
                if (seen.add(p.placeId())) {
                    for (int n : list(Field.PLACE, p.placeId())) {
                        out.add(n);
                    }
                }
            }
        }
        int[] a = out.toArray();
        Arrays.sort(a);
        return a;
    }

    /** The geometry a claim stands for: its own shape, or else its place's; null when neither is known. */
    org.locationtech.jts.geom.Geometry geometry(Claim c) {
        if (c.geometry() != null) {
            return c.geometry();
        }
        Place p = places.apply(c.place());
        return p == null ? null : p.geometry();
    }

    /** The sort key of {@code c} in {@code field}: its epoch day, or {@link ClaimConditions#UNSTATED}/{@code OPEN}. */
    static int key(Claim c, DateField field) {
        return switch (field) {
            case VALID_FROM -> c.validFrom() == null ? ClaimConditions.UNSTATED : (int) c.validFrom().toEpochDay();
            case VALID_TO -> c.validTo() == null ? ClaimConditions.OPEN : (int) c.validTo().toEpochDay();
            case REPORTED_ON -> (int) c.reportedOn().toEpochDay();
        };
    }

    /** A text field as one small code per claim, so a test on it does not read the claim. */
    private record Codes(char[] code, Map<String, Integer> byValue) {

        static Codes of(Map<String, int[]> lists, int size) {
            if (lists.size() > Character.MAX_VALUE + 1) {
                return null;
            }
            char[] code = new char[size];
            Map<String, Integer> byValue = new HashMap<>();
            for (var e : lists.entrySet()) {
                char c = (char) byValue.size();
                byValue.put(e.getKey(), byValue.size());
                for (int n : e.getValue()) {
                    code[n] = c;
                }
            }
            return new Codes(code, byValue);
        }

        java.util.function.IntPredicate test(Set<String> values) {
            boolean[] wanted = new boolean[byValue.size()];
            values.forEach(v -> {
                Integer c = byValue.get(v);
                if (c != null) {
                    wanted[c] = true;
                }
            });
            return n -> wanted[code[n]];
        }
    }

    /** A growable array of ints. */
    static final class Ints {
        private int[] a = new int[4];
        private int n;

        void add(int v) {
            if (n == a.length) {
                a = Arrays.copyOf(a, n * 2);
            }
            a[n++] = v;
        }

        int[] toArray() {
            return Arrays.copyOf(a, n);
        }

        static Map<String, int[]> trimmed(Map<String, Ints> in) {
            Map<String, int[]> out = new HashMap<>(in.size() * 4 / 3 + 1);
            in.forEach((k, v) -> out.put(k, v.toArray()));
            return out;
        }
    }
}
