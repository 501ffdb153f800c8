package controlmap.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The answer cache: bounded by bytes, least recently used out first, one computation per key under a rush. */
class AnswerCacheTest {

    static final LocalDate DAY = LocalDate.parse("2017-12-08");

    static EncodedAnswer answer(int size) {
        String doc = "{\"date\":\"2017-12-08\"," + "x".repeat(size) + "}";
        return EncodedAnswer.of(doc.getBytes(StandardCharsets.US_ASCII), DAY);
    }

    /** Asks for {@code key} twice (kept from the second time on) and says how often it was computed. */
    static int twice(AnswerCache<String> cache, String key, int size) {
        AtomicInteger computed = new AtomicInteger();
        for (int i = 0; i < 2; i++) {
            cache.get(key, () -> {
                computed.incrementAndGet();
                return answer(size);
            });
        }
        return computed.get();
    }

    @Test
    void keepsAnswersAskedForAgainWhileTheyFitDroppingTheLeastRecentlyUsed() {
        long one = answer(1000).weight();
        AnswerCache<String> cache = new AnswerCache<>(4 * one);
        cache.get("once", () -> answer(1000));
        assertEquals(0, cache.size(), "asked for once: given, not kept");
        assertEquals(2, twice(cache, "a", 1000), "the second time it is computed again, and kept");
        assertEquals(0, twice(cache, "a", 1000), "then it is kept");
        twice(cache, "b", 1000);
        twice(cache, "c", 1000);
        twice(cache, "d", 1000);
        assertEquals(4, cache.size());
        assertEquals(0, twice(cache, "a", 1000), "a is used again, so b is now the oldest");
        twice(cache, "e", 1000);
        assertEquals(4, cache.size());
        assertEquals(0, twice(cache, "a", 1000), "a was kept");
        assertEquals(1, twice(cache, "b", 1000), "b was dropped, but is still remembered as asked for");
        assertEquals(2, twice(cache, "huge", 2000), "an answer over a quarter of the bound is given but never kept");
        assertEquals(4, cache.size());
    }

    @Test
    void firstTimeAndTooLargeAnswersAreStreamedOthersKept() {
        AnswerCache<String> cache = new AnswerCache<>(4 * answer(1000).weight());
        assertTrue(cache.shouldStream("k"), "the first time: straight to the client");
        cache.streamed("k", 500);
        assertFalse(cache.shouldStream("k"), "asked for again: made once and kept");
        cache.get("k", () -> answer(100));
        assertEquals(1, cache.size());
        assertFalse(cache.shouldStream("k"));
        assertTrue(cache.shouldStream("big"));
        cache.streamed("big", 10_000_000);
        assertTrue(cache.shouldStream("big"), "too large to keep: always streamed");
    }

    @Test
    void aRushOnOneKeyComputesItOnce() throws Exception {
        AnswerCache<String> cache = new AnswerCache<>(1 << 20);
        AtomicInteger computed = new AtomicInteger();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<EncodedAnswer>> all = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                all.add(pool.submit(() -> {
                    go.await();
                    return cache.get("hot", () -> {
                        computed.incrementAndGet();
                        sleep();
                        return answer(100);
                    });
                }));
            }
            go.countDown();
            EncodedAnswer first = all.get(0).get(10, TimeUnit.SECONDS);
            for (Future<EncodedAnswer> f : all) {
                assertSame(first, f.get(10, TimeUnit.SECONDS));
            }
            assertEquals(1, computed.get());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFailedComputationIsNotKept() {
        AnswerCache<String> cache = new AnswerCache<>(1 << 20);
        assertThrows(IllegalStateException.class, () -> cache.get("k", () -> {
            throw new IllegalStateException("boom");
        }));
        assertEquals(122, cache.get("k", () -> answer(100)).length());
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
