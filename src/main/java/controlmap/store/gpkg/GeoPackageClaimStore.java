package controlmap.store.gpkg;

import controlmap.domain.Actor;
import controlmap.domain.Claim;
import controlmap.domain.Place;
import controlmap.domain.Retraction;
import controlmap.domain.Source;
import controlmap.store.ClaimQuery;
import controlmap.store.ClaimStore;
import controlmap.store.ClaimVersions;
import controlmap.store.StoreException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
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
public final class GeoPackageClaimStore implements ClaimStore {

    private final Path file;
    private final StoreConnection db;
    private final int migrationsApplied;

    private GeoPackageClaimStore(Path file, StoreConnection db, int migrationsApplied) {
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
    public String kind() {
        return "geopackage";
    }

    @Override
    public long dataVersion() {
        return db.read(c -> MetaTable.get(c, MetaTable.DATA_VERSION));
    }

    @Override
    public boolean isEmpty() {
        return db.read(ReferenceTables::allEmpty);
    }

    @Override
    public List<Actor> actors() {
        return db.read(ReferenceTables::actors);
    }

    @Override
    public List<Source> sources() {
        return db.read(ReferenceTables::sources);
    }

    @Override
    public List<Place> places() {
        return db.read(PlaceTable::all);
    }

    @Override
    public List<Claim> claims(ClaimQuery query) {
        return db.read(c -> ClaimReader.query(c, query));
    }

    @Override
    public List<Claim> claimsRecordedAfter(long recorded) {
        return db.read(c -> ClaimReader.recordedAfter(c, recorded));
    }

    @Override
    public long referenceVersion() {
        return db.read(c -> MetaTable.get(c, MetaTable.REFERENCE_VERSION));
    }

    @Override
    public Optional<Claim> claim(String id) {
        return db.read(c -> ClaimReader.current(c, id));
    }

    @Override
    public List<Claim> history(String id) {
        return db.read(c -> ClaimReader.history(c, id));
    }

    @Override
    public void putActors(List<Actor> actors) {
        db.write(c -> {
            ReferenceTables.putActors(c, actors);
            ReferenceTables.touch(c, "actors");
            MetaTable.bumpReferenceVersion(c);
            return null;
        });
    }

    @Override
    public void putSources(List<Source> sources) {
        db.write(c -> {
            ReferenceTables.putSources(c, sources);
            ReferenceTables.touch(c, "sources");
            MetaTable.bumpReferenceVersion(c);
            return null;
        });
    }

    @Override
    public void putPlaces(List<Place> places) {
        db.write(c -> {
            PlaceTable.put(c, places);
            ReferenceTables.touch(c, "places");
            MetaTable.bumpReferenceVersion(c);
            ReferenceTables.touch(c, "claims");
            return null;
        });
    }

    @Override
    public List<Claim> addClaims(List<Claim> claims, String editor) {
        Instant now = IsoText.stored(Instant.now());
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
                    Claim version = StoredClaims.asStored(claim, claim.id(), claim.retraction())
                            .recordedAs(1, recorded++, now, editor);
                    writer.add(version);
                    stored.add(version);
                }
            }
            touchClaimTables(c);
            return stored;
        });
    }

    @Override
    public Claim supersede(String id, Claim replacement, String editor) {
        if (replacement.id() != null && !replacement.id().equals(id)) {
            throw new StoreException("replacement has id " + replacement.id() + ", not " + id);
        }
        Instant now = IsoText.stored(Instant.now());
        return db.write(c -> {
            Claim current = ClaimReader.current(c, id).orElseThrow(() -> noSuchClaim(id));
            Claim next = StoredClaims.asStored(replacement, id, current.retraction())
                    .recordedAs(current.version() + 1, MetaTable.reserveRecorded(c, 1), now, editor);
            try (ClaimWriter writer = new ClaimWriter(c)) {
                writer.replace(next);
            }
            touchClaimTables(c);
            return next;
        });
    }

    @Override
    public Claim retract(String id, String editor, String reason) {
        Instant now = IsoText.stored(Instant.now());
        return db.write(c -> {
            Claim current = ClaimReader.current(c, id).orElseThrow(() -> noSuchClaim(id));
            if (current.retracted()) {
                throw new StoreException("claim " + id + " is already retracted");
            }
            Claim next = current.retractedBy(new Retraction(editor, now, reason))
                    .recordedAs(current.version() + 1, MetaTable.reserveRecorded(c, 1), now, editor);
            try (ClaimWriter writer = new ClaimWriter(c)) {
                writer.replace(next);
            }
            touchClaimTables(c);
            return next;
        });
    }

    @Override
    public void restoreClaims(List<Claim> versions) {
        ClaimVersions restored = ClaimVersions.of(versions);
        db.write(c -> {
            long last = MetaTable.get(c, MetaTable.RECORDED_SEQ);
            restored.requireAbove(last);
            try (ClaimWriter writer = new ClaimWriter(c)) {
                for (Map.Entry<String, List<Claim>> e : restored.byId().entrySet()) {
                    if (writer.exists(e.getKey())) {
                        throw new StoreException("claim id " + e.getKey() + " exists already; nothing was stored");
                    }
                    List<Claim> history = e.getValue();
                    writer.add(history.get(0));
                    for (Claim later : history.subList(1, history.size())) {
                        writer.replace(later);
                    }
                }
            }
            MetaTable.set(c, MetaTable.RECORDED_SEQ, Math.max(last, restored.maxRecorded()));
            touchClaimTables(c);
            return null;
        });
    }

    private static void touchClaimTables(java.sql.Connection c) throws java.sql.SQLException {
        ReferenceTables.touch(c, "claims");
        ReferenceTables.touch(c, "claim_history");
    }

    private static NoSuchElementException noSuchClaim(String id) {
        return new NoSuchElementException("no claim " + id);
    }

    @Override
    public void close() {
        db.close();
    }
}
