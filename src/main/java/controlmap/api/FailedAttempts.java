package controlmap.api;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Wrong editor tokens per client address. After {@link #MAX_FAILURES} within one {@link #WINDOW} (counted from the
 * address's first failure), every write from that address is refused until the window ends, the right token
 * included: guessing a token costs a window per few attempts. The table is bounded (the least used addresses go
 * first) and entries expire with their window.
 */
final class FailedAttempts {

    static final int MAX_FAILURES = 10;
    static final Duration WINDOW = Duration.ofMinutes(5);
    private static final int MAX_ADDRESSES = 100_000;

    private final int maxFailures;
    private final Duration window;
    private final Ticker ticker;
    private final Cache<String, Window> windows;

    private record Window(long startNanos, AtomicInteger failures) {
    }

    FailedAttempts() {
        this(MAX_FAILURES, WINDOW, Ticker.systemTicker());
    }

    /** @param ticker the clock (nanoseconds), for tests */
    FailedAttempts(int maxFailures, Duration window, Ticker ticker) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.ticker = ticker;
        this.windows = Caffeine.newBuilder().maximumSize(MAX_ADDRESSES).expireAfterWrite(window).ticker(ticker).build();
    }

    /** Whole seconds until {@code client} may try again (at least 1), or 0 when it may now. */
    long secondsToWait(String client) {
        Window w = windows.getIfPresent(client);
        if (w == null || w.failures().get() < maxFailures) {
            return 0;
        }
        long left = w.startNanos() + window.toNanos() - ticker.read();
        return left <= 0 ? 0 : Math.max(1, (left + 999_999_999L) / 1_000_000_000L);
    }

    /** Counts a wrong token from {@code client}. */
    void failed(String client) {
        windows.get(client, c -> new Window(ticker.read(), new AtomicInteger())).failures().incrementAndGet();
    }
}
