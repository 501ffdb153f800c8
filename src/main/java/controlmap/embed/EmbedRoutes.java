package controlmap.embed;

import controlmap.http.PublicBase;
import controlmap.http.SecurityHeaders;
import controlmap.render.Basemap;
import controlmap.render.SnapshotCache;
import controlmap.render.PictureRenderer;
import controlmap.service.ControlMapService;
import io.javalin.config.JavalinConfig;

/** The routes for other sites: the pages with their crawler tags, the embed, oEmbed and the pictures. */
public final class EmbedRoutes {

    /** Pictures kept: at most this many, and at most {@link #CACHE_BYTES} bytes. */
    static final int CACHE_ENTRIES = 256;
    static final long CACHE_BYTES = 64L << 20;

    private EmbedRoutes() {
    }

    /**
     * Registers {@code /}, {@code /embed}, {@code /oembed}, {@code /api/snapshot.png} and {@code /methodology} (the
     * page that says how to read the map, web/methodology.html).
     */
    public static void register(JavalinConfig config, ControlMapService service, PublicBase base, Basemap basemap) {
        PageApi map = new PageApi(service, base, "/web/index.html", false);
        PageApi embed = new PageApi(service, base, "/web/embed.html", true);
        OEmbedApi oembed = new OEmbedApi(service, base);
        PictureApi snapshot = new PictureApi(service, new PictureRenderer(basemap),
                new SnapshotCache(CACHE_ENTRIES, CACHE_BYTES));
        config.routes.get("/", map::page);
        config.routes.get("/methodology", ctx -> ctx.redirect("/methodology.html"));
        config.routes.get(SecurityHeaders.EMBED_PATH, embed::page);
        config.routes.get("/oembed", oembed::oembed);
        config.routes.get("/api/snapshot.png", snapshot::png);
    }
}
