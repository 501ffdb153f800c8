package controlmap.ogc;

import static controlmap.ogc.OgcNames.CQL2_JSON;
import static controlmap.ogc.OgcNames.CQL2_TEXT;
import static controlmap.ogc.OgcNames.PARAM_BBOX;
import static controlmap.ogc.OgcNames.PARAM_DATETIME;
import static controlmap.ogc.OgcNames.PARAM_F;
import static controlmap.ogc.OgcNames.PARAM_FILTER;
import static controlmap.ogc.OgcNames.PARAM_FILTER_CRS;
import static controlmap.ogc.OgcNames.PARAM_FILTER_LANG;
import static controlmap.ogc.OgcNames.PARAM_LIMIT;
import static controlmap.ogc.OgcNames.PARAM_OFFSET;

import controlmap.cql2.Cql2Exception;
import controlmap.cql2.Cql2Filter;
import controlmap.cql2.Cql2Json;
import controlmap.cql2.Cql2Text;
import controlmap.cql2.Expr;
import controlmap.cql2.Queryables;
import controlmap.http.WireFormat;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;

/** Parses and checks query parameters of the OGC API; every failure is a 400 naming the parameter. */
final class ItemsParams {

    /** Parameters every items path takes, besides the collection's extra filters. */
    static final List<String> ITEMS = List.of(PARAM_F, PARAM_LIMIT, PARAM_OFFSET, PARAM_BBOX, PARAM_DATETIME,
            PARAM_FILTER, PARAM_FILTER_LANG, PARAM_FILTER_CRS);

    private ItemsParams() {
    }

    /**
     * Checks that every parameter of {@code ctx} is one of {@code allowed} and is given once (the standard: a
     * parameter the API definition does not declare is a 400).
     */
    static void onlyKnown(Context ctx, List<String> allowed) {
        for (var e : ctx.queryParamMap().entrySet()) {
            if (!allowed.contains(e.getKey())) {
                throw OgcErrors.invalidParameter(e.getKey(), "is not a parameter of this resource; its parameters: "
                        + String.join(", ", allowed));
            }
            if (e.getValue().size() > 1) {
                throw OgcErrors.invalidParameter(e.getKey(), "is given more than once");
            }
        }
    }

    /**
     * The items query of {@code ctx} for a collection with the extra filters {@code filterNames}, other parameters
     * {@code optionNames} and the properties a CQL2 filter may name, {@code queryables}.
     */
    static ItemsQuery items(Context ctx, List<String> filterNames, Collection<String> optionNames,
                            Queryables queryables) {
        List<String> allowed = new ArrayList<>(ITEMS);
        allowed.addAll(filterNames);
        allowed.addAll(optionNames);
        onlyKnown(ctx, allowed);
        return new ItemsQuery(limit(ctx.queryParam(PARAM_LIMIT)),
                integer(ctx, PARAM_OFFSET, 0, 0, Integer.MAX_VALUE), bbox(ctx.queryParam(PARAM_BBOX)),
                time(ctx.queryParam(PARAM_DATETIME)), given(ctx, filterNames), given(ctx, optionNames),
                filter(ctx, queryables));
    }

    /**
     * The CQL2 {@code filter} in the encoding {@code filter-lang} names (cql2-text when absent), in the CRS
     * {@code filter-crs} names (CRS84, the only one offered); null without {@code filter}.
     */
    static Cql2Filter filter(Context ctx, Queryables queryables) {
        String lang = ctx.queryParam(PARAM_FILTER_LANG);
        if (lang != null && !lang.equals(CQL2_TEXT) && !lang.equals(CQL2_JSON)) {
            throw OgcErrors.invalidParameter(PARAM_FILTER_LANG, "must be " + CQL2_TEXT + " or " + CQL2_JSON
                    + "; got '" + lang + "'");
        }
        String crs = ctx.queryParam(PARAM_FILTER_CRS);
        if (crs != null && !crs.equals(OgcNames.CRS84)) {
            throw OgcErrors.invalidParameter(PARAM_FILTER_CRS, "must be " + OgcNames.CRS84
                    + " (coordinates are longitude, latitude); got '" + crs + "'");
        }
        String text = ctx.queryParam(PARAM_FILTER);
        if (text == null) {
            return null;
        }
        try {
            Expr e = CQL2_JSON.equals(lang) ? Cql2Json.parse(text) : Cql2Text.parse(text);
            return Cql2Filter.compile(e, queryables);
        } catch (Cql2Exception e) {
            throw OgcErrors.invalidParameter(PARAM_FILTER, "is not a filter this collection can apply ("
                    + (lang == null ? CQL2_TEXT : lang) + "): " + e.getMessage());
        }
    }

