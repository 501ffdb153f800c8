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
 * changed is encoded once, not once per reader). Keys must carry the data version, so a write makes new keys and the
 * old entries age out.
 *
 * @param <K> the key: a record of everything the answer depends on
 */
final class AnswerCache<K> {

    private final long maxBytes;
    private final LinkedHashMap<K, FutureTask<EncodedAnswer>> entries = new LinkedHashMap<>(64, 0.75f, true);
    private final Map<K, Long> weights = new HashMap<>();
    private long bytes;

    /** @param maxBytes how many bytes of answers to keep at most (an answer larger than this is not kept) */
    AnswerCache(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The answer for {@code key}, computed by {@code compute} when absent. */
    EncodedAnswer get(K key, Supplier<EncodedAnswer> compute) {
        FutureTask<EncodedAnswer> task;
        boolean mine = false;
        synchronized (this) {
            task = entries.get(key);
            if (task == null) {
                task = new FutureTask<>(compute::get);
                entries.put(key, task);
                mine = true;
            }
        }
        if (mine) {
            task.run();
        }
        try {
            EncodedAnswer answer = task.get();
            if (mine) {
                admit(key, answer);
            }
            return answer;
        } catch (ExecutionException e) {
            forget(key, task);
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

    private synchronized void admit(K key, EncodedAnswer answer) {
        long w = answer.weight();
        if (w > maxBytes) {
            entries.remove(key);
            return;
        }
        weights.put(key, w);
        bytes += w;
        Iterator<Map.Entry<K, FutureTask<EncodedAnswer>>> eldest = entries.entrySet().iterator();
        while (bytes > maxBytes && eldest.hasNext()) {
            K k = eldest.next().getKey();
            Long kw = weights.remove(k);
            if (kw != null) { // entries still being computed have no weight yet and stay
                eldest.remove();
                bytes -= kw;
            }
        }
    }

    private synchronized void forget(K key, FutureTask<EncodedAnswer> task) {
        if (entries.get(key) == task) {
            entries.remove(key);
        }
    }
}
