package controlmap.store.gpkg;

import controlmap.store.jdbc.MetaRows;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * {@code controlmap_meta}: the store's counters, one {@code (key, value)} row each. A plain SQLite table, not
 * registered in {@code gpkg_contents}: it is bookkeeping, not data a GIS user should see.
 *
 * <ul>
 *   <li>{@value #SCHEMA_VERSION}: the version of the last {@link Migration} applied to the file;</li>
 *   <li>{@value #DATA_VERSION}: raised inside every write transaction, so any reader (this process or another) can
 *       tell that something changed;</li>
 *   <li>{@value #RECORDED_SEQ}: the last {@code recorded} number handed out to a claim version;</li>
 *   <li>{@value #REFERENCE_VERSION}: raised by every write of actors, sources or places, so a reader can tell that
 *       only claims changed and read just those.</li>
 * </ul>
 */
final class MetaTable {

    static final String TABLE = MetaRows.TABLE;
    static final String SCHEMA_VERSION = MetaRows.SCHEMA_VERSION;
    static final String DATA_VERSION = MetaRows.DATA_VERSION;
    static final String RECORDED_SEQ = "recorded_seq";
    /** Raised by every write of actors, sources or places (absent, so 0, until the first). */
    static final String REFERENCE_VERSION = "reference_version";

    private MetaTable() {
    }

    /** The file's schema version; 0 when the table is absent (a file no migration has touched yet). */
    static long schemaVersion(Connection c) throws SQLException {
        return exists(c) ? get(c, SCHEMA_VERSION) : 0;
    }

    static long get(Connection c, String key) throws SQLException {
        return MetaRows.get(c, key);
    }

    static void set(Connection c, String key, long value) throws SQLException {
        MetaRows.set(c, key, value);
    }

    static void bumpDataVersion(Connection c) throws SQLException {
        set(c, DATA_VERSION, get(c, DATA_VERSION) + 1);
    }

    static void bumpReferenceVersion(Connection c) throws SQLException {
        set(c, REFERENCE_VERSION, get(c, REFERENCE_VERSION) + 1);
    }

    /**
     * Reserves {@code count} consecutive {@code recorded} numbers and returns the first; call inside a write
     * transaction, which makes the reservation atomic across processes.
     */
    static long reserveRecorded(Connection c, int count) throws SQLException {
        long last = get(c, RECORDED_SEQ);
        set(c, RECORDED_SEQ, last + count);
        return last + 1;
    }

    private static boolean exists(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")) {
            ps.setString(1, TABLE);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }
}
