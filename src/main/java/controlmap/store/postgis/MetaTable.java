package controlmap.store.postgis;

import controlmap.store.jdbc.MetaRows;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * {@code controlmap_meta}: the store's counters, one {@code (key, value)} row each: {@value #SCHEMA_VERSION} (the
 * last migration applied) and {@value #DATA_VERSION} (raised in every write transaction). {@code recorded} numbers
 * come from the sequence {@code claim_recorded_seq}, not from here.
 */
final class MetaTable {

    static final String TABLE = MetaRows.TABLE;
    static final String SCHEMA_VERSION = MetaRows.SCHEMA_VERSION;
    static final String DATA_VERSION = MetaRows.DATA_VERSION;

    private MetaTable() {
    }

    /** The schema version; 0 when the table is absent (a database no migration has touched yet). */
    static long schemaVersion(Connection c) throws SQLException {
        return exists(c) ? get(c, SCHEMA_VERSION) : 0;
    }

    static long get(Connection c, String key) throws SQLException {
        return MetaRows.get(c, key);
    }

    static void set(Connection c, String key, long value) throws SQLException {
        MetaRows.set(c, key, value);
    }

    /** Raised by every write of actors, sources or places (absent, so 0, until the first). */
    static final String REFERENCE_VERSION = "reference_version";

    static void bumpReferenceVersion(Connection c) throws SQLException {
        set(c, REFERENCE_VERSION, get(c, REFERENCE_VERSION) + 1);
    }

    /** Raises the data version by one and returns the new value; holds the row lock until the transaction ends. */
    static long bumpDataVersion(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + TABLE + " SET value = value + 1"
                + " WHERE key = '" + DATA_VERSION + "' RETURNING value");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("controlmap_meta has no data_version row");
            }
            return rs.getLong(1);
        }
    }

    /**
     * Asks pg_class with a plain query rather than {@code to_regclass}: that reads the backend's catalog cache, which
     * may not yet show a table another instance created while we waited for the migration lock.
     */
    private static boolean exists(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_class r"
                + " JOIN pg_catalog.pg_namespace n ON n.oid = r.relnamespace"
                + " WHERE r.relname = ? AND n.nspname = current_schema())")) {
            ps.setString(1, TABLE);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }
}
