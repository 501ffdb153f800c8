package controlmap.store.postgis;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import controlmap.store.StoreException;
import controlmap.store.jdbc.MetaRows;
import controlmap.store.jdbc.SqlWork;
import controlmap.store.jdbc.Transactions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.NoSuchElementException;
import java.util.Properties;

/**
 * The connection pool (HikariCP) to one PostgreSQL database, and the two ways the store uses it.
 *
 * <p>{@link #read}: one pooled connection in auto-commit. A read that fails because the connection broke (the
 * server restarted, the pooled connection is stale) is retried once on a fresh connection; reads have no effects,
 * so that is safe. {@link #write}: one transaction that first raises {@code data_version} — the row lock this takes
 * serialises writers across every instance sharing the database, so {@code recorded} numbers follow commit order —
 * then does the work, then queues a {@code NOTIFY} that PostgreSQL delivers to listeners only if and when the
 * transaction commits. Writes are never retried: a write that throws was not acknowledged.
 *
 * <p>Timeouts are short so that a missing server shows quickly ({@code /health} answers 503 within a few seconds):
 * connecting 3 s, waiting for a pooled connection 2 s; a server that stops answering mid-statement fails it after
 * 60 s ({@code socketTimeout}). Parameters in the URL override these defaults.
 */
final class Database implements Transactions, AutoCloseable {

    /** The channel writers notify on and listeners listen to; the payload is the new data version. */
    static final String CHANNEL = "controlmap_changes";

    private final String url;
    private final Properties driverDefaults;
    private final HikariDataSource pool;

    private Database(String url, Properties driverDefaults, HikariDataSource pool) {
        this.url = url;
        this.driverDefaults = driverDefaults;
        this.pool = pool;
    }

    /**
     * Opens a pool of up to {@code poolSize} connections to {@code url} and checks that the server answers.
     *
     * @throws StoreException when the server cannot be reached or refuses the login
     */
    static Database open(String url, int poolSize) {
        Properties defaults = new Properties();
        defaults.setProperty("connectTimeout", "3");
        defaults.setProperty("ApplicationName", "controlmap");
        defaults.setProperty("tcpKeepAlive", "true");
        defaults.setProperty("socketTimeout", "60");
        defaults.setProperty("reWriteBatchedInserts", "true");
        HikariConfig config = new HikariConfig();
        config.setPoolName("controlmap-postgis");
        config.setJdbcUrl(url);
        config.setDataSourceProperties(defaults);
        config.setMaximumPoolSize(poolSize);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(2_000);
        config.setValidationTimeout(1_000);
        try {
            return new Database(url, defaults, new HikariDataSource(config));
        } catch (HikariPool.PoolInitializationException | IllegalArgumentException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new StoreException("cannot connect to the PostGIS database " + Redacted.url(url) + ": "
                    + cause.getMessage(), e);
        }
    }

    /** A connection outside the pool, for the change listener, which holds it for as long as it listens. */
    Connection dedicated() throws SQLException {
        return DriverManager.getConnection(url, driverDefaults);
    }

    /**
     * Runs {@code work} on a pooled connection in auto-commit; SQL failures become {@link StoreException}. When no
     * connection can be had within the pool's timeout the server is down: that fails at once, without a retry.
     */
    @Override
    public <T> T read(SqlWork<T> work) {
        SQLException first = null;
        for (int attempt = 1; ; attempt++) {
            Connection c;
            try {
                c = pool.getConnection();
            } catch (SQLException e) {
                throw new StoreException("the PostGIS database does not answer: " + e.getMessage(), e);
            }
            try (c) {
                return work.run(c);
            } catch (SQLException e) {
                if (attempt == 1 && brokenConnection(e)) {
                    first = e;
                    continue;
                }
                if (first != null) {
                    e.addSuppressed(first);
                }
                throw new StoreException("reading the PostGIS database failed: " + e.getMessage(), e);
            }
        }
    }

    /**
     * Runs {@code work} as one transaction that also raises the data version and notifies listeners; all or nothing.
     * A {@link NoSuchElementException} or {@link StoreException} from {@code work} is thrown as it is, anything else
     * wrapped in a StoreException.
     */
    @Override
    public <T> T write(SqlWork<T> work) {
        return transaction(c -> {
            long version = bumpDataVersion(c);
            T result = work.run(c);
            try (PreparedStatement ps = c.prepareStatement("SELECT pg_notify(?, ?)")) {
                ps.setString(1, CHANNEL);
                ps.setString(2, Long.toString(version));
                ps.execute();
            }
            return result;
        });
    }

    /** Runs {@code work} in one transaction: commits when it returns, rolls back when it throws. */
    <T> T transaction(SqlWork<T> work) {
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            T result;
            try {
                result = work.run(c);
            } catch (SQLException | RuntimeException | Error e) {
                rollbackQuietly(c, e);
                throw e;
            }
            try {
                c.commit();
            } catch (SQLException e) {
                if (brokenConnection(e)) {
                    // The server may have committed before the connection broke: we cannot say which.
                    throw new StoreException("the connection to the PostGIS database broke while committing; the "
                            + "write may or may not be stored: check before repeating it (" + e.getMessage() + ")", e);
                }
                rollbackQuietly(c, e);
                throw e;
            }
            return result;
        } catch (SQLException e) {
            throw new StoreException("writing the PostGIS database failed, nothing was written: "
                    + e.getMessage(), e);
        } catch (NoSuchElementException | StoreException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new StoreException("writing the PostGIS database failed, nothing was written: "
                    + e.getMessage(), e);
        }
    }

    /** Raises the data version by one and returns the new value; holds the row lock until the transaction ends. */
    private static long bumpDataVersion(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + MetaRows.TABLE + " SET value = value + 1"
                + " WHERE key = '" + MetaRows.DATA_VERSION + "' RETURNING value");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("controlmap_meta has no data_version row");
            }
            return rs.getLong(1);
        }
    }

    private static void rollbackQuietly(Connection c, Throwable cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    /** The first column of the first row of {@code sql} as a long (0 when no row); a helper for one-value reads. */
    static long longValue(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /**
     * True when {@code e} says the connection itself is gone (SQLSTATE class 08, or the server shutting down or
     * restarting: 57P01–57P03), rather than that the statement was wrong.
     */
    static boolean brokenConnection(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && s.getSQLState() != null) {
                String state = s.getSQLState();
                if (state.startsWith("08") || state.startsWith("57P")) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public void close() {
        pool.close();
    }
}
