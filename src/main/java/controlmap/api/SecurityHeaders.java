package controlmap.api;

import controlmap.config.SiteConfig;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;

/**
 * The framing and content policy of every response, set in one before-handler. Everything may be framed only by
 * our own pages ({@code X-Frame-Options: SAMEORIGIN}, {@code frame-ancestors 'self'}) except the embed, which any
 * page may put in an iframe, a page saved as a local file included (its policy has no frame-ancestors). Scripts and styles come only from us (no inline script), images from us, {@code data:}
 * URLs and the configured tile servers. Handlers that need a stricter policy (the OGC HTML pages) replace the header.
 */
public final class SecurityHeaders {

    /** The one path other sites may frame. */
    public static final String EMBED_PATH = "/embed";
    public static final String CSP = "Content-Security-Policy";
    public static final String FRAME_OPTIONS = "X-Frame-Options";

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

    /** The policy of pages other than the embed. */
    public String sitePolicy() {
        return sitePolicy;
    }

    /** The embed's policy: the same, but framable by any site. */
    public String embedPolicy() {
        return embedPolicy;
    }

    private void apply(Context ctx) {
        if (isEmbed(ctx.path())) {
            ctx.header(CSP, embedPolicy);
        } else {
            ctx.header(CSP, sitePolicy);
            ctx.header(FRAME_OPTIONS, "SAMEORIGIN");
        }
        ctx.header("Referrer-Policy", "strict-origin-when-cross-origin");
    }

    static boolean isEmbed(String path) {
        return path.equals(EMBED_PATH) || path.equals(EMBED_PATH + "/");
    }
}
