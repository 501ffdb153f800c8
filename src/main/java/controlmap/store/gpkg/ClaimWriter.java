package controlmap.store.gpkg;

import controlmap.domain.Claim;
import controlmap.store.jdbc.ClaimColumns;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Writes claim versions within one write transaction, reusing its prepared statements across a batch. Every
 * version goes to {@code claim_history} (with the claim's own shape, or null) and becomes the row of
 * {@code claims}, whose {@code geom} holds the claim's own shape or else a copy of its place's
 * ({@code own_geometry} tells which).
 */
final class ClaimWriter implements AutoCloseable {

    private static final String PARAMS = "?, ".repeat(ClaimColumns.COUNT - 1) + "?";
    private static final ClaimColumns COLUMNS = new ClaimColumns(GeoPackageDialect.INSTANCE);
    private static final String EFFECTIVE_GEOM = "COALESCE(?, (SELECT geom FROM places WHERE id = ?))";

    private final PreparedStatement exists;
    private final PreparedStatement insertCurrent;
    private final PreparedStatement updateCurrent;
    private final PreparedStatement insertHistory;

    ClaimWriter(Connection c) throws SQLException {
        exists = c.prepareStatement("SELECT 1 FROM claims WHERE id = ?");
        insertCurrent = c.prepareStatement("INSERT INTO claims (" + ClaimColumns.LIST + ", own_geometry, geom)"
                + " VALUES (" + PARAMS + ", ?, " + EFFECTIVE_GEOM + ")");
        updateCurrent = c.prepareStatement("UPDATE claims SET (" + ClaimColumns.LIST + ") = (" + PARAMS + "),"
                + " own_geometry = ?, geom = " + EFFECTIVE_GEOM + " WHERE id = ?");
        insertHistory = c.prepareStatement("INSERT INTO claim_history (" + ClaimColumns.LIST + ", geometry)"
                + " VALUES (" + PARAMS + ", ?)");
    }

    boolean exists(String id) throws SQLException {
        exists.setString(1, id);
        try (ResultSet rs = exists.executeQuery()) {
            return rs.next();
        }
    }

    /** Stores the first version of a claim whose id is not in the store yet. */
    void add(Claim claim) throws SQLException {
        byte[] own = GeoPackageBinary.encode(claim.geometry());
        bindCurrent(insertCurrent, claim, own);
        insertCurrent.executeUpdate();
        history(claim, own);
    }

    /** Makes {@code claim} the current version of its id, which must exist. */
    void replace(Claim claim) throws SQLException {
        byte[] own = GeoPackageBinary.encode(claim.geometry());
        bindCurrent(updateCurrent, claim, own);
        updateCurrent.setString(ClaimColumns.COUNT + 4, claim.id());
        if (updateCurrent.executeUpdate() != 1) {
            throw new SQLException("claim " + claim.id() + " vanished during the write");
        }
        history(claim, own);
    }

    private static void bindCurrent(PreparedStatement ps, Claim claim, byte[] own) throws SQLException {
        COLUMNS.bind(ps, claim);
        ps.setInt(ClaimColumns.COUNT + 1, own == null ? 0 : 1);
        ps.setBytes(ClaimColumns.COUNT + 2, own);
        ps.setString(ClaimColumns.COUNT + 3, claim.place());
    }

    private void history(Claim claim, byte[] own) throws SQLException {
        COLUMNS.bind(insertHistory, claim);
        insertHistory.setBytes(ClaimColumns.COUNT + 1, own);
        insertHistory.executeUpdate();
    }

    @Override
    public void close() throws SQLException {
        exists.close();
        insertCurrent.close();
        updateCurrent.close();
        insertHistory.close();
    }
}
