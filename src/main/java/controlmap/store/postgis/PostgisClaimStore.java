package controlmap.store.postgis;

import controlmap.domain.Actor;
import controlmap.domain.Claim;
import controlmap.domain.Place;
import controlmap.domain.Retraction;
import controlmap.domain.Source;
import controlmap.store.ClaimQuery;
import controlmap.store.ClaimStore;
import controlmap.store.ClaimVersions;
import controlmap.store.Migrations;
import controlmap.store.StoreException;
import controlmap.store.StoredForm;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

/**
 * {@link ClaimStore} on a PostgreSQL database with PostGIS, shared by any number of service instances.
 *
 * <h2>Layout</h2>
 * See {@link V1InitialSchema}: {@code places} and {@code claims} with {@code geometry(MultiPolygon, 4326)} columns
 * and GiST indexes, {@code claim_history}, {@code actors}, {@code sources}, {@code controlmap_meta}, the sequence
 * {@code claim_recorded_seq}. The schema is created and upgraded by {@link controlmap.store.Migrations} on open.
 *
 * <h2>Consistency between instances</h2>
 * Each write method is one transaction that raises {@code data_version} first (serialising writers of every
 * instance on that row), writes, and sends {@code NOTIFY controlmap_changes}; on any failure it is rolled back and
 * a {@link StoreException} (or the {@link NoSuchElementException} the interface promises) is thrown. Because the
 * version lives in the database, every instance reports the same version for the same data. {@link #onChange}
 * callbacks run on a listener thread when any connection commits a write.
 *
 * <h2>Decisions the interface leaves open</h2>
 * The same as the GeoPackage store's (the contract test holds both to them): MultiPolygons only, instants to the
 * millisecond, references not checked, {@link #supersede} keeps the retraction and refuses another id,
 * {@link #retract} refuses a retracted claim, lists ordered by id in code-point order ({@code COLLATE "C"}).
 */
public final class PostgisClaimStore implements ClaimStore {

    /** Connections per instance: enough for concurrent requests; the service answers most reads from memory. */
    static final int POOL_SIZE = 8;

    private final Database db;
    private final ChangeListener listener;
    private final int migrationsApplied;

    private PostgisClaimStore(Database db, int migrationsApplied) {
        this.db = db;
        this.listener = new ChangeListener(db);
        this.migrationsApplied = migrationsApplied;
    }

    /**
     * Connects to the database at {@code jdbcUrl} ({@code jdbc:postgresql://host:port/db?user=…&password=…}) and
     * brings its schema up to date.
     *
     * @throws StoreException when the server cannot be reached, PostGIS is not installed in the database, or the
     *                        schema is newer than this ControlMap knows
     */
    public static PostgisClaimStore open(String jdbcUrl) {
        return open(jdbcUrl, Schema.standard());
    }

