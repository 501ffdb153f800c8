package controlmap.cql2;

import com.fasterxml.jackson.databind.JsonNode;
import controlmap.cql2.Queryables.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * A CQL2 filter checked against a collection's {@link Queryables} and ready to test features. Logic is SQL's three
 * valued one: a comparison with a null property is unknown, {@code NOT} unknown is unknown, and only a feature for
 * which the whole filter is true passes (so {@code valid_to < '2018-01-01'} and {@code NOT valid_to < '2018-01-01'}
 * both leave out a claim without {@code valid_to}).
 *
 * <p>{@link #box()} is what an index can use before the filter runs: the envelope every passing feature's geometry
 * must intersect, from the spatial predicates that the whole filter requires.
 */
public final class Cql2Filter {

    /** One feature as a filter sees it. */
    public interface Row {
        /** The property {@code name}, or null/missing. */
        JsonNode property(String name);

        Geometry geometry();
    }

    /** A compiled predicate: TRUE, FALSE or null (unknown). */
    interface Node {
        Boolean eval(Row row);
    }

    private final Expr expr;
    private final Node root;
    private final Envelope box;

    private Cql2Filter(Expr expr, Node root, Envelope box) {
        this.expr = expr;
        this.root = root;
        this.box = box;
    }

    /**
     * {@code e} checked against {@code q}.
     *
     * @throws Cql2Exception for an unknown property or operands that do not compare
     */
    public static Cql2Filter compile(Expr e, Queryables q) {
        try {
            return new Cql2Filter(e, node(e, q), SpatialPredicates.requiredBox(e));
        } catch (StackOverflowError x) {
            throw new Cql2Exception("the filter is nested too deeply");
        }
    }

    /** True when the filter is true for {@code row} (not false, not unknown). */
    public boolean test(Row row) {
        return Boolean.TRUE.equals(root.eval(row));
    }

    /** The filter as a tree, for an index to plan with (its checks against the queryables passed). */
    public Expr expr() {
        return expr;
    }

    /** The envelope every matching feature's geometry intersects, or null when the filter does not bound it. */
    public Envelope box() {
        return box;
    }

    private static Node node(Expr e, Queryables q) {
        if (e instanceof Expr.And a) {
            return junction(nodes(a.args(), q), false);
        }
        if (e instanceof Expr.Or o) {
            return junction(nodes(o.args(), q), true);
        }
        if (e instanceof Expr.Not n) {
            Node arg = node(n.arg(), q);
            return row -> {
                Boolean v = arg.eval(row);
                return v == null ? null : !v;
            };
        }
        if (e instanceof Expr.Constant c) {
            return row -> c.value();
        }
        if (e instanceof Expr.IsNull n) {
            return isNull(n.value(), q);
        }
        if (e instanceof Expr.Spatial s) {
            return SpatialPredicates.of(s, q);
        }
        if (e instanceof Expr.Temporal t) {
            return TemporalPredicates.of(t, q);
        }
        return ComparisonPredicates.of(e, q);
    }

    /**
     * AND ({@code decisive} false) or OR ({@code decisive} true): {@code decisive} as soon as one argument is, else
     * unknown if one is unknown, else the other value.
     */
    private static Node junction(List<Node> args, boolean decisive) {
        return row -> {
            Boolean out = !decisive;
            for (Node n : args) {
                Boolean v = n.eval(row);
                if (v != null && v == decisive) {
                    return decisive;
                }
                out = v == null ? null : out;
            }
            return out;
        };
    }

    private static List<Node> nodes(List<Expr> es, Queryables q) {
        List<Node> out = new ArrayList<>();
        es.forEach(x -> out.add(node(x, q)));
        return out;
    }

    private static Node isNull(Operand o, Queryables q) {
        if (o instanceof Operand.Interval) {
            return row -> false;
        }
        Value v = Value.of(o, q);
        return row -> v.of(row) == null;
    }

    /**
     * True when {@code text} matches the LIKE {@code pattern}: {@code %} any run of characters, {@code _} one
     * character, {@code \} makes the next character literal. Greedy matching that returns to the last {@code %}:
     * time proportional to the lengths' product at worst, whatever the pattern (no regular expression to blow up).
     */
    static boolean like(String text, String pattern) {
        int t = 0;
        int p = 0;
        int starP = -1;
        int starT = -1;
        while (t < text.length()) {
            if (p < pattern.length() && pattern.charAt(p) == '%') {
                starP = p++;
                starT = t;
            } else if (p < pattern.length() && matchesOne(pattern, p, text.charAt(t))) {
                p += pattern.charAt(p) == '\\' && p + 1 < pattern.length() ? 2 : 1;
                t++;
            } else if (starP >= 0) {
                p = starP + 1;
                t = ++starT;
            } else {
                return false;
            }
        }
        while (p < pattern.length() && pattern.charAt(p) == '%') {
            p++;
        }
        return p == pattern.length();
    }

    private static boolean matchesOne(String pattern, int p, char c) {
        char x = pattern.charAt(p);
        if (x == '\\' && p + 1 < pattern.length()) {
            return pattern.charAt(p + 1) == c;
        }
        return x == '_' || x == c;
    }

    /** Requires {@code v} to be of {@code type}. */
    static void expect(Value v, Type type, String where) {
        if (v.type() != type) {
            throw new Cql2Exception(where + " needs " + type + "; got " + v.words());
        }
    }

    static boolean same(Object a, Object b) {
        return Objects.equals(a, b);
    }
}
