package controlmap.http;

import controlmap.config.SiteConfig;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.function.BiConsumer;

/**
 * The framing and content policy of every response: set on every answer before anything else handles the request
 * ({@link HttpEdge}, which also covers files and the server's own errors) and again by a before-handler of the
 * application, so an answer the framework builds afresh keeps them. {@code X-Content-Type-Options: nosniff}
 * everywhere: no answer is ever read as another type than it says. Everything may be framed only by
 * our own pages ({@code X-Frame-Options: SAMEORIGIN}, {@code frame-ancestors 'self'}) except the embed, which any
 * page may put in an iframe, a page saved as a local file included (its policy has no frame-ancestors). Scripts
 * and styles come only from us (no inline script), images from us, {@code data:} URLs and the configured tile
 * servers. Handlers that need a stricter policy (the OGC HTML pages) replace the header.
 */
public final class SecurityHeaders {

    /** The one path other sites may frame. */
    public static final String EMBED_PATH = "/embed";
    public static final String CSP = "Content-Security-Policy";
    public static final String FRAME_OPTIONS = "X-Frame-Options";
    public static final String NOSNIFF = "X-Content-Type-Options";

    private final String sitePolicy;
    private final String embedPolicy;

    public SecurityHeaders(SiteConfig site) {
        String images = "'self' data:" + (site.tileOrigins().isEmpty() ? "" : " " + String.join(" ", site.tileOrigins()));
        String common = "default-src 'self'; script-src 'self'; style-src 'self'; img-src " + images
                + "; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";
        this.sitePolicy = common + "; frame-ancestors 'self'";
        // no frame-ancestors at all for the embed: "*" matches only network schemes, and Chromium then refuses to be
        // framed by an article saved as a local file (file:); an absent directive lets any page frame it
        this.embedPolicy = common;
    }

    /** Registers the before-handler on every path. */
    public void install(JavalinConfig config) {
        config.routes.before(this::apply);
    }

    /** The embed's policy: the same, but framable by any site. */
    public String embedPolicy() {
        return embedPolicy;
    }

    private void apply(Context ctx) {
        apply(ctx.path(), ctx::header);
    }

    /** Sets the headers for an answer to {@code path} through {@code set} (name, value; replacing). */
    public void apply(String path, BiConsumer<String, String> set) {
        if (isEmbed(path)) {
            set.accept(CSP, embedPolicy);
        } else {
            set.accept(CSP, sitePolicy);
            set.accept(FRAME_OPTIONS, "SAMEORIGIN");
        }
        set.accept("Referrer-Policy", "strict-origin-when-cross-origin");
        set.accept(NOSNIFF, "nosniff");
    }

    static boolean isEmbed(String path) {
        return path != null && path.equals(EMBED_PATH) || path.equals(EMBED_PATH + "/");
    }
}
