package controlmap.store.postgis;

import controlmap.store.Migration;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Schema version 1, in the first schema of the connection's {@code search_path} ({@code public} unless the URL says
 * {@code currentSchema=…}).
 *
 * <ul>
 *   <li>{@code places}, {@code claims}: {@code geom geometry(MultiPolygon, 4326)} with GiST indexes. Unlike the
 *       GeoPackage, {@code claims.geom} is only the claim's own shape (null when the place's stands): a bbox query
 *       joins {@code places} instead of keeping copies in step. The view {@code claim_shapes} shows every claim with
 *       the shape that applies, for QGIS.</li>
 *   <li>{@code claim_history}: every version of every claim (the current one too), keyed by (claim_id, version).</li>
 *   <li>{@code actors}, {@code sources}; {@code controlmap_meta} (schema and data versions); the sequence
 *       {@code claim_recorded_seq} for {@code recorded}.</li>
 * </ul>
 */
final class V1InitialSchema implements Migration<Void> {

    private static final String CLAIM_FIELDS = """
            source text NOT NULL, place text NOT NULL, actor text NOT NULL,
            valid_from date NOT NULL, valid_to date, date_precision text,
            reported_on date, reported_on_precision text, basis text,
            quote text, url text, article text, article_ref text, speaker text, note text,
            version integer NOT NULL, recorded bigint NOT NULL, recorded_at timestamptz NOT NULL, editor text,
            retracted_by text, retracted_at timestamptz, retraction_reason text,
            geom geometry(MultiPolygon, 4326)""";

    private static final String[] DDL = {
        "CREATE TABLE controlmap_meta (key text PRIMARY KEY, value bigint NOT NULL)",
        "INSERT INTO controlmap_meta (key, value) VALUES ('data_version', 0)",
        "CREATE SEQUENCE claim_recorded_seq AS bigint",
        "CREATE TABLE actors (id text PRIMARY KEY, name text, color text, description text, negates text)",
        """
        CREATE TABLE sources (id text PRIMARY KEY, name text, kind text, url text, outlet text,
            description text)""",
        """
        CREATE TABLE places (id text PRIMARY KEY, name text, name_ar text, kind text, geometry_quality text,
            note text, geom geometry(MultiPolygon, 4326))""",
        "CREATE INDEX places_geom ON places USING gist (geom)",
        "CREATE TABLE claims (claim_id text PRIMARY KEY, " + CLAIM_FIELDS + ")",
        "CREATE INDEX claims_geom ON claims USING gist (geom)",
        "CREATE INDEX claims_source ON claims (source)",
        "CREATE INDEX claims_place ON claims (place)",
        "CREATE INDEX claims_actor ON claims (actor)",
        "CREATE UNIQUE INDEX claims_recorded ON claims (recorded)",
        "CREATE TABLE claim_history (claim_id text NOT NULL, " + CLAIM_FIELDS + ", PRIMARY KEY (claim_id, version))",
        """
        CREATE VIEW claim_shapes AS
            SELECT c.claim_id, c.source, c.place, c.actor, c.valid_from, c.valid_to, c.reported_on, c.basis,
                   c.quote, c.url, c.version, c.recorded,
                   (c.retracted_by IS NOT NULL OR c.retracted_at IS NOT NULL OR c.retraction_reason IS NOT NULL)
                       AS retracted,
                   c.geom IS NOT NULL AS own_geometry,
                   COALESCE(c.geom, p.geom)::geometry(MultiPolygon, 4326) AS geom
            FROM claims c LEFT JOIN places p ON p.id = c.place""",
        "COMMENT ON VIEW claim_shapes IS 'Current claims with the shape that applies: their own, else their place''s'",
    };

    @Override
    public int version() {
        return 1;
    }

    @Override
    public String description() {
        return "places, claims, claim history, actors, sources, GiST indexes";
    }

    @Override
    public void apply(Void context, Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String sql : DDL) {
                s.execute(sql);
            }
        }
    }
}
