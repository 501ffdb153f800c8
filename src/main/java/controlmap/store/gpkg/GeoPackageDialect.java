package controlmap.store.gpkg;

import controlmap.store.SharedValues;
import controlmap.store.jdbc.SqlDialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;

/** SQLite as a GeoPackage: days and instants as {@link IsoText} (GeoPackage DATE / DATETIME), ids sort byte-wise. */
final class GeoPackageDialect implements SqlDialect {

    static final GeoPackageDialect INSTANCE = new GeoPackageDialect();

    private GeoPackageDialect() {
    }

    @Override
    public String idOrder() {
        return "id";
    }

    @Override
    public boolean tableExists(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    @Override
    public void bindDate(PreparedStatement ps, int i, LocalDate day) throws SQLException {
        ps.setString(i, IsoText.text(day));
    }

    @Override
    public void bindInstant(PreparedStatement ps, int i, Instant t) throws SQLException {
        ps.setString(i, IsoText.text(t));
    }

    @Override
    public LocalDate date(ResultSet rs, int column, SharedValues shared) throws SQLException {
        return shared.parsed(rs.getString(column), IsoText::date);
    }

    @Override
    public Instant instant(ResultSet rs, int column, SharedValues shared) throws SQLException {
        return shared.parsed(rs.getString(column), IsoText::instant);
    }
}
