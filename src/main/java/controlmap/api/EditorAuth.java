package controlmap.api;

import controlmap.config.EditorTokens;
import io.javalin.http.Context;

/**
 * Who is writing: the editor named by the request's {@code Authorization: Bearer} token. Reads need no token; every
 * write asks this first, before its body is read.
 */
final class EditorAuth {

    static final String CHALLENGE = "Bearer realm=\"controlmap\"";
    private static final String BEARER = "Bearer ";

    private final EditorTokens tokens;

    EditorAuth(EditorTokens tokens) {
        this.tokens = tokens;
    }

    /**
     * The editor's name.
     *
     * @throws ApiException 403 when no tokens are configured (with how to enable editing); 401 with
     *                      {@code WWW-Authenticate} when the token is missing or wrong (never echoing it)
     */
    String editor(Context ctx) {
        if (tokens.isEmpty()) {
            throw new ApiException(403, "Editing disabled", "Editing is disabled on this server: no editor tokens "
                    + "are configured. To enable it, start the service with " + EditorTokens.ENV
                    + "=name:token[,name:token...] (each token at least " + EditorTokens.MIN_TOKEN_CHARS
                    + " characters) and send 'Authorization: Bearer <token>'.", null);
        }
        String header = ctx.header("Authorization");
        if (header == null || header.isBlank()) {
            throw unauthorized("This request changes data: send 'Authorization: Bearer <token>'.", null);
        }
        if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw unauthorized("The Authorization header must use the Bearer scheme.", "invalid_request");
        }
        return tokens.editor(header.substring(BEARER.length()).trim())
                .orElseThrow(() -> unauthorized("The bearer token is not valid.", "invalid_token"));
    }

    private static ApiException unauthorized(String detail, String error) {
        return new ApiException(401, "Unauthorized", detail, null)
                .header("WWW-Authenticate", error == null ? CHALLENGE : CHALLENGE + ", error=\"" + error + "\"");
    }
}
