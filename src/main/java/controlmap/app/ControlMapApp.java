package controlmap.app;

import controlmap.api.BasemapApi;
import controlmap.api.ListsApi;
import controlmap.api.ControlApi;
import controlmap.api.ExportApi;
import controlmap.api.GazetteerApi;
import controlmap.api.GeometryJson;
import controlmap.api.HotResponses;
import controlmap.api.write.EditRoutes;
import controlmap.api.write.HealthApi;
import controlmap.api.write.WriteHealth;
import controlmap.config.EditorTokens;
import controlmap.config.SiteConfig;
import controlmap.embed.EmbedRoutes;
import controlmap.http.AcceptedHosts;
import controlmap.http.ClientAddress;
import controlmap.http.Cors;
import controlmap.http.EdgeErrors;
import controlmap.http.HttpEdge;
import controlmap.http.Problems;
import controlmap.http.PublicBase;
import controlmap.http.SecurityHeaders;
import controlmap.ogc.OgcApi;
import controlmap.render.Basemap;
import controlmap.render.Gazetteer;
import controlmap.service.ControlMapService;
import controlmap.tiles.TilesApi;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;
import java.util.Set;
import org.eclipse.jetty.server.ForwardedRequestCustomizer;

/**
 * The HTTP application, built from its dependencies so tests can start it on a random port:
 * {@code new ControlMapApp(service).javalin().start(0)}.
 */
public final class ControlMapApp {

    /** Reads whose answers depend only on the URL, Accept, Accept-Encoding and the data version: replayed from memory. */
    static final Set<String> HOT_PATHS = Set.of("/api/control", "/api/disputes", "/api/timeline",
            "/api/places", "/api/changes", "/api/extent", "/api/sources", "/api/actors");
    static final long HOT_BYTES = 64L << 20;
    static final int HOT_ANSWER_BYTES = 16 << 20;
    /** How long the server waits for more of a request body (or any I/O of a request) before giving up. */
    static final long BODY_IDLE_MILLIS = 10_000;

    private final ControlMapService service;
    private final EditorTokens tokens;
    private final SiteConfig site;

    /** Read-only: every write answers 403. */
    public ControlMapApp(ControlMapService service) {
        this(service, EditorTokens.none());
    }

    /** With editors: writes need one of {@code tokens} as {@code Authorization: Bearer}. */
    public ControlMapApp(ControlMapService service, EditorTokens tokens) {
        this(service, tokens, SiteConfig.defaults());
    }

    /** With editors and the site's public URL and tile servers ({@link SiteConfig}). */
    public ControlMapApp(ControlMapService service, EditorTokens tokens, SiteConfig site) {
        this.service = service;
        this.tokens = tokens;
        this.site = site;
    }

    /** A configured, not yet started Javalin instance. */
    public Javalin javalin() {
        GeometryJson shapes = new GeometryJson();
        ListsApi lists = new ListsApi(service, shapes);
        ControlApi control = new ControlApi(service, shapes);
        warmInBackground(shapes);
        Basemap outlines = Basemap.load();
        BasemapApi basemap = new BasemapApi(outlines);
        PublicBase base = new PublicBase(site);
        SecurityHeaders security = new SecurityHeaders(site);
        WriteHealth writes = new WriteHealth(service.store());
        EdgeErrors edgeErrors = new EdgeErrors(security);
        return Javalin.create(config -> {
            config.http.compressionStrategy = CompressionStrategy.GZIP;
            config.http.generateEtags = false;
            // a request body that stops arriving (a client gone quiet mid-upload) is given up after this long
            config.jetty.modifyHttpConfiguration(http -> http.setIdleTimeout(BODY_IDLE_MILLIS));
            if (site.trustForwarded()) {
                // scheme and host from the proxy's Forwarded / X-Forwarded-* headers: links and oEmbed name the
                // address readers used (https behind a TLS-terminating proxy)
                config.jetty.modifyHttpConfiguration(http -> http.addCustomizer(new ForwardedRequestCustomizer()));
            }
            config.jetty.modifyServer(server -> {
                server.setStopTimeout(2_000);
                server.setHandler(new HttpEdge(new HotResponses(server.getHandler(),
                        () -> service.snapshot().dataVersion(), HOT_PATHS, HOT_BYTES, HOT_ANSWER_BYTES), security));
                server.setErrorHandler(edgeErrors);
            });
            config.jetty.modifyServletContextHandler(context -> context.setErrorHandler(edgeErrors));
            config.staticFiles.enableWebjars();
            config.staticFiles.add(web -> {
                web.hostedPath = "/";
                web.directory = "/web";
                web.location = Location.CLASSPATH;
            });
            new AcceptedHosts(site, Set.of(HealthApi.HEALTH, HealthApi.HEALTH_WRITES)).install(config);
            OgcApi.register(config, service, base);
            TilesApi.register(config, service, base);
            ExportApi.register(config, service);
            EmbedRoutes.register(config, service, base, outlines);
            Problems.install(config, writes::failed);
            security.install(config);
            routes(config, lists, control, basemap, writes);
        });
    }

    private void routes(JavalinConfig config, ListsApi lists, ControlApi control, BasemapApi basemap,
                        WriteHealth writes) {
        Cors.install(config, "/api/*", "ETag, Location, Content-Disposition");
        config.routes.after("/api/*", ctx -> {
            String m = ctx.method().name();
            if (!m.equals("GET") && !m.equals("HEAD") && !m.equals("OPTIONS") && ctx.statusCode() < 300) {
                writes.succeeded();
            }
        });
        config.routes.get("/api/sources", lists::sources);
        config.routes.get("/api/actors", lists::actors);
        config.routes.get("/api/places", lists::places);
        config.routes.get("/api/claims", lists::claims);
        config.routes.get("/api/changes", lists::changes);
        config.routes.get("/api/extent", lists::extent);
        config.routes.get("/api/control", control::control);
        config.routes.get("/api/disputes", control::disputes);
        config.routes.get("/api/timeline", control::timeline);
        config.routes.get("/api/basemap", basemap::basemap);
        GazetteerApi gazetteer = new GazetteerApi(Gazetteer.load());
        config.routes.get("/api/gazetteer", gazetteer::gazetteer);
        HealthApi health = new HealthApi(service, writes);
        config.routes.get(HealthApi.HEALTH, health::health);
        config.routes.get(HealthApi.HEALTH_WRITES, health::writes);
        EditRoutes.register(config, service, tokens, new ClientAddress(site));
    }

    /** Encodes the places' shapes on a background thread, so the first large answers need not. */
    private void warmInBackground(GeometryJson shapes) {
        Thread t = new Thread(() -> shapes.warm(service.snapshot().index().places()), "controlmap-warm-shapes");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }
}
