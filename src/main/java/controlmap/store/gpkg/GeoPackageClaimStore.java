package controlmap.store.gpkg;

import controlmap.domain.Claim;
import controlmap.domain.Place;
import controlmap.store.ClaimQuery;
import controlmap.store.ClaimStore;
import controlmap.store.ClaimVersions;
import controlmap.store.StoreException;
import controlmap.store.StoredForm;
import controlmap.store.jdbc.MetaRows;
import controlmap.store.jdbc.SqlClaimStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.extension.rtree.RTreeIndexExtension;

/**
 * {@link ClaimStore} on one OGC GeoPackage file, which GDAL and QGIS open as it is.
 *
 * <h2>Layout</h2>
 * <ul>
 *   <li>{@code places}: feature table, MULTIPOLYGON {@code geom} in EPSG:4326, {@code id} unique.</li>
 *   <li>{@code claims}: feature table, the current version of every claim, one column per {@link Claim} field;
 *       {@code geom} is the claim's own shape, or else a copy of its place's so GIS users see a shape;
 *       {@code own_geometry} (0/1) says which, and the store answers a null geometry when it is 0.</li>
 *   <li>{@code claim_history}, {@code actors}, {@code sources}: GeoPackage attributes tables (non-spatial, listed in
 *       gpkg_contents); {@code claim_history} holds every version of every claim, the current one included, with
 *       the claim's own shape as GeoPackage binary in {@code geometry}.</li>
 *   <li>{@code controlmap_meta}: plain SQLite table of counters (schema version, data version, recorded sequence).</li>
 * </ul>
 * Both feature tables carry the GeoPackage R-tree spatial index extension ({@code gpkg_rtree_index}). The schema is
 * created and upgraded by {@link Migrations} when the file is opened.
 *
 * <p>What it does alike with the PostGIS store is in {@link SqlClaimStore}; this class keeps the file's own parts.
 *
 * <h2>Durability and concurrency</h2>
 * WAL journal, {@code synchronous=FULL}: a write that returned survives a crash. Each write method is one
 * transaction that also raises {@code data_version}; on any failure it is rolled back and a {@link StoreException}
 * (or the {@link NoSuchElementException} the interface promises) is thrown. The store is thread-safe: all work runs
 * on one connection behind one lock (see {@link StoreConnection}), so reads and writes are serialised.
 *
 * <h2>Decisions the interface leaves open</h2>
 * Polygons are stored and returned as MultiPolygons; other geometry types are refused. Instants are kept to the
 * millisecond. References (place, actor, source ids of a claim) are not checked here: that is validation, done by
 * the API. {@link #supersede} keeps the claim's retraction (only {@link #retract} sets one) and refuses a replacement
 * carrying another id; {@link #retract} refuses an already retracted claim. Lists of actors, sources and places come
 * ordered by id.
 */
public final class GeoPackageClaimStore extends SqlClaimStore {

    private final Path file;
    private final StoreConnection db;
    private final int migrationsApplied;

    private GeoPackageClaimStore(Path file, StoreConnection db, int migrationsApplied) {
        super("geopackage", db, GeoPackageDialect.INSTANCE);
        this.file = file;
        this.db = db;
        this.migrationsApplied = migrationsApplied;
    }

    /**
     * Opens the GeoPackage {@code file}, creating it when absent, and brings its schema up to date.
     *
     * @param file a path ending in {@code .gpkg}; its directory must exist
     * @throws StoreException when the file cannot be created or opened, is not a GeoPackage, or has a newer schema
     */
    public static GeoPackageClaimStore open(Path file) {
        return open(file, Migrations.standard());
    }

    /** The GeoPackage version the files say they follow: 1.3.0 ({@code PRAGMA user_version}, as the standard encodes it). */
    static final int GEOPACKAGE_VERSION = 10300;

