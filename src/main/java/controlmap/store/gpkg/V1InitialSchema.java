package controlmap.store.gpkg;

import controlmap.store.jdbc.MetaRows;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.db.GeoPackageTableCreator;
import mil.nga.geopackage.extension.ExtensionScopeType;
import mil.nga.geopackage.extension.rtree.RTreeIndexExtension;

/**
 * Schema version 1. Feature tables {@code places} and {@code claims} (MULTIPOLYGON {@code geom}, EPSG:4326, with the
 * GeoPackage R-tree spatial index); attributes tables {@code actors}, {@code sources}, {@code claim_history}
 * (registered in gpkg_contents as {@code attributes}, so QGIS and GDAL show them as non-spatial layers); and the plain
 * bookkeeping table {@code controlmap_meta}. Dates are GeoPackage DATE / DATETIME, i.e. ISO 8601 text.
 *
 * <p>The tables are written in SQL rather than with NGA's table DAOs because those write through a second
 * connection that cannot share our transaction; the R-tree table and triggers come from NGA's
 * {@link RTreeIndexExtension}, which runs the SQL of the GeoPackage specification on our connection.
 */
final class V1InitialSchema implements Migration {

    private static final String CLAIM_FIELDS = """
            source TEXT NOT NULL, place TEXT NOT NULL, actor TEXT NOT NULL,
            valid_from DATE NOT NULL, valid_to DATE, date_precision TEXT,
            reported_on DATE, reported_on_precision TEXT, basis TEXT,
            quote TEXT, url TEXT, article TEXT, article_ref TEXT, speaker TEXT, note TEXT,
            version INTEGER NOT NULL, recorded INTEGER NOT NULL, recorded_at DATETIME NOT NULL, editor TEXT,
            retracted_by TEXT, retracted_at DATETIME, retraction_reason TEXT""";

    private static final String[] DDL = {
        """
        CREATE TABLE places (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, geom MULTIPOLYGON,
            id TEXT NOT NULL UNIQUE, name TEXT, name_ar TEXT, kind TEXT, geometry_quality TEXT, note TEXT)""",
        "CREATE TABLE claims (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, geom MULTIPOLYGON,"
            + " claim_id TEXT NOT NULL UNIQUE, " + CLAIM_FIELDS
            + ", own_geometry INTEGER NOT NULL CHECK (own_geometry IN (0, 1)))",
        "CREATE INDEX claims_source ON claims (source)",
        "CREATE INDEX claims_place ON claims (place)",
        "CREATE INDEX claims_actor ON claims (actor)",
        "CREATE UNIQUE INDEX claims_recorded ON claims (recorded)",
        "CREATE TABLE claim_history (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,"
            + " claim_id TEXT NOT NULL, " + CLAIM_FIELDS + ", geometry BLOB, UNIQUE (claim_id, version))",
        """
        CREATE TABLE actors (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
            id TEXT NOT NULL UNIQUE, name TEXT, color TEXT, description TEXT, negates TEXT)""",
        """
        CREATE TABLE sources (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
            id TEXT NOT NULL UNIQUE, name TEXT, kind TEXT, url TEXT, outlet TEXT, description TEXT)""",
        "CREATE TABLE controlmap_meta (key TEXT PRIMARY KEY NOT NULL, value INTEGER NOT NULL)",
    };

    @Override
    public int version() {
        return 1;
    }

    @Override
    public String description() {
        return "places, claims, claim history, actors, sources, R-tree indexes";
    }

    @Override
    public void apply(GeoPackage geoPackage, Connection c) throws SQLException {
        ensureGeoPackageTables(geoPackage, c);
        try (Statement s = c.createStatement()) {
            for (String sql : DDL) {
                s.execute(sql);
            }
        }
        registerFeatures(c, "places", "Places: named areas with their polygons");
        registerFeatures(c, "claims",
                "Current version of every claim; geom is the claim's own shape, else its place's");
        registerAttributes(c, "claim_history", "Every version of every claim; geometry is the claim's own shape");
        registerAttributes(c, "actors", "Who can hold a place");
        registerAttributes(c, "sources", "Who said it");
        addSpatialIndex(geoPackage, c, "places");
        addSpatialIndex(geoPackage, c, "claims");
        MetaRows.set(c, MetaRows.DATA_VERSION, 0);
        MetaRows.set(c, MetaTable.RECORDED_SEQ, 0);
    }

    /** gpkg_geometry_columns and gpkg_extensions are not among the tables NGA creates with every file. */
    private static void ensureGeoPackageTables(GeoPackage geoPackage, Connection c) throws SQLException {
        GeoPackageTableCreator creator = new GeoPackageTableCreator(geoPackage.getConnection());
        if (!tableExists(c, "gpkg_geometry_columns")) {
            creator.createGeometryColumns();
        }
        if (!tableExists(c, "gpkg_extensions")) {
            creator.createExtensions();
        }
    }

    private static void registerFeatures(Connection c, String table, String description) throws SQLException {
        register(c, table, "features", description, GeoPackageBinary.SRS_ID);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO gpkg_geometry_columns"
                + " (table_name, column_name, geometry_type_name, srs_id, z, m)"
                + " VALUES (?, 'geom', 'MULTIPOLYGON', ?, 0, 0)")) {
            ps.setString(1, table);
            ps.setInt(2, GeoPackageBinary.SRS_ID);
            ps.executeUpdate();
        }
    }

    private static void registerAttributes(Connection c, String table, String description) throws SQLException {
        register(c, table, "attributes", description, null);
    }

    private static void register(Connection c, String table, String dataType, String description, Integer srsId)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO gpkg_contents"
                + " (table_name, data_type, identifier, description, srs_id) VALUES (?, ?, ?, ?, ?)")) {
            ps.setString(1, table);
            ps.setString(2, dataType);
            ps.setString(3, table);
            ps.setString(4, description);
            ps.setObject(5, srsId);
            ps.executeUpdate();
        }
    }

    private static void addSpatialIndex(GeoPackage geoPackage, Connection c, String table) throws SQLException {
        RTreeIndexExtension rtree = new RTreeIndexExtension(geoPackage);
        rtree.createRTreeIndex(table, "geom");
        rtree.createAllTriggers(table, "geom", "fid");
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO gpkg_extensions"
                + " (table_name, column_name, extension_name, definition, scope) VALUES (?, 'geom', ?, ?, ?)")) {
            ps.setString(1, table);
            ps.setString(2, RTreeIndexExtension.EXTENSION_NAME);
            ps.setString(3, RTreeIndexExtension.DEFINITION);
            ps.setString(4, ExtensionScopeType.WRITE_ONLY.getValue());
            ps.executeUpdate();
        }
    }

    private static boolean tableExists(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM sqlite_master WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }
}
