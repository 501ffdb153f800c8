package controlmap.api.write;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import controlmap.http.ClientAddress;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wrong editor tokens per client address ({@link ClientAddress}). After {@link #MAX_FAILURES} within one
 * {@link #WINDOW} (counted from the address's first failure) the address is locked until the window ends: its
 * requests get 429 without their token being looked at, so guessing a token costs a window per few attempts. The one
 * exception is per (editor, address): an editor whose token was accepted from that address before the lock keeps
 * writing from it, so strangers sharing an address with editors (a newsroom's NAT, a proxy not configured as trusted)
 * cannot lock them out. A token first presented from a locked address waits, since a lucky guess looks the same.
 * Each lock-out is logged once (address and time, never a token). Both tables are bounded (the least used go first)
 * and entries expire.
 */
final class FailedAttempts {

    static final int MAX_FAILURES = 10;
    static final Duration WINDOW = Duration.ofMinutes(5);
    /** How long an editor stays known at an address after the token was last accepted from it. */
    static final Duration KNOWN_FOR = Duration.ofDays(1);
    private static final int MAX_ADDRESSES = 100_000;
    private static final Logger LOG = LoggerFactory.getLogger(FailedAttempts.class);

    private final int maxFailures;
    private final Duration window;
    private final Ticker ticker;
    private final Cache<String, Window> windows;
    /** (editor, address) pairs whose token was accepted, with the time of the first acceptance. */
    private final Cache<String, Long> known;

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
        this.known = Caffeine.newBuilder().maximumSize(MAX_ADDRESSES).expireAfterWrite(KNOWN_FOR).ticker(ticker).build();
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

    /** Counts a wrong token from {@code client}; logs the lock-out when this one reaches the limit. */
    void failed(String client) {
        Window w = windows.get(client, c -> new Window(ticker.read(), new AtomicInteger()));
        if (w.failures().incrementAndGet() == maxFailures) {
            LOG.warn("{} wrong tokens from {} within {} minutes: writes from it refused for {} s, but for editors who "
                    + "wrote from it before", maxFailures, client, window.toMinutes(), secondsToWait(client));
        }
    }

    /** Records that {@code editor}'s token was accepted from {@code client} (while it was not locked). */
    void accepted(String editor, String client) {
        known.put(editor + '\n' + client, ticker.read());
    }

    /**
     * True when {@code editor}'s token was accepted from {@code client} before its current lock began: that editor
     * is let through the lock.
     */
    boolean knownBeforeLock(String editor, String client) {
        Long since = known.getIfPresent(editor + '\n' + client);
        Window w = windows.getIfPresent(client);
        return since != null && (w == null || since < w.startNanos());
    }
}
