package controlmap.store.jdbc;

import controlmap.store.Migration;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Schema version 3 of both SQL stores: what a claim really says. Claims (current and history) get {@code stance}
 * ({@code control} or {@code presence}) and {@code extent} ({@code whole} or {@code part}), which existing claims take
 * as {@code control} and {@code whole}, and the article's {@code publisher} and {@code published_on}; sources get an
 * {@code affiliation}; and {@code valid_from} may be NULL (the source did not say since when). PostGIS's
 * {@code claim_shapes} view shows the new claim columns too.
 *
 * <p>PostgreSQL drops the NOT NULL with {@code ALTER COLUMN}. SQLite cannot, and rebuilding a GeoPackage feature
 * table would drop its R-tree triggers, so the constraint is removed from the stored table definition, the way the
 * SQLite documentation describes for removing NOT NULL constraints ("Making Other Kinds Of Table Schema Changes":
 * {@code writable_schema}, then a higher {@code schema_version}); nothing on disk changes format.
 *
 * @param <T> what the backend hands its steps (the GeoPackage, or nothing); not used
 */
public final class V3ClaimReadings<T> implements Migration<T> {

    private static final String[] CLAIM_TABLES = {"claims", "claim_history"};

    /** PostGIS's view for GIS clients, with the new columns appended (as CREATE OR REPLACE VIEW requires). */
    private static final String POSTGIS_CLAIM_SHAPES = claimShapesView("CREATE OR REPLACE VIEW", "claim_id");

    /**
     * PostGIS's {@code claim_shapes} view from this version on: {@code create} (the statement's start) with the
     * claim id column {@code idColumn} ({@code claim_id} until version 4, {@code id} from then on).
     */
    static String claimShapesView(String create, String idColumn) {
        return create + " " + """
                 claim_shapes AS
                    SELECT c.%s, c.source, c.place, c.actor, c.valid_from, c.valid_to, c.reported_on, c.basis,
                           c.quote, c.url, c.version, c.recorded,
                           (c.retracted_by IS NOT NULL OR c.retracted_at IS NOT NULL
                               OR c.retraction_reason IS NOT NULL) AS retracted,
                           c.geom IS NOT NULL AS own_geometry,
                           COALESCE(c.geom, p.geom)::geometry(MultiPolygon, 4326) AS geom,
                           c.stance, c.extent, c.publisher, c.published_on
                    FROM claims c LEFT JOIN places p ON p.id = c.place""".formatted(idColumn);
    }

    @Override
    public int version() {
        return 3;
    }

    @Override
    public String description() {
        return "stance, extent, publisher and published_on of claims, affiliation of sources, unstated starts";
    }

    @Override
    public void apply(T context, Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String table : CLAIM_TABLES) {
                s.execute("ALTER TABLE " + table + " ADD COLUMN stance TEXT NOT NULL DEFAULT 'control'");
                s.execute("ALTER TABLE " + table + " ADD COLUMN extent TEXT NOT NULL DEFAULT 'whole'");
                s.execute("ALTER TABLE " + table + " ADD COLUMN publisher TEXT");
                s.execute("ALTER TABLE " + table + " ADD COLUMN published_on DATE");
            }
            s.execute("ALTER TABLE sources ADD COLUMN affiliation TEXT");
            if ("SQLite".equals(c.getMetaData().getDatabaseProductName())) {
                allowUnstatedStartInSqlite(s);
            } else {
                for (String table : CLAIM_TABLES) {
                    s.execute("ALTER TABLE " + table + " ALTER COLUMN valid_from DROP NOT NULL");
                }
                s.execute(POSTGIS_CLAIM_SHAPES);
            }
        }
    }

    private static void allowUnstatedStartInSqlite(Statement s) throws SQLException {
        SqliteSchemaText.replace(s, "valid_from DATE NOT NULL", "valid_from DATE", CLAIM_TABLES);
    }
}
