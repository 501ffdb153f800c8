package controlmap.api.write;

import controlmap.store.ClaimStore;
import controlmap.store.StoreFault;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether writes work, as the last write (or probe) found: a write that failed for a {@link StoreFault} (disk full,
 * read-only store, lock held by another process) makes the service degraded — reads go on from memory, {@code /health}
 * says so — until a write succeeds again. While degraded, each health check starts a probe in the background (at most
 * one at a time, at most every {@link #PROBE_EVERY_MILLIS}), so the service recovers on its own when the cause goes
 * away, even with no editor writing. Writes are always attempted: a refusal is never made up from the state.
 */
public final class WriteHealth {

    static final long PROBE_EVERY_MILLIS = 1_000;
    private static final Logger LOG = LoggerFactory.getLogger(WriteHealth.class);

    /** The fault and when it was first seen, or null when writes work. */
    public record Degraded(StoreFault fault, Instant since) {
    }

    private final ClaimStore store;
    private volatile Degraded degraded;
    private final AtomicBoolean probing = new AtomicBoolean();
    private volatile long lastProbe;

    public WriteHealth(ClaimStore store) {
        this.store = store;
    }

    /** A write failed for {@code fault}: logged in one line when it is new (no stack trace: the cause is known). */
    public void failed(StoreFault fault) {
        Degraded was = degraded;
        if (was == null || was.fault().kind() != fault.kind()) {
            LOG.warn("writes refused: {}; reads go on", fault.reason());
            degraded = new Degraded(fault, was == null ? Instant.now() : was.since());
        }
    }

    /** A write succeeded. */
    public void succeeded() {
        if (degraded != null) {
            degraded = null;
            LOG.info("writes work again");
        }
    }

    /** The current state; when degraded, starts a probe unless one runs or ran just now. */
    public Degraded current() {
        Degraded d = degraded;
        if (d != null && System.currentTimeMillis() - lastProbe >= PROBE_EVERY_MILLIS && probing.compareAndSet(false, true)) {
            lastProbe = System.currentTimeMillis();
            Thread t = new Thread(this::probe, "controlmap-write-probe");
            t.setDaemon(true);
            t.start();
        }
        return d;
    }

    private void probe() {
        try {
            store.probeWrite();
            succeeded();
        } catch (RuntimeException e) {
            StoreFault.of(e).ifPresent(this::failed);
        } finally {
            probing.set(false);
        }
    }
}
