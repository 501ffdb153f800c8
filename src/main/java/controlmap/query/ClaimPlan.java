package controlmap.query;

import controlmap.domain.Bbox;
import controlmap.domain.Claim;
import controlmap.query.ClaimConditions.DateField;
import controlmap.query.ClaimConditions.Field;
import controlmap.query.ClaimConditions.Spatial;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * How one request is answered from {@link ClaimSearch}'s indexes: each condition becomes a candidate set (a posting
 * list, a range of a sorted date index, the claims of the places a box reaches) with a test; the smallest set drives,
 * and every other condition is tested on its candidates only.
 */
final class ClaimPlan {

    /** A range larger than this share of the claims is read in claim order rather than sorted into it. */
    private static final int SORT_SHARE = 16;

    /** One condition: its candidates and the exact test. */
    private abstract static class Condition {
        /** How many candidates it has. */
        abstract int size();

        /** Its candidates; ascending when {@link #ordered()}. */
        abstract int[] candidates();

        abstract boolean ordered();

        /** True when the candidates are exactly the claims that pass (no test needed on them). */
        abstract boolean exact();

        /** True when claim number {@code n} meets the condition. */
        abstract boolean test(int n);
    }

    private final ClaimSearch search;
    private final List<Condition> conditions = new ArrayList<>();
    private final Map<DateField, int[]> ranges;
    private Condition driver;

    ClaimPlan(ClaimSearch search, ClaimConditions c) {
        this.search = search;
        this.ranges = c.ranges();
        c.oneOf().forEach((field, values) -> conditions.add(oneOf(field, values)));
        c.ranges().forEach((field, keys) -> conditions.add(range(field, keys[0], keys[1])));
        c.spatial().forEach(s -> conditions.add(spatial(s)));
        for (Condition x : conditions) {
            driver = driver == null || x.size() < driver.size() ? x : driver;
        }
    }

    ClaimSearch.Result run(Predicate<Claim> residual, int offset, int limit, int countLimit) {
        int n = search.size();
        int[] order = null;
        boolean skipDriver = false;
        if (driver != null && (driver.ordered() || (long) driver.size() * SORT_SHARE <= n)) {
            order = driver.candidates();
            if (!driver.ordered()) {
                order = order.clone();
                Arrays.sort(order);
            }
            skipDriver = driver.exact();
        }
        int total = order == null ? n : order.length;
        if (residual == null && conditions.size() <= (skipDriver ? 1 : 0)) {
            return slice(order, total, offset, limit);
        }
        List<Claim> page = new ArrayList<>();
        long matched = 0;
        long evaluated = 0;
        int k = 0;
        boolean more = false;
        for (; k < total; k++) {
            int at = order == null ? k : order[k];
            if (!passes(at, skipDriver ? driver : null)) {
                continue;
            }
            Claim c = search.claims().get(at);
            if (residual != null) {
                evaluated++;
                if (!residual.test(c)) {
                    continue;
                }
            }
            if (matched >= offset && matched < (long) offset + limit) {
                page.add(c);
            }
            matched++;
            if (matched > (long) offset + limit) {
                more = true;
                k++;
                break;
            }
        }
        if (!more) {
            return new ClaimSearch.Result(page, matched, false);
        }
        if (residual == null) {
            return new ClaimSearch.Result(page, count(), true);
        }
        for (; k < total && evaluated < (long) countLimit + offset + limit; k++) {
            int at = order == null ? k : order[k];
            if (passes(at, skipDriver ? driver : null)) {
                evaluated++;
                matched += residual.test(search.claims().get(at)) ? 1 : 0;
            }
        }
        return new ClaimSearch.Result(page, k < total ? null : matched, true);
    }

    /** The page straight from the driver's candidates (or all claims), when they are exactly the matches. */
    private ClaimSearch.Result slice(int[] order, int total, int offset, int limit) {
        int from = Math.min(offset, total);
        int to = (int) Math.min((long) from + limit, total);
        List<Claim> page = new ArrayList<>(to - from);
        for (int k = from; k < to; k++) {
            page.add(search.claims().get(order == null ? k : order[k]));
        }
        return new ClaimSearch.Result(page, (long) total, to < total);
    }

