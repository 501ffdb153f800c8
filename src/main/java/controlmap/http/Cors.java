package controlmap.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;

/**
 * Cross-origin reads: any origin may {@code GET} (and {@code HEAD}, and ask with {@code OPTIONS}). Writes get no CORS
 * headers, so browsers on other origins cannot send them: only same-origin pages and non-browser clients write.
 */
public final class Cors {

    private Cors() {
    }

    /**
     * Answers preflights under {@code path} (a Javalin path such as {@code /api/*}) and opens its reads to any
     * origin, exposing the response headers {@code exposed} (a comma-separated list) to their scripts.
     */
    public static void install(JavalinConfig config, String path, String exposed) {
        config.routes.before(path, ctx -> {
            String method = ctx.method().name();
            if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")) {
                open(ctx, exposed);
            }
        });
        config.routes.options(path, Cors::preflight);
    }

    /** Opens this answer to any origin, exposing the response headers {@code exposed} to scripts. */
    public static void open(Context ctx, String exposed) {
        ctx.header("Access-Control-Allow-Origin", "*");
        ctx.header("Access-Control-Expose-Headers", exposed);
    }

    /** Answers a preflight: reads only, with the request headers a conditional, negotiated GET sends. */
    public static void preflight(Context ctx) {
        ctx.header("Access-Control-Allow-Methods", "GET, HEAD");
        ctx.header("Access-Control-Allow-Headers", "If-None-Match, Accept, Accept-Language");
        ctx.header("Access-Control-Max-Age", "86400");
        ctx.status(204);
    }
}
