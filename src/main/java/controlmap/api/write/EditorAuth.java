package controlmap.api.write;

import controlmap.config.EditorTokens;
import controlmap.http.ApiException;
import controlmap.http.ClientAddress;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.security.RouteRole;
import java.util.Optional;

/**
 * Who is writing: the editor named by the request's {@code Authorization: Bearer} token. Reads need no token; a
 * route declared with {@link Role#EDITOR} is checked by the one handler {@link #install} adds, before its own handler
 * runs (so before its body is read), and that handler finds the editor's name with {@link #editorOf}.
 */
final class EditorAuth {

    /** The roles a route can be declared with. */
    enum Role implements RouteRole {
        /** Only an editor with a valid token may call the route. */
        EDITOR
    }

    private static final String EDITOR_ATTRIBUTE = "controlmap.editor";
    static final String CHALLENGE = "Bearer realm=\"controlmap\"";
    private static final String BEARER = "Bearer ";

    private final EditorTokens tokens;
    private final FailedAttempts failures;
    private final ClientAddress clients;

    EditorAuth(EditorTokens tokens, ClientAddress clients) {
        this(tokens, new FailedAttempts(), clients);
    }

    EditorAuth(EditorTokens tokens, FailedAttempts failures, ClientAddress clients) {
        this.tokens = tokens;
        this.failures = failures;
        this.clients = clients;
    }

    /** Checks every matched route declared with {@link Role#EDITOR} before its handler runs. */
    void install(JavalinConfig config) {
        config.routes.beforeMatched(ctx -> {
            if (ctx.routeRoles().contains(Role.EDITOR)) {
                ctx.attribute(EDITOR_ATTRIBUTE, editor(ctx));
            }
        });
    }

    /** The name of the editor {@link #install}'s check let through to this request's {@link Role#EDITOR} route. */
    static String editorOf(Context ctx) {
        String editor = ctx.attribute(EDITOR_ATTRIBUTE);
        if (editor == null) {
            throw new IllegalStateException("route " + ctx.endpoint().path + " writes but is not declared with "
                    + "the EDITOR role");
        }
        return editor;
    }

    /**
     * The editor's name.
     *
     * @throws ApiException 403 when no tokens are configured (with how to enable editing); 401 with
     *                      {@code WWW-Authenticate} when the token is missing or wrong (never echoing it); 429
     *                      with {@code Retry-After} while the client's address has had too many wrong tokens
     *                      ({@link FailedAttempts}), unless the token is right and its editor wrote from there before
     */
    private String editor(Context ctx) {
        if (tokens.isEmpty()) {
            throw new ApiException(403, "Editing disabled", "Editing is disabled on this server: no editor tokens "
                    + "are configured. To enable it, start the service with " + EditorTokens.ENV
                    + "=name:token[,name:token...] (each token at least " + EditorTokens.MIN_TOKEN_CHARS
                    + " characters) and send 'Authorization: Bearer <token>'.", null);
        }
        String client = clients.of(ctx);
        long wait = failures.secondsToWait(client);
        String header = ctx.header("Authorization");
        boolean bearer = header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length());
        Optional<String> editor = bearer ? tokens.editor(header.substring(BEARER.length()).trim()) : Optional.empty();
        if (wait > 0) {
            if (editor.isPresent() && failures.knownBeforeLock(editor.get(), client)) {
                return editor.get();
            }
            throw new ApiException(429, "Too many wrong tokens", "Too many wrong tokens came from this address: "
                    + "writes from it are refused for " + wait + " more seconds.", null)
                    .header("Retry-After", Long.toString(wait));
        }
        if (header == null || header.isBlank()) {
            throw unauthorized("This request changes data: send 'Authorization: Bearer <token>'.", null);
        }
        if (!bearer) {
            throw unauthorized("The Authorization header must use the Bearer scheme.", "invalid_request");
        }
        if (editor.isEmpty()) {
            failures.failed(client);
            throw unauthorized("The bearer token is not valid.", "invalid_token");
        }
        failures.accepted(editor.get(), client);
        return editor.get();
    }

    private static ApiException unauthorized(String detail, String error) {
        return new ApiException(401, "Unauthorized", detail, null)
                .header("WWW-Authenticate", error == null ? CHALLENGE : CHALLENGE + ", error=\"" + error + "\"");
    }
}
