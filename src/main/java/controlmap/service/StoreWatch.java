package controlmap.service;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a service's snapshot in step with writes made elsewhere: by other instances sharing a PostGIS database, or
 * by an {@code import} process writing the same GeoPackage. Two ways, either enough on its own: the store's
 * {@link controlmap.store.ClaimStore#onChange change notifications} (PostGIS {@code LISTEN/NOTIFY}, milliseconds),
 * and polling {@link controlmap.store.ClaimStore#dataVersion()} (one indexed row) every {@code pollEvery}, for stores
 * that cannot notify and for notifications lost while a connection was down. A refresh that finds the version
 * unchanged costs that one query.
 *
 * <p>While the store is unreachable, refreshes fail (logged once per outage) and the last snapshot keeps answering
 * reads; {@code /health} says 503 meanwhile, so a load balancer sends traffic elsewhere.
 */
public final class StoreWatch implements AutoCloseable {

    /** How often the data version is polled when no notification came. */
    public static final Duration POLL_EVERY = Duration.ofMillis(500);

    private static final Logger LOG = LoggerFactory.getLogger(StoreWatch.class);

    private final ControlMapService service;
    private final ScheduledExecutorService poller;
    private volatile boolean closed;
    private volatile boolean failing;

    private StoreWatch(ControlMapService service) {
        this.service = service;
        this.poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "controlmap-store-watch");
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts watching: subscribes to the store's notifications and polls every {@code pollEvery}. */
    public static StoreWatch start(ControlMapService service, Duration pollEvery) {
        StoreWatch watch = new StoreWatch(service);
        service.store().onChange(watch::refresh);
        long millis = Math.max(1, pollEvery.toMillis());
        watch.poller.scheduleWithFixedDelay(watch::refresh, millis, millis, TimeUnit.MILLISECONDS);
        return watch;
    }

    private void refresh() {
        if (closed) {
            return;
        }
        try {
            service.refresh();
            if (failing) {
                failing = false;
                LOG.info("the store answers again; snapshot at data version {}", service.snapshot().dataVersion());
            }
        } catch (RuntimeException e) {
            if (!failing) {
                failing = true;
                LOG.warn("cannot refresh from the store ({}); answering from data version {} until it is back",
                        e.getMessage(), service.snapshot().dataVersion());
            }
        }
    }

    /** Stops polling and ignores later notifications. */
    @Override
    public void close() {
        closed = true;
        poller.shutdownNow();
    }
}
