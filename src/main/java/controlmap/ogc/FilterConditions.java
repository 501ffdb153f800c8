package controlmap.ogc;

import controlmap.wire.ClaimFields;
import controlmap.cql2.Expr;
import controlmap.cql2.Operand;
import controlmap.cql2.Queryables;
import controlmap.query.ClaimConditions;
import controlmap.query.ClaimConditions.DateField;
import controlmap.query.ClaimConditions.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * What of a CQL2 filter over the claims collection the claim indexes ({@link controlmap.query.ClaimSearch}) can
 * answer: each part of its top-level {@code AND} that is an
 * equality ({@code =}, {@code IN}) on {@code id}, {@code source}, {@code actor} or {@code place}, a comparison
 * ({@code < <= = >= >}, {@code BETWEEN}) of {@code valid_from}, {@code valid_to} or {@code reported_on} with a date or
 * timestamp, {@code IS [NOT] NULL} on {@code valid_from} or {@code valid_to}, {@code S_INTERSECTS} of the geometry
 * with a rectangle, or {@code TRUE}/{@code FALSE}, becomes a {@link ClaimConditions}; the other parts are left to the
 * filter itself. A date is its first instant (UTC), as the filter reads it, so each comparison with an instant is a
 * range of days.
 */
final class FilterConditions {

    /** The property names of a claim feature that the indexes know, as a filter names them. */
    private static final Map<String, Field> TEXT = Map.of("id", Field.ID, ClaimFields.SOURCE, Field.SOURCE,
            ClaimFields.ACTOR, Field.ACTOR, ClaimFields.PLACE, Field.PLACE);
    private static final Map<String, DateField> DATES = Map.of(ClaimFields.VALID_FROM, DateField.VALID_FROM,
            ClaimFields.VALID_TO, DateField.VALID_TO, ClaimFields.REPORTED_ON, DateField.REPORTED_ON);

    /**
     * The conditions of a filter.
     *
     * @param conditions what every claim passing the filter meets
     * @param complete   true when they are exactly the filter: a claim meeting them passes it
     */
    record Translation(ClaimConditions conditions, boolean complete) {
    }

    private FilterConditions() {
    }

    /** The conditions of {@code filter}, a filter already checked against the claims' queryables. */
    static Translation of(Expr filter) {
        ClaimConditions out = ClaimConditions.ALL;
        boolean complete = true;
        for (Expr part : conjuncts(filter, new ArrayList<>())) {
            ClaimConditions c = part(part);
            if (c == null) {
                complete = false;
            } else {
                out = out.and(c);
            }
        }
        return new Translation(out, complete);
    }

    private static List<Expr> conjuncts(Expr e, List<Expr> out) {
        if (e instanceof Expr.And a) {
            a.args().forEach(x -> conjuncts(x, out));
        } else {
            out.add(e);
        }
        return out;
    }

    /** The conditions {@code e} is exactly, or null when the indexes cannot say. */
    private static ClaimConditions part(Expr e) {
        if (e instanceof Expr.Constant k) {
            return k.value() ? ClaimConditions.ALL : ClaimConditions.NONE;
        }
        if (e instanceof Expr.Compare c) {
            return c.left() instanceof Operand.Property p ? compare(p.name(), c.op(), c.right())
                    : c.right() instanceof Operand.Property p ? compare(p.name(), flipped(c.op()), c.left()) : null;
        }
        if (e instanceof Expr.Between b && b.value() instanceof Operand.Property p) {
            ClaimConditions low = compare(p.name(), ">=", b.low());
            ClaimConditions high = compare(p.name(), "<=", b.high());
            return low == null || high == null || !DATES.containsKey(p.name()) ? null : low.and(high);
        }
        if (e instanceof Expr.In in && in.value() instanceof Operand.Property p && TEXT.containsKey(p.name())) {
            List<String> values = new ArrayList<>();
            for (Operand o : in.list()) {
                if (!(o instanceof Operand.Text t)) {
                    return null;
                }
                values.add(t.value());
            }
            return ClaimConditions.ALL.oneOf(TEXT.get(p.name()), values);
        }
        if (e instanceof Expr.IsNull n) {
            return nullDate(n.value(), true);
        }
        if (e instanceof Expr.Not n && n.arg() instanceof Expr.IsNull x) {
            return nullDate(x.value(), false);
        }
        if (e instanceof Expr.Spatial s && s.op().equals("s_intersects")) {
            Geometry box = rectangleAgainstGeometry(s.left(), s.right());
            return box == null ? null : ClaimConditions.ALL.intersecting(List.of(box.getEnvelopeInternal()));
        }
        return null;
    }

    private static ClaimConditions nullDate(Operand o, boolean isNull) {
        if (!(o instanceof Operand.Property p) || !DATES.containsKey(p.name())) {
            return null;
        }
        DateField f = DATES.get(p.name());
        return isNull ? ClaimConditions.ALL.isNull(f) : ClaimConditions.ALL.between(f, null, null);
    }

    private static Geometry rectangleAgainstGeometry(Operand a, Operand b) {
        Operand other = a instanceof Operand.Property p && p.name().equals(Queryables.GEOMETRY) ? b
                : b instanceof Operand.Property p && p.name().equals(Queryables.GEOMETRY) ? a : null;
        return other instanceof Operand.Shape s && s.value().isRectangle() ? s.value() : null;
    }

    private static String flipped(String op) {
        return switch (op) {
            case "<" -> ">";
            case ">" -> "<";
            case "<=" -> ">=";
            case ">=" -> "<=";
            default -> op;
        };
    }

    /** {@code property op literal} as conditions, or null. */
    private static ClaimConditions compare(String property, String op, Operand literal) {
        if (TEXT.containsKey(property)) {
            return op.equals("=") && literal instanceof Operand.Text t
                    ? ClaimConditions.ALL.equalTo(TEXT.get(property), t.value()) : null;
        }
        DateField field = DATES.get(property);
        Instant t = instant(literal);
        if (field == null || t == null) {
            return null;
        }
        LocalDate day = LocalDate.ofInstant(t, ZoneOffset.UTC);
        boolean startOfDay = day.atStartOfDay(ZoneOffset.UTC).toInstant().equals(t);
        LocalDate before = startOfDay ? day.minusDays(1) : day;
        LocalDate after = startOfDay ? day : day.plusDays(1);
        ClaimConditions all = ClaimConditions.ALL;
        return switch (op) {
            case "<" -> all.between(field, null, before);
            case "<=" -> all.between(field, null, day);
            case ">" -> all.between(field, day.plusDays(1), null);
            case ">=" -> all.between(field, after, null);
            case "=" -> startOfDay ? all.between(field, day, day) : ClaimConditions.NONE;
            default -> null;
        };
    }

    /** The instant a date or timestamp literal stands for (a text read as the filter reads it), or null. */
    private static Instant instant(Operand o) {
        if (o instanceof Operand.Day d) {
            return d.value().atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        if (o instanceof Operand.Timestamp t) {
            return t.value();
        }
        if (o instanceof Operand.Text s) {
            try {
                return s.value().length() == 10 ? LocalDate.parse(s.value()).atStartOfDay(ZoneOffset.UTC).toInstant()
                        : OffsetDateTime.parse(s.value()).toInstant();
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return null;
    }
}
