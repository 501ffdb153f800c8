package controlmap.api.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import controlmap.http.Problems;
import controlmap.testing.Editors;
import controlmap.testing.RunningService;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Two editors correcting the same claim: with the ETag they read in {@code If-Match}, the second one's write is
 * refused (412) instead of silently replacing the first one's correction.
 */
class ConcurrentEditTest {

    private static final String ID = "sohr-2017-12-07-deir-ezzor-east-isis";
    private static final String PATH = "/api/claims/" + ID;

    @Test
    void aClaimHasAStrongEtagForItsExactBytes() {
        try (RunningService svc = RunningService.start()) {
            HttpResponse<String> r = svc.get(PATH, "Accept-Encoding", "gzip");
            assertEquals(200, r.statusCode());
            String etag = r.headers().firstValue("ETag").orElseThrow();
            assertTrue(etag.matches("\"v1-[0-9a-f]{16}\""), etag);
            assertTrue(r.headers().firstValue("Content-Encoding").isEmpty(), "sent as is, so the tag names these bytes");
            assertEquals(304, svc.get(PATH, "If-None-Match", etag).statusCode());
            assertEquals(etag, svc.get(PATH).headers().firstValue("ETag").orElseThrow(), "the same bytes, the same tag");
        }
    }

    @Test
    void theSecondEditorWithAnOutdatedEtagIsRefusedAndNothingIsLost() {
        try (RunningService svc = RunningService.start(Editors.TOKENS)) {
            String seen = svc.get(PATH).headers().firstValue("ETag").orElseThrow();

            HttpResponse<String> alice = put(svc, Editors.ALICE_TOKEN, seen, "alice's correction");
            assertEquals(200, alice.statusCode(), alice.body());
            String afterAlice = alice.headers().firstValue("ETag").orElseThrow();
            assertNotEquals(seen, afterAlice);
            assertTrue(afterAlice.startsWith("\"v2-"), afterAlice);
            assertEquals(afterAlice, svc.get(PATH).headers().firstValue("ETag").orElseThrow(),
                    "the write's answer carries the tag a GET gives");

            HttpResponse<String> bob = put(svc, Editors.BOB_TOKEN, seen, "bob's correction");
            assertEquals(412, bob.statusCode(), bob.body());
            assertEquals(Problems.CONTENT_TYPE, bob.headers().firstValue("Content-Type").orElse(""));
            String detail = RunningService.parse(bob.body()).path("detail").asText();
            assertTrue(detail.contains("version 2") && detail.contains(afterAlice), detail);

            HttpResponse<String> weak = put(svc, Editors.BOB_TOKEN, "W/" + afterAlice, "bob's correction");
            assertEquals(412, weak.statusCode(), "If-Match compares strongly: a weak tag never matches");
            HttpResponse<String> stale = delete(svc, Editors.BOB_TOKEN, seen);
            assertEquals(412, stale.statusCode(), stale.body());

            List<String> quotes = new ArrayList<>();
            svc.json(PATH + "/history").path("features").forEach(f -> quotes.add(f.path("properties").path("quote").asText()));
            assertEquals(2, quotes.size(), quotes.toString());
            assertEquals("alice's correction", quotes.get(1));

            assertEquals(200, delete(svc, Editors.BOB_TOKEN, afterAlice).statusCode(), "the current tag may retract");
            assertEquals(200, put(svc, Editors.ALICE_TOKEN, "*", "any version").statusCode(), "* matches any version");
            assertEquals(200, put(svc, Editors.ALICE_TOKEN, null, "no precondition").statusCode(),
                    "without If-Match the last editor wins, as before");
            assertEquals(404, put(svc, Editors.ALICE_TOKEN, afterAlice, "x", "/api/claims/no-such-claim").statusCode());
        }
    }

    @Test
    void ofManyEditorsWithTheSameEtagAtOnceExactlyOneWins() throws Exception {
        try (RunningService svc = RunningService.start(Editors.TOKENS)) {
            String seen = svc.get(PATH).headers().firstValue("ETag").orElseThrow();
            int editors = 8;
            ExecutorService pool = Executors.newFixedThreadPool(editors);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < editors; i++) {
                String quote = "correction " + i;
                String token = i % 2 == 0 ? Editors.ALICE_TOKEN : Editors.BOB_TOKEN;
                statuses.add(pool.submit(() -> {
                    start.await();
                    return put(svc, token, seen, quote).statusCode();
                }));
            }
            start.countDown();
            List<Integer> got = new ArrayList<>();
            for (Future<Integer> f : statuses) {
                got.add(f.get());
            }
            pool.shutdown();
            assertEquals(1, got.stream().filter(s -> s == 200).count(), got.toString());
            assertEquals(editors - 1, got.stream().filter(s -> s == 412).count(), got.toString());
            assertEquals(2, svc.json(PATH + "/history").path("features").size(), "one correction stored");
            assertFalse(svc.get(PATH).headers().firstValue("ETag").orElseThrow().equals(seen));
        }
    }

    private static HttpResponse<String> put(RunningService svc, String token, String ifMatch, String quote) {
        return put(svc, token, ifMatch, quote, PATH);
    }

    private static HttpResponse<String> put(RunningService svc, String token, String ifMatch, String quote, String path) {
        ObjectNode claim = Editors.claim();
        ObjectNode p = (ObjectNode) claim.path("properties");
        p.put("place", "deir-ezzor-east");
        p.put("actor", "isis");
        p.put("valid_from", "2017-12-07");
        p.put("reported_on", "2017-12-07");
        p.put("quote", quote);
        HttpRequest.Builder b = HttpRequest.newBuilder(svc.uri(path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/geo+json")
                .PUT(HttpRequest.BodyPublishers.ofString(claim.toString(), StandardCharsets.UTF_8));
        if (ifMatch != null) {
            b.header("If-Match", ifMatch);
        }
        return svc.send(b.build());
    }

    private static HttpResponse<String> delete(RunningService svc, String token, String ifMatch) {
        return svc.send(HttpRequest.newBuilder(svc.uri(PATH + "?reason=wrong")).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).header("If-Match", ifMatch).DELETE().build());
    }
}
