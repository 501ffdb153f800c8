package controlmap.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * {@code controlmap_meta}: the store's counters, one {@code (key, value)} row each, the same in every SQL store.
 *
 * <ul>
 *   <li>{@value #SCHEMA_VERSION}: the version of the last migration applied;</li>
 *   <li>{@value #DATA_VERSION}: raised inside every write transaction, so any reader can tell that something
 *       changed;</li>
 *   <li>{@value #REFERENCE_VERSION}: raised by every write of actors, sources or places (absent, so 0, until the
 *       first), so a reader can tell that only claims changed and read just those.</li>
 * </ul>
 */
public final class MetaRows {

    public static final String TABLE = "controlmap_meta";
    public static final String SCHEMA_VERSION = "schema_version";
    public static final String DATA_VERSION = "data_version";
    public static final String REFERENCE_VERSION = "reference_version";

    private MetaRows() {
    }

    /** The counter {@code key}; 0 when its row is absent. */
    public static long get(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT value FROM " + TABLE + " WHERE key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    public static void set(Connection c, String key, long value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + TABLE + " (key, value) VALUES (?, ?)"
                + " ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
            ps.setString(1, key);
            ps.setLong(2, value);
            ps.executeUpdate();
        }
    }

    public static void bumpReferenceVersion(Connection c) throws SQLException {
        set(c, REFERENCE_VERSION, get(c, REFERENCE_VERSION) + 1);
    }

    /** The schema version; 0 when the table is absent (a store no migration has touched yet). */
    public static long schemaVersion(Connection c, SqlDialect dialect) throws SQLException {
        return dialect.tableExists(c, TABLE) ? get(c, SCHEMA_VERSION) : 0;
    }
}
