package controlmap.store.postgis;

import controlmap.domain.Place;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** {@code places}: upsert by id in one batch, read all ordered by id in code-point order. */
final class PlaceTable {

    private PlaceTable() {
    }

    static void put(Connection c, List<Place> places) throws SQLException {
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

    static List<Place> all(Connection c) throws SQLException {
        List<Place> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, name, name_ar, kind, geometry_quality, note,"
                + " ST_AsBinary(geom) FROM places ORDER BY " + PostgisDialect.INSTANCE.idOrder());
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Place(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), Wkb.decode(rs.getBytes(7))));
            }
        }
        return out;
    }
}
