package controlmap.ogc;

import static java.nio.charset.StandardCharsets.UTF_8;

import controlmap.http.PublicBase;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Absolute URLs of the OGC resources for one request: rooted at the service's public address ({@link PublicBase}), and
 * able to repeat the request's own query with some parameters changed (for {@code self}, {@code next}, …).
 *
 * <p>Which {@code f} a link carries: HTML links always {@code f=html}; JSON links none (clients such as GDAL send
 * {@code Accept} and append their own parameters), except in an HTML page, where {@code f=json} lets a browser follow.
 */
final class Urls {

    private final String root;
    private final Map<String, String> query = new LinkedHashMap<>();
    private final Format responseFormat;

    private Urls(String root, Map<String, List<String>> params, Format responseFormat) {
        this.root = root;
        this.responseFormat = responseFormat;
        params.forEach((k, v) -> {
            if (!k.equals(OgcNames.PARAM_F) && !v.isEmpty()) {
                query.put(k, v.get(0));
            }
        });
    }

    /** The URLs of {@code ctx}'s resources for a response in {@code responseFormat}. */
    static Urls of(Context ctx, PublicBase base, Format responseFormat) {
        return new Urls(base.of(ctx) + OgcNames.ROOT, ctx.queryParamMap(), responseFormat);
    }

    /** The format of the response these links go into. */
    Format responseFormat() {
        return responseFormat;
    }

    /** {@code path} (below the root, e.g. {@code /collections}) in {@code format}, without other parameters. */
    String to(String path, Format format) {
        return withQuery(root + path, fParam(format, Map.of()));
    }

    /** This request's query on {@code path} in {@code format}, with {@code changes} applied (a null value removes). */
    String again(String path, Format format, Map<String, String> changes) {
        Map<String, String> q = new LinkedHashMap<>(query);
        changes.forEach((k, v) -> {
            if (v == null) {
                q.remove(k);
            } else {
                q.put(k, v);
            }
        });
        return withQuery(root + path, fParam(format, q));
    }

    /** {@code path} in the response's format and the other one: the {@code self} and {@code alternate} links. */
    List<Link> selfAndAlternate(String path, String jsonType, String title) {
        return selfAndAlternate(path, jsonType, title, Map.of());
    }

    List<Link> selfAndAlternate(String path, String jsonType, String title, Map<String, String> changes) {
        Format other = responseFormat == Format.JSON ? Format.HTML : Format.JSON;
        return List.of(
                new Link(again(path, responseFormat, changes), OgcNames.REL_SELF, type(responseFormat, jsonType), title),
                new Link(again(path, other, changes), OgcNames.REL_ALTERNATE, type(other, jsonType),
                        title + (other == Format.HTML ? " as HTML" : " as JSON")));
    }

    /** The media type of a link in {@code format} to a resource whose JSON encoding is {@code jsonType}. */
    static String type(Format format, String jsonType) {
        return format == Format.HTML ? OgcNames.HTML : jsonType;
    }

    private Map<String, String> fParam(Format linkFormat, Map<String, String> q) {
        String f = linkFormat == Format.HTML ? OgcNames.F_HTML : responseFormat == Format.HTML ? OgcNames.F_JSON : null;
        if (f == null) {
            return q;
        }
        Map<String, String> out = new LinkedHashMap<>(q);
        out.put(OgcNames.PARAM_F, f);
        return out;
    }

    private static String withQuery(String url, Map<String, String> q) {
        if (q.isEmpty()) {
            return url;
        }
        List<String> pairs = new ArrayList<>();
        q.forEach((k, v) -> pairs.add(encode(k) + "=" + encode(v)));
        return url + "?" + String.join("&", pairs);
    }

    /** Percent-encodes a path segment or query value. */
    static String encode(String s) {
        return URLEncoder.encode(s, UTF_8).replace("+", "%20");
    }
}
