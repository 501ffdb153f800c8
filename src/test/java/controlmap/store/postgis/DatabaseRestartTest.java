package controlmap.store.postgis;

import static controlmap.store.postgis.SeveralInstancesTest.CONTROL;
import static controlmap.store.postgis.SeveralInstancesTest.WITHIN_MILLIS;
import static controlmap.store.postgis.SeveralInstancesTest.answers;
import static controlmap.store.postgis.SeveralInstancesTest.futureClaim;
import static controlmap.store.postgis.SeveralInstancesTest.millisUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import controlmap.store.StoreException;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The database stops and starts again while two instances run and a client keeps writing: {@code /health} says 503
 * with {@code Retry-After} meanwhile, reads go on from memory, the instances reconnect by themselves, and every write
 * that was acknowledged is there afterwards. Stops the whole test cluster (pg_ctl from the environment).
 */
class DatabaseRestartTest {

    private static List<String> pgCtl;

    @BeforeAll
    static void needsAClusterItMayRestart() {
        pgCtl = TestDatabases.pgCtl();
    }

    @Test
    void healthIs503WhileTheDatabaseIsDownAndNoAcknowledgedWriteIsLost() throws Exception {
        String url = TestDatabases.create();
        try (Instance a = Instance.start(url); Instance b = Instance.start(url)) {
            Queue<String> acknowledged = new ConcurrentLinkedQueue<>();
            AtomicBoolean writing = new AtomicBoolean(true);
            Thread writer = new Thread(() -> {
                for (int i = 0; writing.get(); i++) {
                    String id = "w-" + i;
                    try {
                        a.store().addClaims(List.of(futureClaim(id, "raqqa-city", "sdf")), "writer");
                        acknowledged.add(id);
                    } catch (StoreException e) {
                        // not acknowledged: may or may not be stored
                    }
                    sleep(20);
                }
            }, "test-writer");
            writer.start();
            sleep(300);

            pgCtl("stop", "-m", "fast");
            int acknowledgedBeforeRestart;
            try {
                long start = System.nanoTime();
                HttpResponse<String> health = a.get("/health");
                long millis = (System.nanoTime() - start) / 1_000_000;
                System.out.println("/health with the database down answered " + health.statusCode() + " in "
                        + millis + " ms");
                assertEquals(503, health.statusCode(), health.body());
                assertTrue(health.headers().firstValue("Retry-After").isPresent());
                assertEquals("no-store", health.headers().firstValue("Cache-Control").orElse(null));
                assertTrue(millis < 5_000, "health took " + millis + " ms");
                assertEquals(200, a.get(CONTROL).statusCode(), "reads are answered from memory");
                assertThrows(StoreException.class, () -> a.store().addClaims(
                        List.of(futureClaim("refused", "palmyra", "sdf")), "test"));
                acknowledgedBeforeRestart = acknowledged.size();
            } finally {
                pgCtl("start");
            }

            long back = millisUntil(() -> a.get("/health").statusCode() == 200 && b.get("/health").statusCode() == 200,
                    10_000, "health 200 on both after the restart");
            System.out.println("both instances healthy " + back + " ms after pg_ctl start returned");
            millisUntil(() -> acknowledged.size() > acknowledgedBeforeRestart + 3, 10_000, "writes going on");
            writing.set(false);
            writer.join();

            a.store().addClaims(List.of(futureClaim("after-restart", "palmyra", "sdf")), "test");
            long seen = millisUntil(() -> answers(b, "palmyra|sohr", "sdf"), WITHIN_MILLIS, "B seeing a write after");
            System.out.println("after the restart, B answered with A's write after " + seen + " ms");

            List<String> missing = new ArrayList<>();
            for (String id : acknowledged) {
                if (b.store().claim(id).isEmpty()) {
                    missing.add(id);
                }
            }
            assertEquals(List.of(), missing, "acknowledged writes lost");
            assertTrue(b.store().claim("refused").isEmpty());
            System.out.println(acknowledged.size() + " acknowledged writes, all present after the restart");
        } finally {
            TestDatabases.drop(url);
        }
    }

    private static void pgCtl(String... action) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(pgCtl);
        command.addAll(List.of(action));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
