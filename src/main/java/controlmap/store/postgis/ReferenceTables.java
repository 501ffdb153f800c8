package controlmap.store.postgis;

import controlmap.domain.Actor;
import controlmap.domain.Place;
import controlmap.domain.Source;
import controlmap.store.jdbc.ActorSourceRows;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** {@code actors}, {@code sources} and {@code places}: upsert by id, read all ordered by id. */
final class ReferenceTables {

    private ReferenceTables() {
    }

    static void putActors(Connection c, List<Actor> actors) throws SQLException {
        ActorSourceRows.putActors(c, actors);
    }

    static void putSources(Connection c, List<Source> sources) throws SQLException {
        ActorSourceRows.putSources(c, sources);
    }

    static void putPlaces(Connection c, List<Place> places) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO places (id, name, name_ar, kind, geometry_quality, note, geom)"
                        + " VALUES (?, ?, ?, ?, ?, ?, " + Wkb.FROM_PARAM + ") ON CONFLICT (id) DO UPDATE SET"
                        + " name = excluded.name, name_ar = excluded.name_ar, kind = excluded.kind,"
                        + " geometry_quality = excluded.geometry_quality, note = excluded.note,"
                        + " geom = excluded.geom")) {
            for (Place p : places) {
                ps.setString(1, p.id());
                ps.setString(2, p.name());
                ps.setString(3, p.nameAr());
                ps.setString(4, p.kind());
                ps.setString(5, p.geometryQuality());
                ps.setString(6, p.note());
                ps.setBytes(7, Wkb.encode(p.geometry()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    static List<Actor> actors(Connection c) throws SQLException {
        return ActorSourceRows.actors(c, "id COLLATE \"C\"");
    }

    static List<Source> sources(Connection c) throws SQLException {
        return ActorSourceRows.sources(c, "id COLLATE \"C\"");
    }

    static List<Place> places(Connection c) throws SQLException {
        List<Place> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, name, name_ar, kind, geometry_quality, note,"
                + " ST_AsBinary(geom) FROM places ORDER BY id COLLATE \"C\"");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Place(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), Wkb.decode(rs.getBytes(7))));
            }
        }
        return out;
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
}
