package controlmap.api.ogc;

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

    /** Answers with the HTML page {@code html}. */
    static void html(Context ctx, String html) {
        ctx.contentType(OgcNames.HTML + "; charset=utf-8");
        ctx.result(html.getBytes(StandardCharsets.UTF_8));
    }
}
