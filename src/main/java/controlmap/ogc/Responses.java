package controlmap.ogc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;

/** Writes OGC answers: JSON documents as their media type, HTML pages as {@code text/html}. */
final class Responses {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private Responses() {
    }

    /** Answers with {@code doc} as {@code mediaType} (UTF-8). */
    static void json(Context ctx, String mediaType, JsonNode doc) {
        ctx.contentType(mediaType.contains(";") ? mediaType : mediaType + "; charset=utf-8");
        ctx.result(doc.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** No script, no remote content: the pages show untrusted text, so even a missed escape could run nothing. */
    static final String PAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:";

    /** Answers with the HTML page {@code html}. */
    static void html(Context ctx, String html) {
        ctx.header("Content-Security-Policy", PAGE_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.contentType(OgcNames.HTML + "; charset=utf-8");
        ctx.result(html.getBytes(StandardCharsets.UTF_8));
    }
}
