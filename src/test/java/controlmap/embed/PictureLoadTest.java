package controlmap.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import controlmap.http.Problems;
import controlmap.testing.RunningService;
import controlmap.testing.SeededServiceTest;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * A crowd asking for pictures of many days: at most a bounded number wait for the two drawing turns, the rest are told
 * 503 with Retry-After at once, every request is answered (none queued until its client gives up), and the rest of
 * the service answers meanwhile.
 */
class PictureLoadTest extends SeededServiceTest {

    private static final int CROWD = 48;

    @Test
    void beyondTheBoundPicturesAre503AtOnceAndOtherAnswersGoOn() throws Exception {
        HttpClient http = HttpClient.newBuilder().executor(java.util.concurrent.Executors.newFixedThreadPool(CROWD))
                .connectTimeout(Duration.ofSeconds(10)).build();
        AtomicLong order = new AtomicLong();
        ConcurrentLinkedQueue<Long> pictureDone = new ConcurrentLinkedQueue<>();
        List<CompletableFuture<HttpResponse<byte[]>>> pictures = new ArrayList<>();
        for (int i = 0; i < CROWD; i++) {
            // every picture a different day and size: none is in the picture cache
            String day = LocalDate.of(2016, 1, 1).plusDays(11L * i).toString();
            String format = i % 3 == 0 ? "&format=svg" : "";
            HttpRequest r = HttpRequest.newBuilder(svc.uri("/api/snapshot.png?date=" + day + "&width=" + (900 + i)
                    + "&height=500" + format)).timeout(Duration.ofSeconds(120)).build();
            pictures.add(http.sendAsync(r, HttpResponse.BodyHandlers.ofByteArray())
                    .whenComplete((res, err) -> pictureDone.add(order.incrementAndGet())));
        }
        HttpResponse<String> control = svc.get("/api/control?date=2017-12-08&bbox=35,32,36,33");
        long controlAt = order.incrementAndGet();
        assertEquals(200, control.statusCode(), control.body());

        int ok = 0;
        int busy = 0;
        for (CompletableFuture<HttpResponse<byte[]>> f : pictures) {
            // generous: proves an answer came, not how fast
            HttpResponse<byte[]> r = f.get(2, TimeUnit.MINUTES);
            if (r.statusCode() == 200) {
                ok++;
            } else {
                assertEquals(503, r.statusCode(), new String(r.body()));
                busy++;
                long retry = Long.parseLong(r.headers().firstValue("Retry-After").orElseThrow());
                assertTrue(retry > 0 && retry <= 60, "Retry-After " + retry);
                assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(Problems.CONTENT_TYPE));
                assertTrue(RunningService.parse(new String(r.body())).path("detail").asText().contains("busy"));
                assertTrue(r.headers().firstValue("ETag").isEmpty(), "a refusal has no ETag of the picture");
            }
        }
        assertTrue(ok >= PictureApi.CONCURRENT_RENDERS, ok + " pictures drawn");
        assertTrue(busy >= 1, "beyond the bound requests are refused, not queued: " + busy + " of " + CROWD);
        assertTrue(pictureDone.stream().anyMatch(at -> at > controlAt),
                "/api/control was answered while pictures were still being drawn");
    }
}
