package controlmap.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The answer cache (encoded answers of /api/control, the pictures of /api/snapshot.png): bounded by bytes, an answer
 * asked for often kept while one-off answers come and go, one computation per key under a rush, first-time and
 * too-large answers streamed instead of kept.
 */
class AnswerCacheTest {

    static byte[] answer(int size) {
        return new byte[size];
    }

    static AnswerCache<Object, byte[]> cache(long maxBytes) {
        return new AnswerCache<>(maxBytes, a -> a.length);
    }

    /** Asks for {@code key} twice and says how often it was computed. */
    static int twice(AnswerCache<Object, byte[]> cache, Object key, int size) {
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
    void keepsAnswersWithinTheBoundAndTheOftenAskedAmongOneOffs() {
        AnswerCache<Object, byte[]> cache = cache(4000);
        assertEquals(1, twice(cache, "a", 1000), "made once, then kept");
        assertEquals(0, twice(cache, "a", 1000), "then it is kept");
        int madeAgain = 0;
        for (int i = 0; i < 400; i++) {
            // a viral view asked for between answers asked for once or twice (random viewports, a reader's pan)
            madeAgain += i < 200 ? 0 : twice(cache, "a", 1000);
            twice(cache, "a", 1000);
            twice(cache, "one-off " + i, 1000);
            assertTrue(cache.bytes() <= 4000, cache.bytes() + " bytes held");
            assertTrue(cache.size() <= 4, cache.size() + " answers held");
        }
        assertEquals(0, madeAgain, "a, asked for more often than any other, stays kept");
        for (int i = 0; i < 50; i++) {
            twice(cache, "burst " + i, 1000);
        }
        assertEquals(0, twice(cache, "a", 1000), "a burst of answers asked for less often does not push a out "
                + "(least recently used, it would have been)");
        assertEquals(2, twice(cache, "huge", 1001), "an answer over a quarter of the bound is given but never kept");
        assertTrue(cache.bytes() <= 4000, cache.bytes() + " bytes held");
    }

    @Test
    void firstTimeAndTooLargeAnswersAreStreamedOthersKept() {
        AnswerCache<Object, byte[]> cache = cache(4000);
        assertTrue(cache.shouldStream("k"), "the first time: straight to the client");
        cache.streamed("k", 500);
        assertEquals(0, cache.size(), "a streamed answer is not kept");
        assertFalse(cache.shouldStream("k"), "asked for again: made once and kept");
        cache.get("k", () -> answer(100));
        assertEquals(1, cache.size());
        assertFalse(cache.shouldStream("k"));
        assertTrue(cache.shouldStream("big"));
        cache.streamed("big", 10_000_000);
        assertTrue(cache.shouldStream("big"), "too large to keep: always streamed");
        cache.get("made-too-large", () -> answer(1001));
        assertTrue(cache.shouldStream("made-too-large"), "made once and found too large: streamed from then on");
    }

    @Test
    void aRushOnOneKeyComputesItOnce() throws Exception {
        AnswerCache<Object, byte[]> cache = cache(1 << 20);
        AtomicInteger computed = new AtomicInteger();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<byte[]>> all = new ArrayList<>();
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
            byte[] first = all.get(0).get(10, TimeUnit.SECONDS);
            for (Future<byte[]> f : all) {
                assertSame(first, f.get(10, TimeUnit.SECONDS));
            }
            assertEquals(1, computed.get());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFailedComputationIsNotKept() {
        AnswerCache<Object, byte[]> cache = cache(1 << 20);
        assertThrows(IllegalStateException.class, () -> cache.get("k", () -> {
            throw new IllegalStateException("boom");
        }));
        assertEquals(0, cache.size());
        assertEquals(122, cache.get("k", () -> answer(122)).length);
    }

    /** What identifies a picture in /api/snapshot.png: its spec (here its width) and the data version. */
    record Picture(int width, long dataVersion) {
    }

    @Test
    void aPictureIsDrawnOnceThenServedFromMemoryUntilTheVersionChanges() {
        AnswerCache<Object, byte[]> cache = cache(1000);
        AtomicInteger drawn = new AtomicInteger();
        byte[] a = cache.get(new Picture(400, 1), () -> new byte[] {(byte) drawn.incrementAndGet()});
        byte[] b = cache.get(new Picture(400, 1), () -> new byte[] {(byte) drawn.incrementAndGet()});
        assertArrayEquals(a, b);
        assertEquals(1, drawn.get());
        cache.get(new Picture(400, 2), () -> new byte[] {(byte) drawn.incrementAndGet()});
        assertEquals(2, drawn.get(), "a new data version is a new picture");
    }

    @Test
    void picturesAreBoundedInBytes() {
        AnswerCache<Object, byte[]> cache = cache(1000);
        for (int w = 200; w < 205; w++) {
            cache.get(new Picture(w, 1), () -> new byte[10]);
        }
        assertEquals(5, cache.size());
        cache.get(new Picture(300, 1), () -> new byte[200]);
        cache.get(new Picture(301, 1), () -> new byte[200]);
        cache.get(new Picture(302, 1), () -> new byte[200]);
        assertEquals(650, cache.bytes(), "all within 1,000 bytes: all kept");
        cache.get(new Picture(303, 1), () -> new byte[250]);
        cache.get(new Picture(304, 1), () -> new byte[250]);
        assertTrue(cache.bytes() <= 1000, cache.bytes() + " bytes");
        cache.get(new Picture(999, 1), () -> new byte[2000]); // bigger than the whole cache: served, not kept
        assertTrue(cache.bytes() <= 1000, cache.bytes() + " bytes");
        AtomicInteger drawn = new AtomicInteger();
        cache.get(new Picture(999, 1), () -> new byte[] {(byte) drawn.incrementAndGet()});
        assertEquals(1, drawn.get(), "the picture too large to keep is drawn again");
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
