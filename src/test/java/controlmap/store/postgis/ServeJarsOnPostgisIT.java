package controlmap.store.postgis;

import static controlmap.store.postgis.SeveralInstancesTest.futureClaim;
import static controlmap.store.postgis.SeveralInstancesTest.millisUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import controlmap.testing.Answers;
import controlmap.testing.RunningService;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two packaged jars serving one PostGIS database, one told by {@code --store}, the other by
 * {@code CONTROLMAP_STORE}, as behind a load balancer; a third process writes (as an import would) and both
 * serve the write within a second, under the same ETag.
 */
class ServeJarsOnPostgisIT {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path dir;

    @BeforeAll
    static void needsPostgis() {
        TestDatabases.adminUrl();
    }

    @Test
    void twoJarsOnOneDatabaseServeAThirdProcesssWriteWithinASecond() throws Exception {
        String url = TestDatabases.create();
        int portA = freePort();
        int portB = freePort();
        Process a = start(List.of("--store", url, "--port", String.valueOf(portA)), null);
        Process b = null;
        try {
            JsonNode healthA = waitForHealth(portA, a);
            assertEquals("postgis", healthA.path("store").asText());
            b = start(List.of("--port", String.valueOf(portB)), url);
            JsonNode healthB = waitForHealth(portB, b);
            assertEquals(healthA.path("data_version"), healthB.path("data_version"), "seeded once, by A");

            String control = SeveralInstancesTest.CONTROL;
            try (PostgisClaimStore writer = PostgisClaimStore.open(url)) {
                writer.addClaims(List.of(futureClaim("jar-test-raqqa", "raqqa-city", "sdf")), "importer");
                long written = System.nanoTime();
                for (int port : new int[] {portA, portB}) {
                    millisUntil(() -> "sdf".equals(Answers.actors(json(port, control)).get("raqqa-city|sohr")),
                            1_000, "jar on " + port + " serving the write");
                    System.out.println("jar on port " + port + " served the write "
                            + (System.nanoTime() - written) / 1_000_000 + " ms after it was committed");
                }
            }
            assertEquals(get(portA, control).headers().firstValue("ETag"),
                    get(portB, control).headers().firstValue("ETag"));
        } finally {
            stop(a);
            if (b != null) {
                stop(b);
            }
            TestDatabases.drop(url);
        }
    }

    private Process start(List<String> options, String storeEnv) throws IOException {
        List<String> command = new java.util.ArrayList<>(List.of(java(), "-jar", jar(), "serve", "--host",
                "127.0.0.1"));
        command.addAll(options);
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("serve-" + System.nanoTime() + ".log").toFile());
        pb.environment().remove("CONTROLMAP_STORE");
        if (storeEnv != null) {
            pb.environment().put("CONTROLMAP_STORE", storeEnv);
        }
        return pb.start();
    }

    private JsonNode waitForHealth(int port, Process p) throws Exception {
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            if (!p.isAlive()) {
                throw new AssertionError("service exited with " + p.exitValue());
            }
            try {
                return json(port, "/health");
            } catch (IllegalStateException notYet) {
                Thread.sleep(200);
            }
        }
        throw new AssertionError("service did not answer /health within 60 s");
    }

    private JsonNode json(int port, String path) {
        HttpResponse<String> r = get(port, path);
        if (r.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + r.statusCode());
        }
        return RunningService.parse(r.body());
    }

    private HttpResponse<String> get(int port, String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void stop(Process p) throws InterruptedException {
        p.destroy();
        if (!p.waitFor(20, TimeUnit.SECONDS)) {
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
