package controlmap.store.jdbc;

import controlmap.domain.Actor;
import controlmap.domain.Source;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code actors} and {@code sources} tables, the same in every SQL store (SQLite and PostgreSQL both speak
 * {@code INSERT … ON CONFLICT (id) DO UPDATE}): upsert by id in one batch, read all ordered by id.
 */
public final class ActorSourceRows {

    private ActorSourceRows() {
    }

    public static void putActors(Connection c, List<Actor> actors) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO actors (id, name, color, description, negates, name_ar) VALUES (?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (id) DO UPDATE SET name = excluded.name, color = excluded.color,"
                        + " description = excluded.description, negates = excluded.negates,"
                        + " name_ar = excluded.name_ar")) {
            for (Actor a : actors) {
                ps.setString(1, a.id());
                ps.setString(2, a.name());
                ps.setString(3, a.color());
                ps.setString(4, a.description());
                ps.setString(5, a.negates());
                ps.setString(6, a.nameAr());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    public static void putSources(Connection c, List<Source> sources) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO sources (id, name, kind, url, outlet, description, name_ar, affiliation)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind = excluded.kind,"
                        + " url = excluded.url, outlet = excluded.outlet, description = excluded.description,"
                        + " name_ar = excluded.name_ar, affiliation = excluded.affiliation")) {
            for (Source s : sources) {
                ps.setString(1, s.id());
                ps.setString(2, s.name());
                ps.setString(3, s.kind());
                ps.setString(4, s.url());
                ps.setString(5, s.outlet());
                ps.setString(6, s.description());
                ps.setString(7, s.nameAr());
                ps.setString(8, s.affiliation());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /**
     * Every actor, ordered by {@code idOrder} — the store's expression for byte order of ids ({@code id} in SQLite,
     * {@code id COLLATE "C"} in PostgreSQL), so every store lists them alike.
     */
    public static List<Actor> actors(Connection c, String idOrder) throws SQLException {
        List<Actor> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, name, color, description, negates, name_ar FROM actors ORDER BY " + idOrder);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Actor(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6)));
            }
        }
        return out;
    }

    /** Every source, ordered like {@link #actors}. */
    public static List<Source> sources(Connection c, String idOrder) throws SQLException {
        List<Source> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, name, kind, url, outlet, description, name_ar, affiliation FROM sources ORDER BY "
                        + idOrder);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Source(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)));
            }
        }
        return out;
    }
}
