package controlmap.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SnapshotCacheTest {

    static SnapshotCache.Key key(int width, long version) {
        return new SnapshotCache.Key(new PictureSpec(LocalDate.parse("2017-12-08"), "sohr", null, null, width, 300), "png", version);
    }

    @Test
    void drawsOnceThenServesFromMemoryUntilTheVersionChanges() {
        SnapshotCache cache = new SnapshotCache(10, 1000);
        AtomicInteger drawn = new AtomicInteger();
        byte[] a = cache.get(key(400, 1), () -> new byte[] {(byte) drawn.incrementAndGet()});
        byte[] b = cache.get(key(400, 1), () -> new byte[] {(byte) drawn.incrementAndGet()});
        assertArrayEquals(a, b);
        assertEquals(1, drawn.get());
        cache.get(key(400, 2), () -> new byte[] {(byte) drawn.incrementAndGet()});
        assertEquals(2, drawn.get(), "a new data version is a new picture");
        assertEquals(1, cache.hits());
        assertEquals(2, cache.misses());
    }

    @Test
    void boundedInEntriesAndBytesLeastRecentlyUsedFirstOut() {
        SnapshotCache cache = new SnapshotCache(3, 250);
        for (int w = 200; w < 205; w++) {
            cache.get(key(w, 1), () -> new byte[10]);
        }
        assertEquals(3, cache.size());
        cache.get(key(202, 1), () -> new byte[10]); // used: stays
        cache.get(key(300, 1), () -> new byte[200]); // 230 bytes: still within 250
        assertEquals(3, cache.size());
        cache.get(key(301, 1), () -> new byte[100]);
        assertTrue(cache.bytes() <= 250, cache.bytes() + " bytes");
        cache.get(key(999, 1), () -> new byte[1000]); // bigger than the whole cache: served, not kept
        assertTrue(cache.bytes() <= 250, cache.bytes() + " bytes");
        AtomicInteger drawn = new AtomicInteger();
        cache.get(key(301, 1), () -> new byte[] {(byte) drawn.incrementAndGet()});
        assertEquals(0, drawn.get(), "the most recent one is kept");
    }
}
