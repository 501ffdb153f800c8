package controlmap.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * Answers kept in memory, bounded by the bytes they hold, on Caffeine: W-TinyLFU admission (an answer asked for once
 * does not push out one asked for often), and one computation per key even when many requests miss it together (a
 * viral view that has just changed is made once, not once per reader). A failed computation is not kept, and an
 * answer over a quarter of the bound is given but never kept. Keys must carry the data version, so a write makes new
 * keys and the old entries age out.
 *
 * <p>A caller that can write an answer straight to the client as it makes it may ask {@link #shouldStream} first:
 * most keys are asked for once (random viewports), and making such an answer into bytes to keep would only cost a
 * copy. The cache remembers recent keys asked for once (a bounded Caffeine cache of keys), so the second request for
 * a key is made once by {@link #get} and kept.
 *
 * @param <K> the key: a record of everything the answer depends on
 * @param <V> the answer
 */
public final class AnswerCache<K, V> {

    /** How many keys asked for once are remembered. */
    static final int ASKED_ONCE = 16_384;

    private final long maxAnswer;
    private final ToLongFunction<V> weight;
    private final Cache<K, V> answers;
    /** Keys asked for: false, or true when their answer is too large to keep. */
    private final Cache<K, Boolean> asked;

    /**
     * @param maxBytes how many bytes of answers to keep at most (an answer larger than a quarter of it is not kept)
     * @param weight   the bytes an answer holds
     */
    public AnswerCache(long maxBytes, ToLongFunction<V> weight) {
        this.maxAnswer = maxBytes / 4;
        this.weight = weight;
        // maintenance runs on the calling thread: no hand-off to another pool per write on a small machine
        this.answers = Caffeine.newBuilder().maximumWeight(maxBytes)
                .weigher((K k, V v) -> (int) Math.min(Integer.MAX_VALUE, weight.applyAsLong(v)))
                .executor(Runnable::run).build();
        this.asked = Caffeine.newBuilder().maximumSize(ASKED_ONCE).executor(Runnable::run).build();
    }

    /**
     * True when the answer for {@code key} had better be written straight to the client than made and kept: the first
     * time a key is asked for, and for answers seen to be too large to keep ({@link #streamed}). A second request for
     * the key (even while the first is being written) gets false, and the answer is then made once and kept by
     * {@link #get}.
     */
    public boolean shouldStream(K key) {
        if (answers.getIfPresent(key) != null) {
            return false;
        }
        Boolean tooLarge = asked.asMap().putIfAbsent(key, Boolean.FALSE);
        return tooLarge == null || tooLarge;
    }

    /** Reports that the answer for {@code key} was written straight to a client: {@code bytes} long. */
    public void streamed(K key, long bytes) {
        if (bytes > maxAnswer) {
            asked.put(key, Boolean.TRUE);
        }
    }

    /**
     * The answer for {@code key}, made by {@code compute} when absent (once: other requests for the key wait for it)
     * and then kept unless too large.
     *
     * @throws RuntimeException what {@code compute} threw; nothing is kept then
     */
    public V get(K key, Supplier<V> compute) {
        Object[] tooLarge = new Object[1];
        V kept = answers.get(key, k -> {
            V made = compute.get();
            if (weight.applyAsLong(made) > maxAnswer) {
                tooLarge[0] = made;
                asked.put(k, Boolean.TRUE);
                return null; // given to this caller, not kept
            }
            return made;
        });
        if (kept != null) {
            return kept;
        }
        @SuppressWarnings("unchecked")
        V made = (V) tooLarge[0];
        return made != null ? made : compute.get(); // another caller's too-large answer was not kept: make ours
    }

    /** How many answers are held, after pending evictions; for tests. */
    long size() {
        answers.cleanUp();
        return answers.estimatedSize();
    }

    /** How many bytes of answers are held, after pending evictions; for tests. */
    long bytes() {
        answers.cleanUp();
        return answers.policy().eviction().orElseThrow().weightedSize().orElseThrow();
    }
}
