package controlmap.api;

import controlmap.geo.InputLimits;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

/** Reads write requests' bodies: JSON only, at most {@link InputLimits#MAX_BODY_BYTES}, never more read than that. */
final class RequestBodies {

    private RequestBodies() {
    }

    /**
     * The body's bytes.
     *
     * @throws ApiException 415 when the Content-Type is given and not JSON; 413 when the declared Content-Length is
     *                      over the limit (before reading anything) or the body turns out longer (after reading one
     *                      byte past the limit, no more)
     */
    static byte[] read(Context ctx) {
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
            throw new UncheckedIOException("reading the request body failed", e);
        }
        if (body.length > InputLimits.MAX_BODY_BYTES) {
            throw tooLarge("The body is longer than the limit");
        }
        return body;
    }

    static boolean isJson(String contentType) {
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
