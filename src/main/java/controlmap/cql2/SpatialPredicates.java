package controlmap.cql2;

import controlmap.cql2.Cql2Filter.Node;
import controlmap.cql2.Queryables.Type;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/** The spatial functions, with JTS's exact DE-9IM predicates. */
final class SpatialPredicates {

    /** The functions whose truth needs the two geometries' envelopes to intersect (all but s_disjoint). */
    private static final List<String> TOUCHING = List.of("s_intersects", "s_equals", "s_touches", "s_within",
            "s_overlaps", "s_crosses", "s_contains");

    private SpatialPredicates() {
    }

    static Node of(Expr.Spatial s, Queryables q) {
        Value a = Value.of(s.left(), q);
        Value b = Value.of(s.right(), q);
        Cql2Filter.expect(a, Type.GEOMETRY, s.op().toUpperCase(java.util.Locale.ROOT));
        Cql2Filter.expect(b, Type.GEOMETRY, s.op().toUpperCase(java.util.Locale.ROOT));
        String op = s.op();
        return row -> {
            Geometry x = (Geometry) a.of(row);
            Geometry y = (Geometry) b.of(row);
            if (x == null || y == null) {
                return null;
            }
            return switch (op) {
                case "s_intersects" -> x.intersects(y);
                case "s_equals" -> x.equalsTopo(y);
                case "s_disjoint" -> x.disjoint(y);
                case "s_touches" -> x.touches(y);
                case "s_within" -> x.within(y);
                case "s_overlaps" -> x.overlaps(y);
                case "s_crosses" -> x.crosses(y);
                default -> x.contains(y);
            };
        };
    }

    /**
     * The envelope that the feature geometry must intersect for {@code e} to be true: from each spatial predicate of
     * the filter's top-level conjunction that relates the feature geometry with a literal; null when there is none.
     */
    static Envelope requiredBox(Expr e) {
        List<Expr> all = e instanceof Expr.And a ? a.args() : List.of(e);
        Envelope box = null;
        for (Expr x : all) {
            if (x instanceof Expr.Spatial s && TOUCHING.contains(s.op())) {
                Envelope lit = literal(s.left(), s.right());
                if (lit != null) {
                    box = box == null ? lit : box.intersection(lit);
                }
            }
        }
        return box;
    }

    private static Envelope literal(Operand a, Operand b) {
        if (a instanceof Operand.Property p && p.name().equals(Queryables.GEOMETRY) && b instanceof Operand.Shape s) {
            return s.value().getEnvelopeInternal();
        }
        if (b instanceof Operand.Property p && p.name().equals(Queryables.GEOMETRY) && a instanceof Operand.Shape s) {
            return s.value().getEnvelopeInternal();
        }
        return null;
    }
}
