package controlmap.store.postgis;

import static controlmap.store.postgis.SeveralInstancesTest.futureClaim;
import static controlmap.store.postgis.SeveralInstancesTest.millisUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import controlmap.testing.Answers;
import controlmap.testing.PackagedJar;
import controlmap.testing.RunningService;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two packaged jars serving one PostGIS database, one told by {@code --store}, the other by
 * {@code CONTROLMAP_STORE}, as behind a load balancer; a third process writes (as an import would) and both
 * serve the write within a second, under the same ETag.
 */
class ServeJarsOnPostgisIT {

    @TempDir
    Path dir;

    @BeforeAll
    static void needsPostgis() {
        TestDatabases.adminUrl();
    }

    @Test
    void twoJarsOnOneDatabaseServeAThirdProcesssWriteWithinASecond() throws Exception {
        String url = TestDatabases.create();
        PackagedJar b = null;
        try (PackagedJar a = PackagedJar.serve(dir, PackagedJar.freePort(), Map.of(), "--store", url)) {
            JsonNode healthA = a.waitForHealth();
            assertEquals("postgis", healthA.path("store").asText());
            b = PackagedJar.serve(dir, PackagedJar.freePort(), Map.of("CONTROLMAP_STORE", url));
            JsonNode healthB = b.waitForHealth();
            assertEquals(healthA.path("data_version"), healthB.path("data_version"), "seeded once, by A");

            String control = SeveralInstancesTest.CONTROL;
            try (PostgisClaimStore writer = PostgisClaimStore.open(url)) {
                writer.addClaims(List.of(futureClaim("jar-test-raqqa", "raqqa-city", "sdf")), "importer");
                long written = System.nanoTime();
                for (PackagedJar jar : new PackagedJar[] {a, b}) {
                    millisUntil(() -> "sdf".equals(Answers.actors(json(jar, control)).get("raqqa-city|sohr")),
                            1_000, "jar on " + jar.port() + " serving the write");
                    System.out.println("jar on port " + jar.port() + " served the write "
                            + (System.nanoTime() - written) / 1_000_000 + " ms after it was committed");
                }
            }
            assertEquals(a.get(control).headers().firstValue("ETag"), b.get(control).headers().firstValue("ETag"));
        } finally {
            if (b != null) {
                b.stop();
            }
            TestDatabases.drop(url);
        }
    }

    private static JsonNode json(PackagedJar jar, String path) {
        try {
            HttpResponse<String> r = jar.get(path);
            if (r.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + r.statusCode());
            }
            return RunningService.parse(r.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
