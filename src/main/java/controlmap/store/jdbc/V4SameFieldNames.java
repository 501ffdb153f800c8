package controlmap.store.jdbc;

import controlmap.store.Migration;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Schema version 4 of both SQL stores: the store's claim tables use the field names and types every other form of a
 * claim uses (GeoJSON, CSV, FlatGeobuf, the OGC API, {@code /api/export.gpkg}). The claim id column
 * {@code claim_id} of {@code claims} and {@code claim_history} becomes {@code id}; in the GeoPackage,
 * {@code own_geometry} (always 0 or 1) is declared BOOLEAN, so GDAL and QGIS read it as a boolean
 * ({@code Integer(Boolean)}) instead of Integer64. PostGIS's {@code claim_shapes} view, whose first column was
 * {@code claim_id}, is made again with {@code id}.
 *
 * <p>Column renames keep every index, key and the GeoPackage's {@code fid} and R-tree triggers (which name only
 * {@code fid} and {@code geom}). SQLite cannot change a column's declared type, so the GeoPackage's table definition
 * text is edited ({@link SqliteSchemaText}); the stored 0/1 integers are the same under BOOLEAN.
 *
 * @param <T> what the backend hands its steps (the GeoPackage, or nothing); not used
 */
public final class V4SameFieldNames<T> implements Migration<T> {

    private static final String POSTGIS_CLAIM_SHAPES = V3ClaimReadings.claimShapesView("CREATE VIEW", "id");

    @Override
    public int version() {
        return 4;
    }

    @Override
    public String description() {
        return "claim ids in a column named id, own_geometry a boolean: the field names and types of every export";
    }

    @Override
    public void apply(T context, Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            boolean sqlite = "SQLite".equals(c.getMetaData().getDatabaseProductName());
            if (!sqlite) {
                s.execute("DROP VIEW claim_shapes");
            }
            s.execute("ALTER TABLE claims RENAME COLUMN claim_id TO id");
            s.execute("ALTER TABLE claim_history RENAME COLUMN claim_id TO id");
            if (sqlite) {
                SqliteSchemaText.replace(s, "own_geometry INTEGER NOT NULL", "own_geometry BOOLEAN NOT NULL",
                        "claims");
            } else {
                s.execute(POSTGIS_CLAIM_SHAPES);
                s.execute("COMMENT ON VIEW claim_shapes IS"
                        + " 'Current claims with the shape that applies: their own, else their place''s'");
            }
        }
    }
}
