package controlmap.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Wrong tokens per address: a window from the first failure, refusal after the limit, a fresh start after it. */
class FailedAttemptsTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final FailedAttempts attempts = new FailedAttempts(3, Duration.ofSeconds(60), now::get);

    @Test
    void anAddressIsRefusedFromItsLimitUntilTheEndOfItsWindow() {
        attempts.failed("10.0.0.1");
        advance(10_000);
        attempts.failed("10.0.0.1");
        assertEquals(0, attempts.secondsToWait("10.0.0.1"), "under the limit");
        attempts.failed("10.0.0.1");
        assertEquals(50, attempts.secondsToWait("10.0.0.1"), "the window runs from the first failure");
        assertEquals(0, attempts.secondsToWait("10.0.0.2"), "other addresses are not affected");
        advance(49_500);
        assertEquals(1, attempts.secondsToWait("10.0.0.1"), "rounded up: never 0 while refused");
        advance(500);
        assertEquals(0, attempts.secondsToWait("10.0.0.1"), "the window is over");
        attempts.failed("10.0.0.1");
        assertEquals(0, attempts.secondsToWait("10.0.0.1"), "a new window starts with one failure");
    }

    private void advance(long millis) {
        now.addAndGet(millis * 1_000_000L);
    }
}
