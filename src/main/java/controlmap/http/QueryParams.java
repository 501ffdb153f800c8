package controlmap.http;

import controlmap.domain.Bbox;
import controlmap.geo.ZoomSimplifier;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Typed, validated query parameters of one request. Every failure is an {@link ApiException} naming the parameter.
 */
public final class QueryParams {

    public static final String DATE = "date";
    public static final String SOURCE = "source";
    public static final String SOURCES = "sources";
    public static final String AS_OF = "as_of";
    public static final String BBOX = "bbox";
    public static final String PLACE = "place";
    public static final String ACTOR = "actor";
    public static final String FROM = "from";
    public static final String TO = "to";
    public static final String ZOOM = "zoom";

    private final Context ctx;

    private QueryParams(Context ctx) {
        this.ctx = ctx;
    }

    /**
     * The parameters of {@code ctx}, after checking that each given parameter is one of {@code allowed} and given once.
     *
     * @throws ApiException 400 naming the first unknown or repeated parameter
     */
    public static QueryParams of(Context ctx, String... allowed) {
        Set<String> known = Set.of(allowed);
        for (var e : ctx.queryParamMap().entrySet()) {
            if (!known.contains(e.getKey())) {
                throw ApiException.badParameter(e.getKey(), "is not known here; known parameters: "
                        + String.join(", ", allowed));
            }
            if (e.getValue().size() > 1) {
                throw ApiException.badParameter(e.getKey(), "is given more than once");
            }
        }
        return new QueryParams(ctx);
    }

    /** The raw value, or null when absent or empty. */
    public String text(String name) {
        String v = ctx.queryParam(name);
        return v == null || v.isEmpty() ? null : v;
    }

    /** A required ISO 8601 day ({@code 2017-12-07}). */
    public LocalDate requiredDate(String name) {
        LocalDate d = date(name);
        if (d == null) {
            throw ApiException.badParameter(name, "is required (a day such as 2017-12-07)");
        }
        return d;
    }

    /** An optional ISO 8601 day; null when absent. Impossible days (2017-02-30) are rejected. */
    public LocalDate date(String name) {
        String v = text(name);
        if (v == null) {
            return null;
        }
        LocalDate d = WireFormat.day(v);
        if (d == null) {
            throw ApiException.badParameter(name, "must be a day that exists, as YYYY-MM-DD with a four-digit year "
                    + "(0001 to 9999); got '" + v + "'");
        }
        return d;
    }

    /** An optional id that must satisfy {@code exists}; null when absent. */
    public String id(String name, Predicate<String> exists) {
        String v = text(name);
        if (v != null && !exists.test(v)) {
            throw ApiException.badParameter(name, "names no known " + name + ": '" + v + "'");
        }
        return v;
    }

    /** An optional comma-separated list of ids each satisfying {@code exists}; null when absent. */
    public Set<String> ids(String name, String singular, Predicate<String> exists) {
        String v = text(name);
        if (v == null) {
            return null;
        }
        Set<String> out = new LinkedHashSet<>();
        for (String id : v.split(",", -1)) {
            if (id.isBlank() || !exists.test(id.trim())) {
                throw ApiException.badParameter(name, "names no known " + singular + ": '" + id + "'");
            }
            out.add(id.trim());
        }
        return out;
    }

    /**
     * An optional decimal number from {@code min} to {@code max}; null when absent.
     *
     * @throws ApiException when not a finite number in that range
     */
    public Double number(String name, double min, double max) {
        String v = text(name);
        if (v == null) {
            return null;
        }
        Double d = WireFormat.decimal(v);
        if (d != null && d >= min && d <= max) {
            return d;
        }
        throw ApiException.badParameter(name, "must be a decimal number from " + trim(min) + " to " + trim(max)
                + "; got '" + v + "'");
    }

    private static String trim(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    /**
     * An optional web map zoom level (an integer 0 to {@link ZoomSimplifier#MAX_ZOOM}) shapes are simplified for;
     * null when absent.
     */
    public Integer zoom() {
        String v = text(ZOOM);
        if (v == null) {
            return null;
        }
        Long z = WireFormat.integer(v);
        if (z != null && z >= 0 && z <= ZoomSimplifier.MAX_ZOOM) {
            return z.intValue();
        }
        throw ApiException.badParameter(ZOOM, "must be a whole number from 0 to " + ZoomSimplifier.MAX_ZOOM
                + " (a web map zoom level); got '" + v + "'");
    }

    /**
     * An optional {@code minLon,minLat,maxLon,maxLat} box in EPSG:4326; null when absent.
     *
     * @throws ApiException when not four finite numbers, out of lon/lat range, or min greater than max
     */
    public Bbox bbox() {
        String v = text(BBOX);
        if (v == null) {
            return null;
        }
        List<String> parts = List.of(v.split(",", -1));
        if (parts.size() != 4) {
            throw ApiException.badParameter(BBOX, "must be four numbers minLon,minLat,maxLon,maxLat; got '" + v + "'");
        }
        double[] n = new double[4];
        for (int i = 0; i < 4; i++) {
            Double d = WireFormat.decimal(parts.get(i));
            if (d == null) {
                throw ApiException.badParameter(BBOX, "has a value that is not a plain decimal number: '"
                        + parts.get(i) + "'");
            }
            n[i] = d;
        }
        return checkedBbox(n);
    }

    private static Bbox checkedBbox(double[] n) {
        if (n[0] < -180 || n[2] > 180 || n[1] < -90 || n[3] > 90) {
            throw ApiException.badParameter(BBOX, "is out of range: longitudes must be in [-180,180], latitudes in [-90,90]");
        }
        if (n[0] > n[2] || n[1] > n[3]) {
            throw ApiException.badParameter(BBOX, "has a minimum greater than its maximum");
        }
        return new Bbox(n[0], n[1], n[2], n[3]);
    }
}