    static PostgisClaimStore open(String jdbcUrl, Migrations<Void> migrations) {
        Database db = Database.open(jdbcUrl, POOL_SIZE);
        try {
            return new PostgisClaimStore(db, Schema.migrate(db, migrations));
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** How many schema steps this open applied (0 when the database was up to date); for tests and logs. */
    int migrationsApplied() {
        return migrationsApplied;
    }

    @Override
    public String kind() {
        return "postgis";
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
        return db.read(ReferenceTables::places);
    }

    @Override
    public List<Claim> claims(ClaimQuery query) {
        return db.read(c -> ClaimTables.query(c, query));
    }

    @Override
    public List<Claim> claimsRecordedAfter(long recorded) {
        return db.read(c -> ClaimTables.recordedAfter(c, recorded));
    }

    @Override
    public long referenceVersion() {
        return db.read(c -> MetaTable.get(c, MetaTable.REFERENCE_VERSION));
    }

    @Override
    public Optional<Claim> claim(String id) {
        return db.read(c -> ClaimTables.current(c, id, false));
    }

    @Override
    public List<Claim> history(String id) {
        return db.read(c -> ClaimTables.history(c, id));
    }

    @Override
    public void putActors(List<Actor> actors) {
        db.write(c -> {
            ReferenceTables.putActors(c, actors);
            MetaTable.bumpReferenceVersion(c);
            return null;
        });
    }

    @Override
    public void putSources(List<Source> sources) {
        db.write(c -> {
            ReferenceTables.putSources(c, sources);
            MetaTable.bumpReferenceVersion(c);
            return null;
        });
    }

    @Override
    public void putPlaces(List<Place> places) {
        db.write(c -> {
            ReferenceTables.putPlaces(c, places);
            MetaTable.bumpReferenceVersion(c);
            return null;
        });
    }

    @Override
    public List<Claim> addClaims(List<Claim> claims, String editor) {
        Set<String> ids = new HashSet<>();
        for (Claim claim : claims) {
            if (claim.id() == null) {
                throw new StoreException("a claim has no id; nothing was stored");
            }
            if (!ids.add(claim.id())) {
                throw new StoreException("claim id " + claim.id() + " appears twice; nothing was stored");
            }
        }
        Instant now = StoredForm.instant(Instant.now());
        List<Claim> stored = new ArrayList<>(claims.size());
        for (Claim claim : claims) {
            stored.add(StoredForm.claim(claim, claim.id(), claim.retraction()));
        }
        return db.write(c -> {
            List<String> taken = ClaimTables.existing(c, ids);
            if (!taken.isEmpty()) {
                throw new StoreException("claim id " + taken.get(0) + " exists already; nothing was stored");
            }
            long[] recorded = ClaimTables.nextRecorded(c, stored.size());
            List<Claim> versions = new ArrayList<>(stored.size());
            for (int i = 0; i < stored.size(); i++) {
                versions.add(stored.get(i).recordedAs(1, recorded[i], now, editor));
            }
            ClaimTables.add(c, versions);
            return versions;
        });
    }

    @Override
    public Claim supersede(String id, Claim replacement, String editor) {
        if (replacement.id() != null && !replacement.id().equals(id)) {
            throw new StoreException("replacement has id " + replacement.id() + ", not " + id);
        }
        Instant now = StoredForm.instant(Instant.now());
        return db.write(c -> {
            Claim current = ClaimTables.current(c, id, true).orElseThrow(() -> noSuchClaim(id));
            Claim next = StoredForm.claim(replacement, id, current.retraction())
                    .recordedAs(current.version() + 1, ClaimTables.nextRecorded(c, 1)[0], now, editor);
            ClaimTables.replace(c, next);
            return next;
        });
    }

    @Override
    public Claim retract(String id, String editor, String reason) {
        Instant now = StoredForm.instant(Instant.now());
        return db.write(c -> {
            Claim current = ClaimTables.current(c, id, true).orElseThrow(() -> noSuchClaim(id));
            if (current.retracted()) {
                throw new StoreException("claim " + id + " is already retracted");
            }
            Claim next = current.retractedBy(new Retraction(editor, now, reason))
                    .recordedAs(current.version() + 1, ClaimTables.nextRecorded(c, 1)[0], now, editor);
            ClaimTables.replace(c, next);
            return next;
        });
    }

    @Override
    public void restoreClaims(List<Claim> versions) {
        ClaimVersions restored = ClaimVersions.of(versions);
        db.write(c -> {
            restored.requireAbove(ClaimTables.lastRecorded(c));
            List<String> taken = ClaimTables.existing(c, restored.byId().keySet());
            if (!taken.isEmpty()) {
                throw new StoreException("claim id " + taken.get(0) + " exists already; nothing was stored");
            }
            ClaimTables.restore(c, restored.all(), restored.current());
            ClaimTables.advanceRecorded(c, restored.maxRecorded());
            return null;
        });
    }

    /** Runs {@code listener} on the listener thread whenever any instance commits a write (and after reconnecting). */
    @Override
    public void onChange(Runnable listener) {
        this.listener.add(listener);
    }

    private static NoSuchElementException noSuchClaim(String id) {
        return new NoSuchElementException("no claim " + id);
    }

    /** Stops the listener and closes the pool; later calls do nothing. */
    @Override
    public void close() {
        listener.close();
        db.close();
    }
}
