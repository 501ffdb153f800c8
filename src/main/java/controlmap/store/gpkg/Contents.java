package controlmap.store.gpkg;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** {@code gpkg_contents}, the GeoPackage's list of its layers. */
final class Contents {

    private Contents() {
    }

    /** Marks a table of gpkg_contents changed now, as the GeoPackage specification asks of every writer. */
    static void touch(Connection c, String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE gpkg_contents"
                + " SET last_change = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE table_name = ?")) {
            ps.setString(1, table);
            ps.executeUpdate();
        }
    }
}
