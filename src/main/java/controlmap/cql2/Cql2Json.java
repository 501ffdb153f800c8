package controlmap.cql2;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;

/**
 * Reads the CQL2 JSON encoding (a Jackson tree) into the same {@link Expr} as {@link Cql2Text}. An error names the
 * JSON Pointer of the member that is wrong ({@code /args/1}).
 */
public final class Cql2Json {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Cql2Json() {
    }

    /** @throws Cql2Exception when {@code text} is not JSON or not a CQL2 JSON filter */
    public static Expr parse(String text) {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw new Cql2Exception("not JSON at line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ": "
                    + e.getOriginalMessage());
        }
        if (tree == null) {
            throw new Cql2Exception("the filter is empty");
        }
        return expr(tree, "");
    }

    private static Expr expr(JsonNode n, String at) {
        if (n.isBoolean()) {
            return new Expr.Constant(n.booleanValue());
        }
        String op = n.path("op").asText(null);
        JsonNode args = n.path("args");
        if (op == null || !args.isArray()) {
            throw error(at, "a predicate is an object with \"op\" and \"args\" (an array)");
        }
        String o = op.toLowerCase(Locale.ROOT);
        String a = at + "/args";
        switch (o) {
            case "and", "or" -> {
                List<Expr> es = new ArrayList<>();
                for (int i = 0; i < args.size(); i++) {
                    es.add(expr(args.get(i), a + "/" + i));
                }
                if (es.size() < 2) {
                    throw error(a, "'" + o + "' needs at least two arguments");
                }
                return o.equals("and") ? new Expr.And(es) : new Expr.Or(es);
            }
            case "not" -> {
                return new Expr.Not(expr(arg(args, 0, 1, a), a + "/0"));
            }
            case "like" -> {
                return new Expr.Like(operand(arg(args, 0, 2, a), a + "/0"), operand(args.get(1), a + "/1"));
            }
            case "between" -> {
                return new Expr.Between(operand(arg(args, 0, 3, a), a + "/0"), operand(args.get(1), a + "/1"),
                        operand(args.get(2), a + "/2"));
            }
            case "in" -> {
                JsonNode list = arg(args, 1, 2, a);
                if (!list.isArray() || list.isEmpty()) {
                    throw error(a + "/1", "the list of 'in' is a non-empty array");
                }
                List<Operand> values = new ArrayList<>();
                for (int i = 0; i < list.size(); i++) {
                    values.add(operand(list.get(i), a + "/1/" + i));
                }
                return new Expr.In(operand(args.get(0), a + "/0"), values);
            }
            case "isnull" -> {
                return new Expr.IsNull(operand(arg(args, 0, 1, a), a + "/0"));
            }
            default -> {
                if (Cql2Ops.COMPARISON.contains(o) || Cql2Ops.SPATIAL.contains(o) || Cql2Ops.TEMPORAL.contains(o)) {
                    Operand l = operand(arg(args, 0, 2, a), a + "/0");
                    Operand r = operand(args.get(1), a + "/1");
                    return Cql2Ops.COMPARISON.contains(o) ? new Expr.Compare(o, l, r)
                            : Cql2Ops.SPATIAL.contains(o) ? new Expr.Spatial(o, l, r) : new Expr.Temporal(o, l, r);
                }
                throw error(at + "/op", "unknown operator '" + op + "'");
            }
        }
    }

    /** {@code args[i]}, after checking that there are exactly {@code count} arguments. */
    private static JsonNode arg(JsonNode args, int i, int count, String at) {
        if (args.size() != count) {
            throw error(at, "needs " + count + " argument" + (count == 1 ? "" : "s") + "; got " + args.size());
        }
        return args.get(i);
    }

    private static Operand operand(JsonNode n, String at) {
        if (n.isTextual()) {
            return new Operand.Text(n.asText());
        }
        if (n.isNumber()) {
            return new Operand.Number(n.doubleValue());
        }
        if (n.isBoolean()) {
            return new Operand.Bool(n.booleanValue());
        }
        if (n.has("property") && n.get("property").isTextual()) {
            return new Operand.Property(n.get("property").asText());
        }
        if (n.has("date") && n.get("date").isTextual()) {
            return Instants.day(n.get("date").asText(), "the date at " + at);
        }
        if (n.has("timestamp") && n.get("timestamp").isTextual()) {
            return Instants.timestamp(n.get("timestamp").asText(), "the timestamp at " + at);
        }
        if (n.has("interval") && n.get("interval").isArray() && n.get("interval").size() == 2) {
            return new Operand.Interval(bound(n.get("interval").get(0), at + "/interval/0"),
                    bound(n.get("interval").get(1), at + "/interval/1"));
        }
        if (n.has("bbox") && n.get("bbox").isArray()) {
            return bbox(n.get("bbox"), at + "/bbox");
        }
        if (n.has("type") && (n.has("coordinates") || n.has("geometries"))) {
            try {
                return new Operand.Shape(new GeoJsonReader(TextGeometry.FACTORY).read(n.toString()));
            } catch (ParseException | RuntimeException e) {
                throw error(at, "not a GeoJSON geometry: " + e.getMessage());
            }
        }
        throw error(at, "not an operand (a string, number, boolean, {\"property\"}, {\"date\"}, {\"timestamp\"}, "
                + "{\"interval\"}, {\"bbox\"} or a GeoJSON geometry)");
    }

    private static Operand bound(JsonNode n, String at) {
        if (n.isTextual()) {
            return Instants.bound(n.asText(), "the interval end at " + at);
        }
        Operand o = operand(n, at);
        if (o instanceof Operand.Property || o instanceof Operand.Day || o instanceof Operand.Timestamp) {
            return o;
        }
        throw error(at, "an interval end is '..', a date, a timestamp or a property");
    }

    private static Operand bbox(JsonNode b, String at) {
        if (b.size() != 4 && b.size() != 6) {
            throw error(at, "a bbox has 4 or 6 numbers; got " + b.size());
        }
        int hi = b.size() / 2;
        double[] wsen = new double[4];
        int[] from = {0, 1, hi, hi + 1};
        for (int i = 0; i < 4; i++) {
            JsonNode x = b.get(from[i]);
            if (!x.isNumber()) {
                throw error(at + "/" + from[i], "not a number");
            }
            wsen[i] = x.doubleValue();
        }
        return new Operand.Shape(TextGeometry.box(wsen, "the bbox at " + at));
    }

    private static Cql2Exception error(String at, String what) {
        return new Cql2Exception("at " + (at.isEmpty() ? "/" : at) + ": " + what);
    }
}
