package controlmap.store.postgis;

import controlmap.domain.Actor;
import controlmap.domain.Place;
import controlmap.domain.Source;
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
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO actors (id, name, color, description, negates) VALUES (?, ?, ?, ?, ?)"
                        + " ON CONFLICT (id) DO UPDATE SET name = excluded.name, color = excluded.color,"
                        + " description = excluded.description, negates = excluded.negates")) {
            for (Actor a : actors) {
                ps.setString(1, a.id());
                ps.setString(2, a.name());
                ps.setString(3, a.color());
                ps.setString(4, a.description());
                ps.setString(5, a.negates());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    static void putSources(Connection c, List<Source> sources) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO sources (id, name, kind, url, outlet, description) VALUES (?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind = excluded.kind,"
                        + " url = excluded.url, outlet = excluded.outlet, description = excluded.description")) {
            for (Source s : sources) {
                ps.setString(1, s.id());
                ps.setString(2, s.name());
                ps.setString(3, s.kind());
                ps.setString(4, s.url());
                ps.setString(5, s.outlet());
                ps.setString(6, s.description());
                ps.addBatch();
            }
            ps.executeBatch();
        }
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
        List<Actor> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, name, color, description, negates FROM actors ORDER BY id COLLATE \"C\"");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Actor(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)));
            }
        }
        return out;
    }

    static List<Source> sources(Connection c) throws SQLException {
        List<Source> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, name, kind, url, outlet, description FROM sources ORDER BY id COLLATE \"C\"");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Source(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6)));
            }
        }
        return out;
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
