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
    private final FailedAttempts failures;

    EditorAuth(EditorTokens tokens) {
        this(tokens, new FailedAttempts());
    }

    EditorAuth(EditorTokens tokens, FailedAttempts failures) {
        this.tokens = tokens;
        this.failures = failures;
    }

    /**
     * The editor's name.
     *
     * @throws ApiException 403 when no tokens are configured (with how to enable editing); 401 with
     *                      {@code WWW-Authenticate} when the token is missing or wrong (never echoing it); 429
     *                      with {@code Retry-After} while the client's address has had too many wrong tokens
     *                      ({@link FailedAttempts})
     */
    String editor(Context ctx) {
        if (tokens.isEmpty()) {
            throw new ApiException(403, "Editing disabled", "Editing is disabled on this server: no editor tokens "
                    + "are configured. To enable it, start the service with " + EditorTokens.ENV
                    + "=name:token[,name:token...] (each token at least " + EditorTokens.MIN_TOKEN_CHARS
                    + " characters) and send 'Authorization: Bearer <token>'.", null);
        }
        String client = ctx.ip();
        long wait = failures.secondsToWait(client);
        if (wait > 0) {
            throw new ApiException(429, "Too many wrong tokens", "Too many wrong tokens came from this address: "
                    + "writes from it are refused for " + wait + " more seconds.", null)
                    .header("Retry-After", Long.toString(wait));
        }
        String header = ctx.header("Authorization");
        if (header == null || header.isBlank()) {
            throw unauthorized("This request changes data: send 'Authorization: Bearer <token>'.", null);
        }
        if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw unauthorized("The Authorization header must use the Bearer scheme.", "invalid_request");
        }
        return tokens.editor(header.substring(BEARER.length()).trim()).orElseThrow(() -> {
            failures.failed(client);
            return unauthorized("The bearer token is not valid.", "invalid_token");
        });
    }

    private static ApiException unauthorized(String detail, String error) {
        return new ApiException(401, "Unauthorized", detail, null)
                .header("WWW-Authenticate", error == null ? CHALLENGE : CHALLENGE + ", error=\"" + error + "\"");
    }
}
