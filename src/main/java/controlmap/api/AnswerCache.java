package controlmap.api;

import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * A bounded cache of encoded answers, least recently used out first once the bytes held pass the bound. A key is
 * computed once even when many requests miss it together: the others wait for the first (a viral view that has just
 * changed is encoded once, not once per reader). An answer is kept only when it was asked for again: while it was
 * being computed, or before (a doorkeeper remembers recent keys asked for once), so a stream of one-off questions
 * (random viewports) does not push the popular answers out; a caller may write first-time answers straight to the
 * client instead ({@link #shouldStream}). An answer over a quarter of the bound is never kept. Keys must carry the data version, so a write makes new
 * keys and the old entries age out.
 *
 * @param <K> the key: a record of everything the answer depends on
 */
final class AnswerCache<K> {

    /** How many keys asked for once are remembered. */
    private static final int DOORKEEPER = 16_384;

    private final long maxBytes;
    private final LinkedHashMap<K, Slot> entries = new LinkedHashMap<>(64, 0.75f, true);
    private final Map<K, Long> weights = new HashMap<>();
    /** Keys asked for once (false), or whose answer is too large to keep (true). */
    private final LinkedHashMap<K, Boolean> seenOnce = new LinkedHashMap<>(256, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<K, Boolean> eldest) {
            return size() > DOORKEEPER;
        }
    };
    private long bytes;

    /** An answer being computed or computed; {@code wanted} once a second request came for it meanwhile. */
    private static final class Slot {
        final FutureTask<EncodedAnswer> task;
        volatile boolean wanted;

        Slot(Supplier<EncodedAnswer> compute) {
            this.task = new FutureTask<>(compute::get);
        }
    }

    /** @param maxBytes how many bytes of answers to keep at most (an answer larger than a quarter of it is not kept) */
    AnswerCache(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /**
     * True when the answer for {@code key} had better be written straight to the client than made and kept: the first
     * time a key is asked for (most keys are never asked for again: random viewports), and for answers seen to be
     * too large to keep. A second request for the key (even while the first is being written) gets false, and the
     * answer is then computed once and kept by {@link #get}.
     */
    synchronized boolean shouldStream(K key) {
        if (entries.containsKey(key)) {
            return false;
        }
        Boolean tooLarge = seenOnce.get(key);
        if (tooLarge == null) {
            seenOnce.put(key, Boolean.FALSE);
            return true;
        }
        return tooLarge;
    }

    /** Reports that the answer for {@code key} was written straight to a client: {@code bytes} long. */
    synchronized void streamed(K key, long bytes) {
        if (bytes > maxBytes / 4) {
            seenOnce.put(key, Boolean.TRUE);
        }
    }

    /** The answer for {@code key}, computed by {@code compute} when absent. */
    EncodedAnswer get(K key, Supplier<EncodedAnswer> compute) {
        Slot slot;
        boolean mine = false;
        synchronized (this) {
            slot = entries.get(key);
            if (slot == null) {
                slot = new Slot(compute);
                entries.put(key, slot);
                mine = true;
            } else {
                slot.wanted = true;
            }
        }
        if (mine) {
            slot.task.run();
        }
        try {
            EncodedAnswer answer = slot.task.get();
            if (mine) {
                admit(key, slot, answer);
            }
            return answer;
        } catch (ExecutionException e) {
            forget(key, slot);
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for an answer being encoded", e);
        }
    }

    /** How many answers are held; for tests. */
    synchronized int size() {
        return weights.size();
    }

    private synchronized void admit(K key, Slot slot, EncodedAnswer answer) {
        long w = answer.weight();
        boolean askedAgain = slot.wanted || seenOnce.remove(key) != null;
        if (w > maxBytes / 4 || !askedAgain) {
            entries.remove(key);
            seenOnce.put(key, w > maxBytes / 4);
            return;
        }
        weights.put(key, w);
        bytes += w;
        Iterator<Map.Entry<K, Slot>> eldest = entries.entrySet().iterator();
        while (bytes > maxBytes && eldest.hasNext()) {
            K k = eldest.next().getKey();
            Long kw = weights.remove(k);
            if (kw != null) { // entries still being computed have no weight yet and stay
                eldest.remove();
                bytes -= kw;
                seenOnce.put(k, Boolean.FALSE); // asked for before: kept again as soon as it is asked for
            }
        }
    }

    private synchronized void forget(K key, Slot slot) {
        if (entries.get(key) == slot) {
            entries.remove(key);
        }
    }
}
