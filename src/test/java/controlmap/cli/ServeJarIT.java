package controlmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar, started the way the README says, in an empty directory. */
class ServeJarIT {

    static final ObjectMapper JSON = new ObjectMapper();
    final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    @Test
    void firstStartCreatesAndSeedsTheGeoPackageAndARestartKeepsIt() throws Exception {
        int port = freePort();
        Process p = start(port);
        long version;
        try {
            JsonNode health = waitForHealth(port, p);
            assertEquals("geopackage", health.path("store").asText());
            version = health.path("data_version").asLong();
            assertTrue(Files.size(dir.resolve("controlmap.gpkg")) > 0, "controlmap.gpkg in the working directory");
            JsonNode control = get(port, "/api/control?date=2017-12-08&source=sohr");
            assertTrue(control.path("features").size() >= 1, control.toString());
            assertTrue(get(port, "/api/basemap").path("features").size() > 5, "the basemap travels in the jar");
            for (String asset : new String[] {"/", "/js/main.js", "/css/app.css", "/webjars/leaflet/1.9.4/dist/leaflet.js",
                "/webjars/leaflet/1.9.4/dist/leaflet.css", "/embed?date=2017-12-08", "/js/embed.js", "/css/embed.css",
                "/api/snapshot.png?date=2017-12-08&source=sohr&width=400&height=300",
                "/oembed?url=http%3A%2F%2F127.0.0.1%3A" + port + "%2F%3Fdate%3D2017-12-08"}) {
                assertTrue(!text(port, asset).isEmpty(), asset + " served from the jar");
            }
        } finally {
            stop(p);
        }
        Process again = start(port);
        try {
            JsonNode health = waitForHealth(port, again);
            assertEquals(version, health.path("data_version").asLong(), "a second start does not seed again");
        } finally {
            stop(again);
        }
    }

    @Test
    void helpExplainsEveryOption() throws Exception {
        Process p = new ProcessBuilder(List.of(java(), "-jar", jar(), "serve", "--help"))
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor());
        for (String option : new String[] {"--port", "--store", "--host", "--seed", "CONTROLMAP_STORE"}) {
            assertTrue(out.contains(option), option + " in:\n" + out);
        }
    }

    private Process start(int port) throws IOException {
        return new ProcessBuilder(List.of(java(), "-jar", jar(), "serve", "--port", String.valueOf(port),
                "--host", "127.0.0.1"))
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("serve-" + port + "-" + System.nanoTime() + ".log").toFile())
                .start();
    }

    private JsonNode waitForHealth(int port, Process p) throws Exception {
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            if (!p.isAlive()) {
                StringBuilder log = new StringBuilder();
                try (var logs = Files.list(dir)) {
                    for (Path f : logs.filter(f -> f.getFileName().toString().startsWith("serve-")).toList()) {
                        log.append(Files.readString(f));
                    }
                }
                throw new AssertionError("service exited with " + p.exitValue() + ":\n" + log);
            }
            try {
                return get(port, "/health");
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
        throw new AssertionError("service did not answer /health within 60 s");
    }

    private String text(int port, String path) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), path);
        return r.body();
    }

    private JsonNode get(int port, String path) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    private static void stop(Process p) throws InterruptedException {
        p.destroy();
        if (!p.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String jar() {
        return System.getProperty("controlmap.jar", "target/controlmap.jar");
    }
}
