package controlmap.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

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

    @Test
    void keepsWhatFitsAndDropsTheLeastRecentlyUsed() {
        long one = answer(1000).weight();
        AnswerCache<String> cache = new AnswerCache<>(3 * one);
        EncodedAnswer a = cache.get("a", () -> answer(1000));
        cache.get("b", () -> answer(1000));
        cache.get("c", () -> answer(1000));
        assertSame(a, cache.get("a", () -> answer(1000)), "a is used again, so b is now the oldest");
        cache.get("d", () -> answer(1000));
        assertEquals(3, cache.size());
        AtomicInteger computed = new AtomicInteger();
        cache.get("a", () -> { computed.incrementAndGet(); return answer(1000); });
        cache.get("b", () -> { computed.incrementAndGet(); return answer(1000); });
        assertEquals(1, computed.get(), "a was kept, b was dropped");
        cache.get("huge", () -> answer(10_000));
        assertEquals(3, cache.size(), "an answer larger than the bound is given but not kept");
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
