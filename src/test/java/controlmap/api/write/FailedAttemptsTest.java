package controlmap.api.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void anEditorAcceptedFromAnAddressBeforeItsLockIsKnownThere() {
        attempts.accepted("bob", "10.0.0.1");
        advance(1_000);
        for (int i = 0; i < 3; i++) {
            attempts.failed("10.0.0.1");
        }
        assertTrue(attempts.secondsToWait("10.0.0.1") > 0);
        assertTrue(attempts.knownBeforeLock("bob", "10.0.0.1"));
        assertFalse(attempts.knownBeforeLock("alice", "10.0.0.1"), "never accepted there");
        assertFalse(attempts.knownBeforeLock("bob", "10.0.0.2"), "accepted elsewhere only");
        attempts.accepted("alice", "10.0.0.1");
        assertFalse(attempts.knownBeforeLock("alice", "10.0.0.1"), "accepted only after the lock began");
    }

    private void advance(long millis) {
        now.addAndGet(millis * 1_000_000L);
    }
}
