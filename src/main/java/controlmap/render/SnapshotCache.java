package controlmap.render;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Rendered pictures by (spec, format, data version), least recently used first out: a picture is drawn once and
 * then served from memory until the data changes (the version is part of the key, so old entries simply age out).
 * Bounded both in entries and in bytes. Thread-safe; two threads asking for the same missing picture may both draw
 * it, which costs time but never a wrong answer.
 */
public final class SnapshotCache {

    /** What identifies one picture. */
    public record Key(PictureSpec spec, String format, long dataVersion) {
    }

    private final int maxEntries;
    private final long maxBytes;
    private final LinkedHashMap<Key, byte[]> entries = new LinkedHashMap<>(16, 0.75f, true);
    private long bytes;
    private long hits;
    private long misses;

    /**
     * @param maxEntries at most this many pictures
     * @param maxBytes   at most this many bytes of pictures (one larger picture is served but not kept)
     */
    public SnapshotCache(int maxEntries, long maxBytes) {
        this.maxEntries = maxEntries;
        this.maxBytes = maxBytes;
    }

    /** The cached bytes of {@code key}, or those {@code render} makes (then kept). */
    public byte[] get(Key key, Supplier<byte[]> render) {
        synchronized (this) {
            byte[] found = entries.get(key);
            if (found != null) {
                hits++;
                return found;
            }
            misses++;
        }
        byte[] made = render.get();
        synchronized (this) {
            if (made.length <= maxBytes && !entries.containsKey(key)) {
                entries.put(key, made);
                bytes += made.length;
                evict();
            }
        }
        return made;
    }

    private void evict() {
        var it = entries.entrySet().iterator();
        while ((entries.size() > maxEntries || bytes > maxBytes) && it.hasNext()) {
            Map.Entry<Key, byte[]> eldest = it.next();
            bytes -= eldest.getValue().length;
            it.remove();
        }
    }

    public synchronized int size() {
        return entries.size();
    }

    public synchronized long bytes() {
        return bytes;
    }

    public synchronized long hits() {
        return hits;
    }

    public synchronized long misses() {
        return misses;
    }
}
