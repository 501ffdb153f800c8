package controlmap.store.gpkg;

import controlmap.domain.Bbox;
import controlmap.domain.Claim;
import controlmap.store.ClaimQuery;
import controlmap.store.SharedValues;
import controlmap.store.jdbc.ClaimColumns;
import controlmap.store.jdbc.ClaimFilter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Envelope;

/**
 * Reads claims with one query per call, however many rows (no per-claim queries). The copied place shape in
 * {@code claims.geom} is only fetched when a bbox filter needs it; a claim without its own shape comes back with a
 * null geometry.
 */
final class ClaimReader {

    private static final String SELECT_CURRENT = "SELECT " + ClaimColumns.LIST + ", own_geometry, ";
    private static final ClaimColumns COLUMNS = new ClaimColumns(GeoPackageDialect.INSTANCE);

    private ClaimReader() {
    }

    /** See {@link controlmap.store.ClaimStore#claims}: the R-tree picks candidates, JTS decides. */
    static List<Claim> query(Connection c, ClaimQuery q) throws SQLException {
        Bbox bbox = q.bbox();
        ClaimFilter filter = ClaimFilter.of(q, GeoPackageDialect.INSTANCE);
        if (bbox != null) {
            // Only narrows candidates through the R-tree of claims.geom (own shape, or the place's copy); a box
            // crossing the antimeridian is two
            List<String> any = new ArrayList<>();
            List<Object> corners = new ArrayList<>();
            for (Envelope e : bbox.envelopes()) {
                any.add("(minx <= ? AND maxx >= ? AND miny <= ? AND maxy >= ?)");
                corners.addAll(List.of(e.getMaxX(), e.getMinX(), e.getMaxY(), e.getMinY()));
            }
            filter.and(true, "fid IN (SELECT id FROM rtree_claims_geom WHERE " + String.join(" OR ", any) + ")",
                    corners.toArray());
        }
        String sql = SELECT_CURRENT + (bbox == null ? "CASE WHEN own_geometry = 1 THEN geom END" : "geom")
                + " FROM claims" + filter.where() + " ORDER BY recorded";
        List<Claim> out = new ArrayList<>();
        SharedValues shared = new SharedValues();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            filter.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Geometry shape = GeoPackageBinary.decode(rs.getBytes(ClaimColumns.COUNT + 2));
                    if (bbox == null || (shape != null && bbox.intersects(shape))) {
                        boolean own = rs.getInt(ClaimColumns.COUNT + 1) == 1;
                        out.add(COLUMNS.read(rs, own ? shape : null, shared));
                    }
                }
            }
        }
        return out;
    }

    /** See {@link controlmap.store.ClaimStore#claimsRecordedAfter}: the index on {@code recorded} finds them. */
    static List<Claim> recordedAfter(Connection c, long recorded) throws SQLException {
        List<Claim> out = new ArrayList<>();
        SharedValues shared = new SharedValues();
        try (PreparedStatement ps = c.prepareStatement(SELECT_CURRENT
                + "CASE WHEN own_geometry = 1 THEN geom END FROM claims WHERE recorded > ? ORDER BY recorded")) {
            ps.setLong(1, recorded);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(COLUMNS.read(rs, GeoPackageBinary.decode(rs.getBytes(ClaimColumns.COUNT + 2)), shared));
                }
            }
        }
        return out;
    }

    static Optional<Claim> current(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT_CURRENT
                + "CASE WHEN own_geometry = 1 THEN geom END FROM claims WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(COLUMNS.read(rs, GeoPackageBinary.decode(rs.getBytes(ClaimColumns.COUNT + 2))));
            }
        }
    }

    static List<Claim> history(Connection c, String id) throws SQLException {
        List<Claim> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + ClaimColumns.LIST + ", geometry"
                + " FROM claim_history WHERE id = ? ORDER BY version")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(COLUMNS.read(rs, GeoPackageBinary.decode(rs.getBytes(ClaimColumns.COUNT + 1))));
                }
            }
        }
        return out;
    }
}
