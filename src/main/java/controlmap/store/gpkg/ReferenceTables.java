package controlmap.store.gpkg;

import controlmap.domain.Actor;
import controlmap.domain.Source;
import controlmap.store.jdbc.ActorSourceRows;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The {@code actors} and {@code sources} attributes tables: upsert by id, read all ordered by id. */
final class ReferenceTables {

    private ReferenceTables() {
    }

    static void putActors(Connection c, List<Actor> actors) throws SQLException {
        ActorSourceRows.putActors(c, actors);
    }

    static void putSources(Connection c, List<Source> sources) throws SQLException {
        ActorSourceRows.putSources(c, sources);
    }

    static List<Actor> actors(Connection c) throws SQLException {
        return ActorSourceRows.actors(c, "id");
    }

    static List<Source> sources(Connection c) throws SQLException {
        return ActorSourceRows.sources(c, "id");
    }

    /** True when none of actors, sources, places, claims has a row. */
    static boolean allEmpty(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT EXISTS (SELECT 1 FROM actors)"
                + " OR EXISTS (SELECT 1 FROM sources) OR EXISTS (SELECT 1 FROM places)"
                + " OR EXISTS (SELECT 1 FROM claims)");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() && !rs.getBoolean(1);
        }
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
