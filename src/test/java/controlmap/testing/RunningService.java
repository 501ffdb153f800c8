package controlmap.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import controlmap.app.ControlMapApp;
import controlmap.config.EditorTokens;
import controlmap.config.SiteConfig;
import controlmap.service.ControlMapService;
import controlmap.store.ClaimStore;
import controlmap.store.SeedDataset;
import controlmap.store.gpkg.GeoPackageClaimStore;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The real service on a random port over a real GeoPackage file in a temp directory, seeded from data/geojson,
 * and an HTTP client to talk to it. Close it when done.
 */
public final class RunningService implements AutoCloseable {

    public static final ObjectMapper JSON = new ObjectMapper();
    private final Path dir;
    private final ClaimStore store;
    private final ControlMapService service;
    private final Javalin app;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private RunningService(Path dir, EditorTokens tokens, SiteConfig site) {
        this.dir = dir;
        this.store = GeoPackageClaimStore.open(dir.resolve("test.gpkg"));
        seedData().seedIfEmpty(store);
        this.service = new ControlMapService(store);
        this.app = new ControlMapApp(service, tokens, site).javalin().start("127.0.0.1", 0);
    }

    /** Starts a service seeded with the repository's data/geojson, read-only (no editor tokens). */
    public static RunningService start() {
        return start(EditorTokens.none());
    }

    /** Starts a seeded service whose editors are {@code tokens}. */
    public static RunningService start(EditorTokens tokens) {
        return start(tokens, SiteConfig.defaults());
    }

    /** Starts a seeded read-only service presenting itself as {@code site} says (public URL, tile servers). */
    public static RunningService start(SiteConfig site) {
        return start(EditorTokens.none(), site);
    }

    /** Starts a seeded service with editors {@code tokens} presenting itself as {@code site} says. */
    public static RunningService start(EditorTokens tokens, SiteConfig site) {
        try {
            return new RunningService(Files.createTempDirectory("controlmap-test"), tokens, site);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Starts a seeded service whose GeoPackage is {@code dir}/test.gpkg (a directory the caller made). */
    public static RunningService startIn(Path dir, EditorTokens tokens) {
        return new RunningService(dir, tokens, SiteConfig.defaults());
    }

    /** The running Javalin app (to look at what it has registered). */
    public Javalin app() {
        return app;
    }

    /** The GeoPackage file of the store. */
    public Path storeFile() {
        return dir.resolve("test.gpkg");
    }

    /** The seed dataset of this checkout (data/geojson). */
    public static SeedDataset seedData() {
        return SeedDataset.fromDirectory(Path.of(System.getProperty("controlmap.dataDir", "data/geojson")));
    }

    public ClaimStore store() {
        return store;
    }

    public ControlMapService service() {
        return service;
    }

    public int port() {
        return app.port();
    }

    public URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + app.port() + pathAndQuery);
    }

    public HttpResponse<String> get(String pathAndQuery, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(pathAndQuery)).timeout(Duration.ofSeconds(20)).GET();
        if (headers.length > 0) {
            b.headers(headers);
        }
        return send(b.build());
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<byte[]> getBytes(String pathAndQuery, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(pathAndQuery)).GET();
        if (headers.length > 0) {
            b.headers(headers);
        }
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** GETs and parses JSON, failing unless the status is 200. */
    public JsonNode json(String pathAndQuery) {
        HttpResponse<String> r = get(pathAndQuery);
        if (r.statusCode() != 200) {
            throw new AssertionError(pathAndQuery + " answered " + r.statusCode() + ": " + r.body());
        }
        return parse(r.body());
    }

    public static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }

    @Override
    public void close() {
        try {
            app.stop();
        } catch (io.javalin.util.JavalinException e) {
            // Jetty stops anyway once its graceful stop timeout (2 s) is over; on a loaded machine a test's last
            // keep-alive exchange can outlast it. That is not what any test here is about: say so and go on.
            if (!(e.getCause() instanceof java.util.concurrent.TimeoutException)) {
                throw e;
            }
            System.err.println("RunningService: graceful stop timed out; the server was stopped anyway");
        }
        store.close();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // temp files; the OS cleans up what is left
        }
    }
}
