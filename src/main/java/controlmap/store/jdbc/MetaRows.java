package controlmap.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** {@code controlmap_meta}: the store's counters, one {@code (key, value)} row each, the same in every SQL store. */
public final class MetaRows {

    public static final String TABLE = "controlmap_meta";
    public static final String SCHEMA_VERSION = "schema_version";
    public static final String DATA_VERSION = "data_version";

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
}
