package controlmap.http;

import controlmap.geo.InputLimits;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/** Reads write requests' bodies: JSON only, at most {@link InputLimits#MAX_BODY_BYTES}, never more read than that. */
public final class RequestBodies {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RequestBodies.class);

    private RequestBodies() {
    }

    /**
     * The body's bytes.
     *
     * @throws ApiException 415 when the Content-Type is given and not JSON; 413 when the declared Content-Length is
     *                      over the limit (before reading anything) or the body turns out longer (after reading one
     *                      byte past the limit, no more)
     */
    public static byte[] read(Context ctx) {
        String type = ctx.header("Content-Type");
        if (type != null && !isJson(type)) {
            throw new ApiException(415, "Unsupported media type", "The body must be GeoJSON or JSON: send "
                    + "'Content-Type: application/geo+json' (or application/json)", null);
        }
        long declared = ctx.req().getContentLengthLong();
        if (declared > InputLimits.MAX_BODY_BYTES) {
            throw tooLarge("The body is " + declared + " bytes");
        }
        byte[] body;
        try (InputStream in = ctx.req().getInputStream()) {
            body = in.readNBytes((int) InputLimits.MAX_BODY_BYTES + 1);
        } catch (IOException e) {
            throw cutShort(ctx, declared, e);
        }
        if (body.length > InputLimits.MAX_BODY_BYTES) {
            throw tooLarge("The body is longer than the limit");
        }
        return body;
    }

    /**
     * The body stopped arriving: 408 when the client went quiet (the server's idle timeout), 400 when it closed the
     * connection. Logged in one line, without a stack trace: it is the client's doing, and a crowd of such clients
     * must not flood the log.
     */
    private static ApiException cutShort(Context ctx, long declared, IOException e) {
        boolean quiet = false;
        for (Throwable t = e; t != null; t = t.getCause()) {
            quiet |= t instanceof java.util.concurrent.TimeoutException || t instanceof java.net.SocketTimeoutException;
        }
        String expected = declared >= 0 ? " of the " + declared + " bytes announced" : "";
        LOG.info("{} {}: request body {} ({})", ctx.method(), ctx.path(), quiet ? "stopped arriving" : "cut short",
                ctx.ip());
        return (quiet ? new ApiException(408, "Request timeout", "The body stopped arriving before all" + expected
                + " came; nothing was stored.", null)
                : new ApiException(400, "Incomplete body", "The connection closed before all" + expected
                + " came; nothing was stored.", null)).header("Connection", "close");
    }

    public static boolean isJson(String contentType) {
        String media = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return media.equals("application/json") || media.equals("application/geo+json")
                || (media.startsWith("application/") && media.endsWith("+json"));
    }

    private static ApiException tooLarge(String what) {
        return new ApiException(413, "Content too large", what + "; the limit is " + InputLimits.MAX_BODY_BYTES
                + " bytes (10 MiB). Split a large collection, or use the import command.", null)
                .header("Connection", "close");
    }
}
