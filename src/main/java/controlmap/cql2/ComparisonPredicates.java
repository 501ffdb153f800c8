package controlmap.cql2;

import controlmap.cql2.Cql2Filter.Node;
import controlmap.cql2.Queryables.Type;
import java.util.ArrayList;
import java.util.List;

/** Binary comparisons, LIKE, BETWEEN and IN. */
final class ComparisonPredicates {

    private ComparisonPredicates() {
    }

    static Node of(Expr e, Queryables q) {
        if (e instanceof Expr.Compare c) {
            return compare(c, q);
        }
        if (e instanceof Expr.Like l) {
            return like(l, q);
        }
        if (e instanceof Expr.Between b) {
            Value v = Value.of(b.value(), q);
            Value low = Value.of(b.low(), q).as(v);
            Value high = Value.of(b.high(), q).as(v);
            orderable(v, "BETWEEN");
            return row -> {
                Integer a = order(v.of(row), low.of(row));
                Integer z = order(v.of(row), high.of(row));
                return a == null || z == null ? null : a >= 0 && z <= 0;
            };
        }
        Expr.In in = (Expr.In) e;
        Value v = Value.of(in.value(), q);
        List<Value> list = new ArrayList<>();
        in.list().forEach(o -> list.add(Value.of(o, q).as(v)));
        return row -> {
            Object x = v.of(row);
            if (x == null) {
                return null;
            }
            for (Value w : list) {
                if (Cql2Filter.same(x, w.of(row))) {
                    return true;
                }
            }
            return false;
        };
    }

    private static Node compare(Expr.Compare c, Queryables q) {
        Value left = Value.of(c.left(), q);
        Value right = Value.of(c.right(), q);
        if (left.literal() && !right.literal()) {
            left = left.as(right);
        } else {
            right = right.as(left);
        }
        Value l = left;
        Value r = right;
        if (!c.op().equals("=") && !c.op().equals("<>")) {
            orderable(l, c.op());
        } else if (l.type() == Type.GEOMETRY) {
            throw new Cql2Exception("'" + c.op() + "' does not compare geometries; use S_EQUALS");
        }
        String op = c.op();
        return row -> {
            Integer o = order(l.of(row), r.of(row));
            if (o == null) {
                return null;
            }
            return switch (op) {
                case "=" -> o == 0;
                case "<>" -> o != 0;
                case "<" -> o < 0;
                case ">" -> o > 0;
                case "<=" -> o <= 0;
                default -> o >= 0;
            };
        };
    }

    private static Node like(Expr.Like l, Queryables q) {
        Value v = Value.of(l.value(), q);
        Value p = Value.of(l.pattern(), q);
        Cql2Filter.expect(v, Type.STRING, "LIKE");
        Cql2Filter.expect(p, Type.STRING, "the pattern of LIKE");
        return row -> {
            Object s = v.of(row);
            Object pattern = p.of(row);
            return s == null || pattern == null ? null : Cql2Filter.like((String) s, (String) pattern);
        };
    }

    private static void orderable(Value v, String op) {
        if (v.type() == Type.BOOLEAN || v.type() == Type.GEOMETRY) {
            throw new Cql2Exception("'" + op + "' does not order " + v.words());
        }
    }

    /** a compared with b, or null when either is null (unknown). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Integer order(Object a, Object b) {
        if (a == null || b == null) {
            return null;
        }
        return ((Comparable) a).compareTo(b);
    }
}
