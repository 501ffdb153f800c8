package controlmap.store.postgis;

import controlmap.domain.Claim;
import controlmap.domain.Place;
import controlmap.store.ClaimQuery;
import controlmap.store.ClaimStore;
import controlmap.store.ClaimVersions;
import controlmap.store.Migrations;
import controlmap.store.StoreException;
import controlmap.store.StoredForm;
import controlmap.store.jdbc.SqlClaimStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
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
 * <p>What it does alike with the GeoPackage store is in {@link SqlClaimStore}; this class keeps the database's own
 * parts.
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
public final class PostgisClaimStore extends SqlClaimStore {

    /** Connections per instance: enough for concurrent requests; the service answers most reads from memory. */
    static final int POOL_SIZE = 8;

    private final Database db;
    private final ChangeListener listener;
    private final int migrationsApplied;

    private PostgisClaimStore(Database db, int migrationsApplied) {
        super("postgis", db, PostgisDialect.INSTANCE);
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
    protected List<Place> readPlaces(Connection c) throws SQLException {
        return PlaceTable.all(c);
    }

    @Override
    protected void writePlaces(Connection c, List<Place> places) throws SQLException {
        PlaceTable.put(c, places);
    }

    @Override
    protected List<Claim> readClaims(Connection c, ClaimQuery q) throws SQLException {
        return ClaimTables.query(c, q);
    }

    @Override
    protected List<Claim> readRecordedAfter(Connection c, long recorded) throws SQLException {
        return ClaimTables.recordedAfter(c, recorded);
    }

    /** With {@code forUpdate}, {@code SELECT … FOR UPDATE}: writers of other instances wait for this one. */
    @Override
    protected Optional<Claim> readCurrent(Connection c, String id, boolean forUpdate) throws SQLException {
        return ClaimTables.current(c, id, forUpdate);
    }

    @Override
    protected List<Claim> readHistory(Connection c, String id) throws SQLException {
        return ClaimTables.history(c, id);
    }

    @Override
    protected long nextRecorded(Connection c) throws SQLException {
        return ClaimTables.nextRecorded(c, 1)[0];
    }

    @Override
    protected long lastRecorded(Connection c) throws SQLException {
        return ClaimTables.lastRecorded(c);
    }

    @Override
    protected void advanceRecorded(Connection c, long last, long max) throws SQLException {
        ClaimTables.advanceRecorded(c, max);
    }

    @Override
    protected List<String> existingClaims(Connection c, Collection<String> ids) throws SQLException {
        return ClaimTables.existing(c, ids);
    }

    @Override
    protected void replaceClaim(Connection c, Claim claim) throws SQLException {
        ClaimTables.replace(c, claim);
    }

    @Override
    protected void restore(Connection c, ClaimVersions restored) throws SQLException {
        ClaimTables.restore(c, restored.all(), restored.current());
    }

    /** Runs {@code listener} on the listener thread whenever any instance commits a write (and after reconnecting). */
    @Override
    public void onChange(Runnable listener) {
        this.listener.add(listener);
    }

    /** Stops the listener and closes the pool; later calls do nothing. */
    @Override
    public void close() {
        listener.close();
        db.close();
    }
}
