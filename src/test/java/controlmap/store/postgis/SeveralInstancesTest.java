package controlmap.store.postgis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import controlmap.domain.Basis;
import controlmap.domain.Claim;
import controlmap.domain.DatePrecision;
import controlmap.testing.Answers;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two service instances on one PostGIS database, as behind a load balancer: a write through one is in the other's
 * answers within a second, and both then give the same answer under the same ETag.
 */
class SeveralInstancesTest {

    /** A day after every seed claim began, so a test claim starting the day before wins the as-of rule. */
    static final String DAY = "2031-01-02";
    static final String CONTROL = "/api/control?date=" + DAY + "&source=sohr";
    static final long WITHIN_MILLIS = 1_000;

    private String url;

    @BeforeAll
    static void needsPostgis() {
        TestDatabases.adminUrl();
    }

    @BeforeEach
    void database() {
        url = TestDatabases.create();
    }

    @AfterEach
    void dropDatabase() {
        TestDatabases.drop(url);
    }

    static Claim futureClaim(String id, String place, String actor) {
        LocalDate from = LocalDate.parse("2031-01-01");
        return new Claim(id, "sohr", place, actor, from, null, DatePrecision.DAY, from, DatePrecision.DAY,
                Basis.EXPLICIT, "test quote", "https://example.org/" + id, "test article", null, null, null, null,
                0, 0, null, null, null);
    }

    /** Milliseconds until {@code condition} holds, polling every 5 ms; fails after {@code limit} ms. */
    static long millisUntil(Supplier<Boolean> condition, long limit, String what) {
        long start = System.nanoTime();
        while (true) {
            long elapsed = (System.nanoTime() - start) / 1_000_000;
            if (condition.get()) {
                return elapsed;
            }
            if (elapsed > limit) {
                throw new AssertionError(what + " not within " + limit + " ms");
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    static boolean answers(Instance instance, String placeAndSource, String actor) {
        return actor.equals(Answers.actors(instance.json(CONTROL)).get(placeAndSource));
    }

    @Test
    void aWriteOnOneInstanceIsInTheOthersAnswersWithinASecond() {
        try (Instance a = Instance.start(url); Instance b = Instance.start(url)) {
            String before = Answers.actors(b.json(CONTROL)).get("raqqa-city|sohr");
            assertNotEquals("sdf", before);

            a.store().addClaims(List.of(futureClaim("test-raqqa-2031", "raqqa-city", "sdf")), "test");
            a.service().refresh();
            long seen = millisUntil(() -> answers(b, "raqqa-city|sohr", "sdf"), WITHIN_MILLIS, "B seeing A's write");
            System.out.println("instance B answered with A's write after " + seen + " ms");

            a.store().retract("test-raqqa-2031", "test", "retracted on A");
            a.service().refresh();
            millisUntil(() -> Objects.equals(before, Answers.actors(b.json(CONTROL)).get("raqqa-city|sohr")),
                    WITHIN_MILLIS, "B seeing the retraction");
            assertSameAnswerAndEtag(a, b);
        }
    }

    @Test
    void withoutNotificationsPollingStillBringsTheWriteWithinASecond() {
        try (Instance a = Instance.start(url); Instance b = Instance.pollingOnly(url)) {
            a.store().addClaims(List.of(futureClaim("test-palmyra-2031", "palmyra", "isis")), "test");
            long seen = millisUntil(() -> answers(b, "palmyra|sohr", "isis"), WITHIN_MILLIS, "B polling A's write");
            System.out.println("polling instance answered with A's write after " + seen + " ms");
            assertSameAnswerAndEtag(a, b);
        }
    }

    @Test
    void bothInstancesReportTheSameDataVersionAndEtagsForTheSameData() {
        try (Instance a = Instance.start(url); Instance b = Instance.start(url)) {
            for (int i = 0; i < 5; i++) {
                Instance writer = i % 2 == 0 ? a : b;
                writer.store().addClaims(List.of(futureClaim("test-" + i, "raqqa-city", i % 2 == 0 ? "sdf" : "isis")),
                        "test");
            }
            long version = a.store().dataVersion();
            millisUntil(() -> a.service().snapshot().dataVersion() == version
                    && b.service().snapshot().dataVersion() == version, WITHIN_MILLIS, "both at the last version");
            assertSameAnswerAndEtag(a, b);
            assertEquals(a.json("/health").path("data_version"), b.json("/health").path("data_version"));
        }
    }

    private static void assertSameAnswerAndEtag(Instance a, Instance b) {
        for (String path : List.of(CONTROL, "/api/claims?source=sohr", "/api/disputes?date=" + DAY, "/api/changes")) {
            HttpResponse<String> ra = a.get(path);
            HttpResponse<String> rb = b.get(path);
            assertEquals(ra.body(), rb.body(), path);
            String etag = ra.headers().firstValue("ETag").orElseThrow();
            assertEquals(etag, rb.headers().firstValue("ETag").orElseThrow(), path);
            assertTrue(etag.contains("-" + a.service().snapshot().dataVersion() + "-"), etag);
        }
    }
}
