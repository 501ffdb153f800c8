package controlmap.store.postgis;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A thread that {@code LISTEN}s on {@link Database#CHANNEL} over its own connection and runs the registered
 * callbacks when another connection (this process or another instance) commits a write. Notifications that arrive
 * together are handled with one round of callbacks.
 *
 * <p>When the connection breaks (the server restarts), the thread reconnects with a growing pause (up to 2 s), and
 * runs the callbacks once connected again: writes committed while it was away sent notifications nobody heard.
 * A callback that throws is logged and does not stop the thread.
 */
final class ChangeListener implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ChangeListener.class);
    private static final int WAIT_MILLIS = 250;
    private static final int MAX_PAUSE_MILLIS = 2_000;

    private final Database db;
    private final List<Runnable> callbacks = new CopyOnWriteArrayList<>();
    private final Thread thread;
    private volatile boolean closed;

    ChangeListener(Database db) {
        this.db = db;
        this.thread = new Thread(this::run, "controlmap-postgis-listener");
        thread.setDaemon(true);
    }

    /** Adds a callback; starts the thread on the first one. */
    synchronized void add(Runnable callback) {
        callbacks.add(callback);
        if (!thread.isAlive() && !closed) {
            thread.start();
        }
    }

    private void run() {
        int pause = 100;
        boolean wasDown = false;
        while (!closed) {
            try (Connection c = db.dedicated()) {
                try (Statement s = c.createStatement()) {
                    s.execute("LISTEN " + Database.CHANNEL);
                }
                if (wasDown) {
                    LOG.info("listening for changes again");
                }
                pause = 100;
                wasDown = false;
                fire();
                PGConnection pg = c.unwrap(PGConnection.class);
                while (!closed) {
                    PGNotification[] notes = pg.getNotifications(WAIT_MILLIS);
                    if (notes != null && notes.length > 0) {
                        fire();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (closed) {
                    return;
                }
                if (!wasDown) {
                    LOG.warn("not listening for changes ({}); reconnecting", e.getMessage());
                    wasDown = true;
                }
                sleep(pause);
                pause = Math.min(pause * 2, MAX_PAUSE_MILLIS);
            }
        }
    }

    private void fire() {
        for (Runnable callback : callbacks) {
            try {
                callback.run();
            } catch (RuntimeException e) {
                LOG.warn("a change callback failed: {}", e.toString());
            }
        }
    }

    private static void sleep(int millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the thread (it closes its connection); waits up to a second for it to end. */
    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        try {
            if (thread.isAlive()) {
                thread.join(1_000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
