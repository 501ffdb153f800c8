package controlmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import controlmap.testing.PackagedJar;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing acknowledged is lost, nothing half-written appears: the packaged jar takes claims (single Features and
 * FeatureCollections of five) from several writers at once, is killed with SIGKILL mid-stream, and restarted on the
 * same file. Every claim that got a 201 must be there; of every collection, all or none.
 */
class WriteCrashIT {

    static final String TOKEN = "crash-test-token-5f1e2d3c4b5a";
    static final int ROUNDS = 3;
    static final int WRITERS = 4;
    static final int COLLECTION = 5;
    static final ObjectMapper JSON = new ObjectMapper();

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path dir;

    /** What a writer sent: the ids of one request, and whether it was acknowledged with 201. */
    record Sent(List<String> ids, boolean collection) {
    }

    @Test
    void everyAcknowledgedClaimSurvivesSigkillAndNoCollectionIsPartial() throws Exception {
        int port = PackagedJar.freePort();
        Map<Sent, Boolean> sent = new ConcurrentHashMap<>();
        int ackedClaims = 0;
        for (int round = 0; round < ROUNDS; round++) {
            PackagedJar jar = start(port);
            jar.waitForHealth();
            writeUntilKilled(port, jar, round, sent);
        }
        PackagedJar check = start(port);
        try {
            check.waitForHealth();
            int unackedFound = 0;
            int unackedMissing = 0;
            int collections = 0;
            for (Map.Entry<Sent, Boolean> e : sent.entrySet()) {
                int present = 0;
                for (String id : e.getKey().ids()) {
                    present += get(port, "/api/claims/" + id) == 200 ? 1 : 0;
                }
                boolean acked = e.getValue();
                if (acked) {
                    assertEquals(e.getKey().ids().size(), present, "acknowledged but lost: " + e.getKey());
                    ackedClaims += present;
                } else if (present > 0) {
                    unackedFound++;
                } else {
                    unackedMissing++;
                }
                if (e.getKey().collection()) {
                    collections++;
                    assertTrue(present == 0 || present == COLLECTION, "a partial collection: " + present + " of "
                            + e.getKey());
                }
            }
            System.out.printf("crash test: %d rounds, %d requests (%d collections of %d), %d claims acknowledged and "
                    + "all found; of requests cut off by SIGKILL: %d committed, %d not%n", ROUNDS, sent.size(),
                    collections, COLLECTION, ackedClaims, unackedFound, unackedMissing);
            assertTrue(ackedClaims > 0, "the writers got some 201s before each kill");
        } finally {
            check.stop();
        }
    }

    /** Writers POST until the service dies; it is SIGKILLed once they have had some 201s, mid-stream. */
    private void writeUntilKilled(int port, PackagedJar jar, int round, Map<Sent, Boolean> sent) throws Exception {
        AtomicInteger acks = new AtomicInteger();
        AtomicBoolean dead = new AtomicBoolean();
        CountDownLatch done = new CountDownLatch(WRITERS);
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            pool.submit(() -> {
                try {
                    for (int n = 0; !dead.get(); n++) {
                        boolean collection = n % 2 == 1;
                        List<String> ids = new ArrayList<>();
                        for (int k = 0; k < (collection ? COLLECTION : 1); k++) {
                            ids.add("crash-r" + round + "-w" + writer + "-n" + n + "-k" + k);
                        }
                        Sent s = new Sent(ids, collection);
                        sent.put(s, false);
                        try {
                            if (post(port, ids, collection) == 201) {
                                sent.put(s, true);
                                acks.incrementAndGet();
                            }
                        } catch (IOException | InterruptedException killed) {
                            dead.set(true);
                        }
                    }
                } catch (Throwable t) {
                    failures.add(t);
                } finally {
                    done.countDown();
                }
            });
        }
        Instant deadline = Instant.now().plusSeconds(60);
        while (acks.get() < 40 + round * 20 && Instant.now().isBefore(deadline)) {
            Thread.sleep(5);
        }
        assertTrue(jar.kill(), "the service died of SIGKILL");  // no shutdown hook, no close
        dead.set(true);
        assertTrue(done.await(60, TimeUnit.SECONDS), "writers stopped");
        pool.shutdownNow();
        if (!failures.isEmpty()) {
            throw new AssertionError("a writer failed before the kill", failures.get(0));
        }
    }

    private int post(int port, List<String> ids, boolean collection) throws IOException, InterruptedException {
        StringBuilder body = new StringBuilder();
        if (collection) {
            body.append("{\"type\":\"FeatureCollection\",\"features\":[");
        }
        for (int i = 0; i < ids.size(); i++) {
            body.append(i == 0 ? "" : ",").append("{\"type\":\"Feature\",\"id\":\"").append(ids.get(i))
                    .append("\",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[38.9,35.9],[39.1,35.9],"
                            + "[39.1,36.0],[38.9,35.9]]]},\"properties\":{\"source\":\"sohr\",\"place\":\"raqqa-city\","
                            + "\"actor\":\"sdf\",\"valid_from\":\"2017-10-20\",\"reported_on\":\"2017-10-21\","
                            + "\"basis\":\"explicit\",\"quote\":\"crash test\",\"article\":\"crash test\"}}");
        }
        if (collection) {
            body.append("]}");
        }
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/api/claims")).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/geo+json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 201) {
            throw new AssertionError("unexpected answer " + r.statusCode() + ": " + r.body());
        }
        return r.statusCode();
    }

    private int get(int port, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private PackagedJar start(int port) throws IOException {
        return PackagedJar.serve(dir, port, Map.of("CONTROLMAP_TOKENS", "crash:" + TOKEN));
    }
}
