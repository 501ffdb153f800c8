package controlmap.http;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * Conditional GETs. A read answer depends only on the request (path and query) and on the data version, so the ETag
 * is derived from those two without computing the body; a matching {@code If-None-Match} costs no work at all.
 * The ETag is weak because the bytes differ with the content coding (gzip or not).
 */
public final class ConditionalGet {

    /** Bump when the shape of any answer changes, so clients drop ETags of the old format. */
    public static final int API_REVISION = 2;
    public static final String CACHE_CONTROL = "public, max-age=60, stale-while-revalidate=300";
    /**
     * Request attribute: the data version the answer being made comes from; a cache in front of the application may
     * replay an answer so marked while the data version holds.
     */
    public static final String DATA_VERSION = "controlmap.dataVersion";

    private ConditionalGet() {
    }

    /**
     * Sets {@code ETag}, {@code Cache-Control} and {@code Vary}; when the request's {@code If-None-Match} matches,
     * sets status 304 and returns true (the handler then writes nothing).
     */
    public static boolean notModified(Context ctx, long dataVersion) {
        return notModifiedWith(ctx, dataVersion, etag(ctx, dataVersion));
    }

    /**
     * As {@link #notModified(Context, long)}, for an answer identified by {@code answerKey} instead of the whole
     * query: requests that differ only in what the answer does not depend on (two days between the same two change
     * dates) share one ETag.
     */
    public static boolean notModified(Context ctx, long dataVersion, String answerKey) {
        return notModifiedWith(ctx, dataVersion, etagOf(ctx.path() + "?" + answerKey, ctx, dataVersion));
    }

    private static boolean notModifiedWith(Context ctx, long dataVersion, String etag) {
        ctx.attribute(DATA_VERSION, dataVersion);
        return notModifiedTagged(ctx, etag);
    }

    /**
     * As {@link #notModified(Context, long)}, for an answer whose ETag is known (made from its body): sets the
     * headers; when {@code If-None-Match} matches, sets 304 and returns true.
     */
    public static boolean notModifiedTagged(Context ctx, String etag) {
        ctx.header("ETag", etag);
        ctx.header("Cache-Control", CACHE_CONTROL);
        // where links are built from the request's host, a cache must not give one host's answer for another
        ctx.header("Vary", ctx.attribute(AcceptedHosts.HOST_VARIES) == null ? "Accept-Encoding, Accept"
                : "Accept-Encoding, Accept, Host");
        if (matches(ctx.header("If-None-Match"), etag)) {
            ctx.status(304);
            return true;
        }
        return false;
    }

    /** A strong ETag for exactly {@code body}: {@code "prefix-digest"}. */
    public static String strongTag(String prefix, byte[] body) {
        return "\"" + prefix + "-" + hex(sha256(body)).substring(0, 16) + "\"";
    }

    /**
     * Strong comparison (RFC 9110 §13.1.1), as {@code If-Match} requires: {@code *}, or a listed tag that is not weak
     * and equals {@code etag}.
     */
    public static boolean strongMatch(String ifMatch, String etag) {
        for (String candidate : ifMatch.split(",")) {
            String c = candidate.trim();
            if (c.equals("*") || (!c.startsWith("W/") && c.equals(etag))) {
                return true;
            }
        }
        return false;
    }

    static String etag(Context ctx, long dataVersion) {
        StringBuilder key = new StringBuilder(ctx.path());
        Map<String, java.util.List<String>> sorted = new TreeMap<>(ctx.queryParamMap());
        sorted.forEach((k, v) -> key.append('&').append(k).append('=').append(String.join(",", v)));
        return etagOf(key.toString(), ctx, dataVersion);
    }

    private static String etagOf(String request, Context ctx, long dataVersion) {
        String accept = ctx.header("Accept");
        Object host = ctx.attribute(AcceptedHosts.HOST_VARIES);
        String key = request + '#' + (accept == null ? "" : accept) + (host == null ? "" : "#" + host);
        return "W/\"" + API_REVISION + "-" + dataVersion + "-" + sha256(key).substring(0, 16) + "\"";
    }

    /** Weak comparison (RFC 9110 §13.1.2): {@code *}, or any listed tag equal once {@code W/} is dropped. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        String opaque = etag.startsWith("W/") ? etag.substring(2) : etag;
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.trim();
            if (c.equals("*") || (c.startsWith("W/") ? c.substring(2) : c).equals(opaque)) {
                return true;
            }
        }
        return false;
    }

    private static String sha256(String s) {
        return hex(sha256(s.getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
