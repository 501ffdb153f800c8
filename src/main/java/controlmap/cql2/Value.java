package controlmap.cql2;

import com.fasterxml.jackson.databind.JsonNode;
import controlmap.cql2.Queryables.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

/**
 * An operand bound to its type: how to read it from a feature ({@code get} gives null for a null or missing value),
 * and how to name it in an error. Dates and timestamps are read as {@link Instant}s (a day as its first instant, UTC),
 * numbers as {@link Double}, strings as {@link String}, booleans as {@link Boolean}, geometries as JTS geometries.
 */
record Value(Type type, Function<Cql2Filter.Row, Object> get, String words, boolean literal) {

    Object of(Cql2Filter.Row row) {
        return get.apply(row);
    }

    /** {@code o} checked against {@code q}: a property's type comes from the queryables, a literal's from its form. */
    static Value of(Operand o, Queryables q) {
        if (o instanceof Operand.Property p) {
            return property(p.name(), q.type(p.name()));
        }
        if (o instanceof Operand.Text t) {
            return constant(Type.STRING, t.value(), "'" + t.value() + "'");
        }
        if (o instanceof Operand.Number n) {
            return constant(Type.NUMBER, n.value(), Double.toString(n.value()));
        }
        if (o instanceof Operand.Bool b) {
            return constant(Type.BOOLEAN, b.value(), Boolean.toString(b.value()).toUpperCase(java.util.Locale.ROOT));
        }
        if (o instanceof Operand.Day d) {
            return constant(Type.DATE, Instants.start(d.value()), "DATE('" + d.value() + "')");
        }
        if (o instanceof Operand.Timestamp t) {
            return constant(Type.TIMESTAMP, t.value(), "TIMESTAMP('" + t.value() + "')");
        }
        if (o instanceof Operand.Shape s) {
            return constant(Type.GEOMETRY, s.value(), "a geometry literal");
        }
        throw new Cql2Exception("an INTERVAL can only be an argument of a temporal function (T_INTERSECTS, …) or "
                + "of IS NULL");
    }

    private static Value constant(Type type, Object value, String words) {
        return new Value(type, row -> value, words + " (" + type + ")", true);
    }

    private static Value property(String name, Type type) {
        Function<Cql2Filter.Row, Object> get = type == Type.GEOMETRY ? Cql2Filter.Row::geometry
                : row -> read(row.property(name), type);
        return new Value(type, get, "property '" + name + "' (" + type + ")", false);
    }

    private static Object read(JsonNode v, Type type) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return null;
        }
        return switch (type) {
            case STRING -> v.isValueNode() ? v.asText() : null;
            case NUMBER -> v.isNumber() ? v.doubleValue() : null;
            case BOOLEAN -> v.isBoolean() ? v.booleanValue() : null;
            case DATE -> v.isTextual() ? day(v.asText()) : null;
            case TIMESTAMP -> v.isTextual() ? timestamp(v.asText()) : null;
            default -> null;
        };
    }

    private static Instant day(String s) {
        try {
            return Instants.start(LocalDate.parse(s));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Instant timestamp(String s) {
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * This value as {@code want}: itself when it already is (dates and timestamps compare with each other), a string
     * literal read as a date or timestamp when {@code want} is one (so {@code valid_from >= '2017-12-08'} compares
     * days).
     *
     * @throws Cql2Exception when the types do not compare, saying which operands and types
     */
    Value as(Value other) {
        Type want = other.type;
        if (type == want || (type.temporal() && want.temporal())) {
            return this;
        }
        if (literal && type == Type.STRING && want.temporal()) {
            Operand parsed;
            try {
                parsed = Instants.bound((String) get.apply(null), words);
            } catch (Cql2Exception e) {
                parsed = Operand.OPEN;
            }
            if (parsed == Operand.OPEN) {
                throw new Cql2Exception(words + " is not a day (YYYY-MM-DD) or a timestamp to compare with "
                        + other.words);
            }
            return of(parsed, null);
        }
        throw new Cql2Exception("cannot compare " + words + " with " + other.words);
    }
}
