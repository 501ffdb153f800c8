package controlmap.store.gpkg;

import controlmap.domain.Place;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code places} feature table. Upserting a place also refreshes the copy of its shape held by every claim
 * that has no shape of its own, so the claims layer and its R-tree follow the place.
 */
final class PlaceTable {

    private PlaceTable() {
    }

    static void put(Connection c, List<Place> places) throws SQLException {
        try (PreparedStatement upsert = c.prepareStatement(
                "INSERT INTO places (id, name, name_ar, kind, geometry_quality, note, geom)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name,"
                        + " name_ar = excluded.name_ar, kind = excluded.kind,"
                        + " geometry_quality = excluded.geometry_quality, note = excluded.note, geom = excluded.geom");
             PreparedStatement follow = c.prepareStatement(
                "UPDATE claims SET geom = (SELECT geom FROM places WHERE id = ?1)"
                        + " WHERE place = ?1 AND own_geometry = 0"
                        + " AND geom IS NOT (SELECT geom FROM places WHERE id = ?1)")) {
            for (Place p : places) {
                upsert.setString(1, p.id());
                upsert.setString(2, p.name());
                upsert.setString(3, p.nameAr());
                upsert.setString(4, p.kind());
                upsert.setString(5, p.geometryQuality());
                upsert.setString(6, p.note());
                upsert.setBytes(7, GeoPackageBinary.encode(p.geometry()));
                upsert.executeUpdate();
                follow.setString(1, p.id());
                follow.executeUpdate();
            }
        }
    }

    static List<Place> all(Connection c) throws SQLException {
        List<Place> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, name, name_ar, kind, geometry_quality, note, geom FROM places ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Place(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), GeoPackageBinary.decode(rs.getBytes(7))));
            }
        }
        return out;
    }
}