    private static Map<String, String> given(Context ctx, Collection<String> names) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String name : names) {
            String v = ctx.queryParam(name);
            if (v != null) {
                out.put(name, v);
            }
        }
        return out;
    }

    /**
     * The page size: {@link OgcNames#LIMIT_DEFAULT} when absent; a 400 when not an integer or below 1; the maximum
     * when above it (17-069r4, /req/core/fc-limit-response-1 C: a larger value SHALL NOT result in an error).
     */
    static int limit(String v) {
        if (v == null) {
            return OgcNames.LIMIT_DEFAULT;
        }
        String t = v.trim();
        if (t.matches("\\+?0*[1-9]\\d{9,}")) {
            return OgcNames.LIMIT_MAX;
        }
        int n = integer(PARAM_LIMIT, v, 1, Integer.MAX_VALUE);
        return Math.min(n, OgcNames.LIMIT_MAX);
    }

    static int integer(Context ctx, String name, int fallback, int min, int max) {
        String v = ctx.queryParam(name);
        return v == null ? fallback : integer(name, v, min, max);
    }

    private static int integer(String name, String v, int min, int max) {
        Long n = WireFormat.integer(v);
        if (n == null) {
            throw OgcErrors.invalidParameter(name, "must be an integer in plain decimal digits; got '" + v + "'");
        }
        if (n < min || n > max) {
            throw OgcErrors.invalidParameter(name, (max == Integer.MAX_VALUE ? "must be at least " + min
                    : "must be between " + min + " and " + max) + "; got " + n);
        }
        return n.intValue();
    }

    /**
     * A {@code bbox} of 4 numbers (minLon,minLat,maxLon,maxLat) or 6 (with heights, which are ignored), in CRS84.
     * A box whose minLon is greater than its maxLon crosses the antimeridian and is split in two.
     */
    static List<Envelope> bbox(String v) {
        if (v == null) {
            return null;
        }
        String[] parts = v.split(",", -1);
        if (parts.length != 4 && parts.length != 6) {
            throw OgcErrors.invalidParameter(PARAM_BBOX, "must be 4 or 6 numbers; got '" + v + "'");
        }
        double[] n = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            Double d = WireFormat.decimal(parts[i]);
            if (d == null) {
                throw OgcErrors.invalidParameter(PARAM_BBOX, "has a value that is not a plain decimal number: '"
                        + parts[i] + "'");
            }
            n[i] = d;
        }
        int hi = parts.length / 2;
        return boxes(n[0], n[1], n[hi], n[hi + 1]);
    }

    private static List<Envelope> boxes(double minLon, double minLat, double maxLon, double maxLat) {
        if (Math.abs(minLon) > 180 || Math.abs(maxLon) > 180 || Math.abs(minLat) > 90 || Math.abs(maxLat) > 90) {
            throw OgcErrors.invalidParameter(PARAM_BBOX, "is out of range: longitudes in [-180,180], latitudes in [-90,90]");
        }
        if (minLat > maxLat) {
            throw OgcErrors.invalidParameter(PARAM_BBOX, "has a minimum latitude greater than its maximum");
        }
        if (minLon > maxLon) {
            return List.of(new Envelope(minLon, 180, minLat, maxLat), new Envelope(-180, maxLon, minLat, maxLat));
        }
        return List.of(new Envelope(minLon, maxLon, minLat, maxLat));
    }

    static TimeFilter time(String v) {
        if (v == null) {
            return null;
        }
        try {
            return TimeFilter.parse(v);
        } catch (IllegalArgumentException e) {
            throw OgcErrors.invalidParameter(PARAM_DATETIME, "is not valid: " + e.getMessage());
        }
    }
}
