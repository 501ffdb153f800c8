package controlmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import controlmap.testing.PackagedJar;
import controlmap.testing.RunningService;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar, started the way the README says, in an empty directory. */
class ServeJarIT {

    @TempDir
    Path dir;

    @Test
    void firstStartCreatesAndSeedsTheGeoPackageAndARestartKeepsIt() throws Exception {
        int port = PackagedJar.freePort();
        long version;
        try (PackagedJar jar = PackagedJar.serve(dir, port, Map.of())) {
            JsonNode health = jar.waitForHealth();
            assertEquals("geopackage", health.path("store").asText());
            version = health.path("data_version").asLong();
            assertTrue(Files.size(dir.resolve("controlmap.gpkg")) > 0, "controlmap.gpkg in the working directory");
            JsonNode control = json(jar, "/api/control?date=2017-12-08&source=sohr");
            assertTrue(control.path("features").size() >= 1, control.toString());
            assertTrue(json(jar, "/api/basemap").path("features").size() > 5, "the basemap travels in the jar");
            for (String asset : new String[] {"/", "/js/main.js", "/css/app.css", "/webjars/leaflet/1.9.4/dist/leaflet.js",
                "/webjars/leaflet/1.9.4/dist/leaflet.css", "/embed?date=2017-12-08", "/js/embed.js", "/css/embed.css",
                "/api/snapshot.png?date=2017-12-08&source=sohr&width=400&height=300",
                "/oembed?url=http%3A%2F%2F127.0.0.1%3A" + port + "%2F%3Fdate%3D2017-12-08"}) {
                HttpResponse<String> r = jar.get(asset);
                assertEquals(200, r.statusCode(), asset);
                assertTrue(!r.body().isEmpty(), asset + " served from the jar");
            }
        }
        try (PackagedJar again = PackagedJar.serve(dir, port, Map.of())) {
            JsonNode health = again.waitForHealth();
            assertEquals(version, health.path("data_version").asLong(), "a second start does not seed again");
        }
    }

    @Test
    void helpExplainsEveryOption() throws Exception {
        String out = PackagedJar.run("serve", "--help");
        for (String option : new String[] {"--port", "--store", "--host", "--seed", "CONTROLMAP_STORE"}) {
            assertTrue(out.contains(option), option + " in:\n" + out);
        }
    }

    private static JsonNode json(PackagedJar jar, String path) throws IOException, InterruptedException {
        HttpResponse<String> r = jar.get(path);
        assertEquals(200, r.statusCode(), r.body());
        return RunningService.parse(r.body());
    }
}