    static GeoPackageClaimStore open(Path file, Migrations migrations) {
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gpkg")) {
            throw new StoreException("a GeoPackage file name must end in .gpkg: " + file);
        }
        GeoPackage geoPackage;
        try {
            if (!Files.exists(file)) {
                GeoPackageManager.create(file.toFile());
            }
            geoPackage = GeoPackageManager.open(file.toFile());
            // The library stamps GeoPackage 1.4, which GDAL 3.6 (Debian 12) and QGIS 3.22 warn may be only partly
            // supported; nothing of 1.4 is used (only the R-tree extension of 1.2), so the file says 1.3.
            geoPackage.getConnection().execSQL("PRAGMA user_version = " + GEOPACKAGE_VERSION);
        } catch (RuntimeException e) {
            throw new StoreException("cannot open GeoPackage " + file + ": " + e.getMessage(), e);
        }
        StoreConnection db = new StoreConnection(geoPackage);
        try {
            // The R-tree triggers call these functions; SQLite registers them per connection.
            new RTreeIndexExtension(geoPackage).createAllFunctions();
            db.configure();
            return new GeoPackageClaimStore(file, db, migrations.apply(db));
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** The GeoPackage file. */
    public Path file() {
        return file;
    }

    /** How many schema steps this open applied (0 when the file was up to date); for tests and logs. */
    int migrationsApplied() {
        return migrationsApplied;
    }

    @Override
    public List<Claim> addClaims(List<Claim> claims, String editor) {
        Instant now = StoredForm.instant(Instant.now());
        return db.write(c -> {
            List<Claim> stored = new ArrayList<>(claims.size());
            Set<String> seen = new HashSet<>();
            long recorded = MetaTable.reserveRecorded(c, claims.size());
            try (ClaimWriter writer = new ClaimWriter(c)) {
                for (Claim claim : claims) {
                    if (claim.id() == null) {
                        throw new StoreException("a claim has no id; nothing was stored");
                    }
                    if (!seen.add(claim.id()) || writer.exists(claim.id())) {
                        throw new StoreException("claim id " + claim.id() + " exists already; nothing was stored");
                    }
                    Claim version = StoredForm.claim(claim, claim.id(), claim.retraction())
                            .recordedAs(1, recorded++, now, editor);
                    writer.add(version);
                    stored.add(version);
                }
            }
            claimTablesChanged(c);
            return stored;
        });
    }

    @Override
    protected List<Place> readPlaces(Connection c) throws SQLException {
        return PlaceTable.all(c);
    }

    @Override
    protected void writePlaces(Connection c, List<Place> places) throws SQLException {
        PlaceTable.put(c, places);
    }

    @Override
    protected List<Claim> readClaims(Connection c, ClaimQuery q) throws SQLException {
        return ClaimReader.query(c, q);
    }

    @Override
    protected List<Claim> readRecordedAfter(Connection c, long recorded) throws SQLException {
        return ClaimReader.recordedAfter(c, recorded);
    }

    /** {@code forUpdate} needs nothing here: a write holds the file's write lock from its start. */
    @Override
    protected Optional<Claim> readCurrent(Connection c, String id, boolean forUpdate) throws SQLException {
        return ClaimReader.current(c, id);
    }

    @Override
    protected List<Claim> readHistory(Connection c, String id) throws SQLException {
        return ClaimReader.history(c, id);
    }

    @Override
    protected long nextRecorded(Connection c) throws SQLException {
        return MetaTable.reserveRecorded(c, 1);
    }

    @Override
    protected long lastRecorded(Connection c) throws SQLException {
        return MetaRows.get(c, MetaTable.RECORDED_SEQ);
    }

    @Override
    protected void advanceRecorded(Connection c, long last, long max) throws SQLException {
        MetaRows.set(c, MetaTable.RECORDED_SEQ, Math.max(last, max));
    }

    @Override
    protected List<String> existingClaims(Connection c, Collection<String> ids) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ClaimWriter writer = new ClaimWriter(c)) {
            for (String id : ids) {
                if (writer.exists(id)) {
                    out.add(id);
                }
            }
        }
        return out;
    }

    @Override
    protected void replaceClaim(Connection c, Claim claim) throws SQLException {
        try (ClaimWriter writer = new ClaimWriter(c)) {
            writer.replace(claim);
        }
    }

    @Override
    protected void restore(Connection c, ClaimVersions restored) throws SQLException {
        try (ClaimWriter writer = new ClaimWriter(c)) {
            for (Map.Entry<String, List<Claim>> e : restored.byId().entrySet()) {
                List<Claim> history = e.getValue();
                writer.add(history.get(0));
                for (Claim later : history.subList(1, history.size())) {
                    writer.replace(later);
                }
            }
        }
    }

    @Override
    protected void tableChanged(Connection c, String table) throws SQLException {
        Contents.touch(c, table);
    }

    @Override
    public void close() {
        db.close();
    }
}
