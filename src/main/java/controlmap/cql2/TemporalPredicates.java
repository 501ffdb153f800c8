package controlmap.cql2;

import controlmap.cql2.Cql2Filter.Node;
import java.time.Instant;
import java.util.function.Function;

/**
 * The temporal functions over closed intervals, an instant being an interval of one instant. A day is its first
 * instant (UTC). An end of {@code INTERVAL} that is a null property is open: {@code INTERVAL(valid_from, valid_to)}
 * of a claim without {@code valid_to} runs on without end, and one without {@code valid_from} (a start the source
 * did not give) from the start of time.
 */
final class TemporalPredicates {

    private TemporalPredicates() {
    }

    static Node of(Expr.Temporal t, Queryables q) {
        Function<Cql2Filter.Row, Instant[]> a = interval(t.left(), q, t.op());
        Function<Cql2Filter.Row, Instant[]> b = interval(t.right(), q, t.op());
        String op = t.op();
        return row -> {
            Instant[] x = a.apply(row);
            Instant[] y = b.apply(row);
            return x == null || y == null ? null : relate(op, x[0], x[1], y[0], y[1]);
        };
    }

    /** Allen's relations as the standard defines its functions. */
    static boolean relate(String op, Instant as, Instant ae, Instant bs, Instant be) {
        return switch (op) {
            case "t_after" -> as.isAfter(be);
            case "t_before" -> ae.isBefore(bs);
            case "t_contains" -> as.isBefore(bs) && ae.isAfter(be);
            case "t_disjoint" -> !(!as.isAfter(be) && !ae.isBefore(bs));
            case "t_during" -> as.isAfter(bs) && ae.isBefore(be);
            case "t_equals" -> as.equals(bs) && ae.equals(be);
            case "t_finishedby" -> as.isBefore(bs) && ae.equals(be);
            case "t_finishes" -> as.isAfter(bs) && ae.equals(be);
            case "t_intersects" -> !as.isAfter(be) && !ae.isBefore(bs);
            case "t_meets" -> ae.equals(bs);
            case "t_metby" -> as.equals(be);
            case "t_overlappedby" -> as.isAfter(bs) && as.isBefore(be) && ae.isAfter(be);
            case "t_overlaps" -> as.isBefore(bs) && ae.isAfter(bs) && ae.isBefore(be);
            case "t_startedby" -> as.equals(bs) && ae.isAfter(be);
            default -> as.equals(bs) && ae.isBefore(be);
        };
    }

    private static Function<Cql2Filter.Row, Instant[]> interval(Operand o, Queryables q, String op) {
        if (o instanceof Operand.Interval i) {
            Function<Cql2Filter.Row, Instant> start = bound(i.start(), q, Instant.MIN, op);
            Function<Cql2Filter.Row, Instant> end = bound(i.end(), q, Instant.MAX, op);
            return row -> new Instant[] {start.apply(row), end.apply(row)};
        }
        Value v = temporal(Value.of(o, q), op);
        return row -> {
            Instant t = (Instant) v.of(row);
            return t == null ? null : new Instant[] {t, t};
        };
    }

    private static Function<Cql2Filter.Row, Instant> bound(Operand o, Queryables q, Instant open, String op) {
        if (o == Operand.OPEN) {
            return row -> open;
        }
        Value v = temporal(Value.of(o, q), op);
        return row -> {
            Instant t = (Instant) v.of(row);
            return t == null ? open : t;
        };
    }

    private static Value temporal(Value v, String op) {
        if (!v.type().temporal()) {
            throw new Cql2Exception(op.toUpperCase(java.util.Locale.ROOT) + " needs dates, timestamps or intervals; got "
                    + v.words());
        }
        return v;
    }
}
