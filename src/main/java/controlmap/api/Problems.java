package controlmap.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where failures become responses: {@code application/problem+json} (RFC 9457), unless the request
 * carries another {@link Renderer} in the attribute {@link #RENDERER} (the OGC API sets one for its paths, whose
 * clients expect the standard's exception document).
 */
public final class Problems {

    public static final String CONTENT_TYPE = "application/problem+json";
    /** Request attribute holding the {@link Renderer} for this request's errors, when not problem+json. */
    public static final String RENDERER = "controlmap.errorRenderer";
    private static final String WRITTEN = "controlmap.errorWritten";
    private static final Logger LOG = LoggerFactory.getLogger(Problems.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Writes an error response; the arguments are those of {@link #write}. */
    @FunctionalInterface
    public interface Renderer {
        void write(Context ctx, int status, String title, String detail, String parameter);
    }

    private Problems() {
    }

    /** Registers the exception and error handlers on {@code config}. */
    public static void install(JavalinConfig config) {
        config.routes.exception(ApiException.class, (e, ctx) -> write(ctx, e.status(), e.title(), e.getMessage(),
                e.parameter()));
        config.routes.exception(HttpResponseException.class, (e, ctx) -> write(ctx, e.getStatus(),
                "HTTP " + e.getStatus(), e.getMessage(), null));
        config.routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("unhandled error on {} {}", ctx.method(), ctx.path(), e);
            write(ctx, 500, "Internal error", "The server failed to answer this request; it has been logged.", null);
        });
        config.routes.error(404, ctx -> {
            if (ctx.attribute(WRITTEN) == null) {
                write(ctx, 404, "Not found", "No resource at " + ctx.path(), null);
            }
        });
        config.routes.error(405, ctx -> write(ctx, 405, "Method not allowed",
                "Method " + ctx.method() + " is not allowed on " + ctx.path(), null));
    }

    /** Writes a problem document with {@code type}, {@code title}, {@code status}, {@code detail} and {@code parameter}. */
    public static void write(Context ctx, int status, String title, String detail, String parameter) {
        ctx.attribute(WRITTEN, Boolean.TRUE);
        Renderer renderer = ctx.attribute(RENDERER);
        if (renderer != null) {
            renderer.write(ctx, status, title, detail, parameter);
            return;
        }
        ObjectNode body = JSON.createObjectNode();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        if (parameter != null) {
            body.put("parameter", parameter);
        }
        body.put("instance", ctx.path());
        ctx.status(status);
        ctx.header("Cache-Control", "no-store");
        ctx.contentType(CONTENT_TYPE);
        ctx.result(body.toString());
    }
}
