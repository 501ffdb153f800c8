package controlmap.api;

import controlmap.domain.Claim;
import controlmap.http.ConditionalGet;
import controlmap.service.ControlMapService.Snapshot;
import io.javalin.http.Context;

/**
 * One claim as {@code GET /api/claims/{id}} shows it, with a strong ETag: the claim's version and a digest of the
 * bytes shown (the shape shown may be its place's). Sent without content coding, so the tag names exactly these bytes
 * and can be sent back in {@code If-Match} to change the claim only if nobody changed it meanwhile.
 */
public record ClaimAnswer(byte[] body, String etag) {

    public static ClaimAnswer of(Snapshot s, Claim c) {
        byte[] body = Json.bytes(out -> ListsApi.writeClaim(out, s, c));
        return new ClaimAnswer(body, ConditionalGet.strongTag("v" + c.version(), body));
    }

    /** Writes the answer (status as set before) with its ETag. */
    public void send(Context ctx) {
        ctx.disableCompression();
        ctx.header("ETag", etag);
        ctx.contentType(Json.GEOJSON + "; charset=utf-8");
        ctx.result(body);
    }
}
