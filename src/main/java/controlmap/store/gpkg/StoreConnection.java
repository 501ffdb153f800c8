package controlmap.store.gpkg;

import controlmap.store.StoreException;
import controlmap.store.jdbc.SqlWork;
import controlmap.store.jdbc.Transactions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.NoSuchElementException;
import java.util.concurrent.locks.ReentrantLock;
import mil.nga.geopackage.GeoPackage;

/**
 * The one SQLite connection to the GeoPackage file, and the lock that serialises its use.
 *
 * <p>Why one connection behind a lock: a JDBC connection to SQLite must not be used by two threads at once, and the
 * R-tree triggers call SQL functions ({@code ST_MinX}…) that NGA registers per connection. Reads are single batched
 * queries, so holding the lock for one of them is short; the service keeps its working set in memory and asks
 * {@link #dataVersion} (one indexed row) to know when to reload. Another process sharing the file sees our commits
 * (WAL) and waits for our write lock ({@code busy_timeout}).
 *
 * <p>Writes run as {@code BEGIN IMMEDIATE … COMMIT}: the write lock is taken up front, so a concurrent writer in
 * another process waits instead of failing half-way; any exception rolls everything back.
 */
final class StoreConnection implements Transactions, AutoCloseable {

    /** How long a statement waits for another process's lock before failing. */
    static final int BUSY_TIMEOUT_MILLIS = 10_000;

    private final GeoPackage geoPackage;
    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock();
    private boolean closed;

    StoreConnection(GeoPackage geoPackage) {
        this.geoPackage = geoPackage;
        this.connection = geoPackage.getConnection().getConnection();
    }

    GeoPackage geoPackage() {
        return geoPackage;
    }

    /** WAL, FULL sync and a busy timeout: a returned commit survives a crash, readers do not block the writer. */
    void configure() {
        read(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MILLIS);
                s.execute("PRAGMA journal_mode = WAL");
                s.execute("PRAGMA synchronous = FULL");
            }
            return null;
        });
    }

    /** Runs {@code work} alone on the connection; SQL failures become {@link StoreException}. */
    @Override
    public <T> T read(SqlWork<T> work) {
        lock.lock();
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new StoreException("reading the GeoPackage failed: " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    /** Runs {@code work} as one write transaction that also raises the data version; all or nothing. */
    @Override
    public <T> T write(SqlWork<T> work) {
        return transaction(c -> {
            T result = work.run(c);
            MetaTable.bumpDataVersion(c);
            return result;
        });
    }

    /**
     * Runs {@code work} in one {@code BEGIN IMMEDIATE} transaction; on any exception rolls back and throws: a
     * {@link NoSuchElementException} or {@link StoreException} as it is, anything else wrapped in a StoreException.
     */
    <T> T transaction(SqlWork<T> work) {
        lock.lock();
        try {
            execute("BEGIN IMMEDIATE");
            T result;
            try {
                result = work.run(connection);
                execute("COMMIT");
            } catch (SQLException | RuntimeException | Error e) {
                rollbackQuietly(e);
                throw e;
            }
            return result;
        } catch (SQLException e) {
            throw new StoreException("writing the GeoPackage failed, nothing was written: " + e.getMessage(), e);
        } catch (NoSuchElementException | StoreException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new StoreException("writing the GeoPackage failed, nothing was written: " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }

    private void rollbackQuietly(Throwable cause) {
        try {
            execute("ROLLBACK");
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    /** Closes the file; later calls do nothing. */
    @Override
    public void close() {
        lock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            geoPackage.close();
        } finally {
            lock.unlock();
        }
    }
}