    private boolean passes(int n, Condition skip) {
        for (Condition x : conditions) {
            if (x != skip && !x.test(n)) {
                return false;
            }
        }
        return true;
    }

    /** How many claims meet every condition: from the date indexes when they answer it alone, else by testing. */
    private long count() {
        if (conditions.size() == 1 && driver.exact()) {
            return driver.size();
        }
        Long inForce = inForceCount();
        if (inForce != null) {
            return inForce;
        }
        long n = 0;
        Condition skip = driver.exact() ? driver : null;
        for (int at : driver.candidates()) {
            n += passes(at, skip) ? 1 : 0;
        }
        return n;
    }

    /**
     * With only the two conditions of {@code datetime} ({@code valid_from <= F}, unstated included, and
     * {@code valid_to >= T}, open included, T at most F + 2) and validities that end after they start, the claims
     * with {@code valid_to < T} all have {@code valid_from <= F}, so the count is the difference of two ranges.
     */
    private Long inForceCount() {
        int[] from = ranges.get(DateField.VALID_FROM);
        int[] to = ranges.get(DateField.VALID_TO);
        if (conditions.size() != 2 || from == null || to == null || !search.validityOrdered()
                || from[0] != ClaimConditions.UNSTATED || to[1] != ClaimConditions.OPEN
                || (long) to[0] > (long) from[1] + 2) {
            return null;
        }
        long startedBy = search.firstAtLeast(DateField.VALID_FROM, (long) from[1] + 1);
        long endedBefore = search.firstAtLeast(DateField.VALID_TO, to[0]);
        return startedBy - endedBefore;
    }

    private Condition oneOf(Field field, Set<String> values) {
        int[][] parts = values.stream().map(v -> search.list(field, v)).toArray(int[][]::new);
        int size = Arrays.stream(parts).mapToInt(a -> a.length).sum();
        IntPredicate coded = search.codeTest(field, values);
        return new Condition() {
            @Override
            int size() {
                return size;
            }

            @Override
            int[] candidates() {
                if (parts.length == 1) {
                    return parts[0];
                }
                int[] all = new int[size];
                int at = 0;
                for (int[] p : parts) {
                    System.arraycopy(p, 0, all, at, p.length);
                    at += p.length;
                }
                Arrays.sort(all);
                return all;
            }

            @Override
            boolean ordered() {
                return true;
            }

            @Override
            boolean exact() {
                return true;
            }

            @Override
            boolean test(int n) {
                if (coded != null) {
                    return coded.test(n);
                }
                Claim c = search.claims().get(n);
                return values.contains(switch (field) {
                    case ID -> c.id();
                    case SOURCE -> c.source();
                    case ACTOR -> c.actor();
                    case PLACE -> c.place();
                });
            }
        };
    }

    private Condition range(DateField field, int lo, int hi) {
        int first = search.firstAtLeast(field, lo);
        int end = search.firstAtLeast(field, (long) hi + 1);
        return new Condition() {
            @Override
            int size() {
                return end - first;
            }

            @Override
            int[] candidates() {
                return Arrays.copyOfRange(search.byDate(field), first, end);
            }

            @Override
            boolean ordered() {
                return false;
            }

            @Override
            boolean exact() {
                return true;
            }

            @Override
            boolean test(int n) {
                int k = search.key(n, field);
                return k >= lo && k <= hi;
            }
        };
    }

    private Condition spatial(Spatial s) {
        int[] near = search.near(s.boxes());
        List<Envelope> boxes = s.boxes();
        List<ViewBox> views = boxes.stream().map(e -> new ViewBox(Bbox.of(e))).toList();
        return new Condition() {
            @Override
            int size() {
                return near.length;
            }

            @Override
            int[] candidates() {
                return near;
            }

            @Override
            boolean ordered() {
                return true;
            }

            @Override
            boolean exact() {
                return false;
            }

            @Override
            boolean test(int n) {
                Geometry g = search.geometry(search.claims().get(n));
                if (g == null) {
                    return false;
                }
                for (int i = 0; i < views.size(); i++) {
                    if (s.exact() ? views.get(i).shows(g) : touches(boxes.get(i), g)) {
                        return true;
                    }
                }
                return false;
            }
        };
    }

    private static boolean touches(Envelope box, Geometry g) {
        return box.intersects(g.getEnvelopeInternal());
    }
}
