package controlmap.store.jdbc;

import controlmap.domain.Actor;
import controlmap.domain.Claim;
import controlmap.domain.Place;
import controlmap.domain.Retraction;
import controlmap.domain.Source;
import controlmap.store.ClaimQuery;
import controlmap.store.ClaimStore;
import controlmap.store.ClaimVersions;
import controlmap.store.StoreException;
import controlmap.store.StoredForm;
import controlmap.store.VersionConflict;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * What the GeoPackage and the PostGIS store do alike: every {@link ClaimStore} method as reads and write transactions
 * over the same tables ({@code actors}, {@code sources}, {@code places}, {@code claims}, {@code claim_history},
 * {@code controlmap_meta}). A backend supplies its {@link Transactions}, its {@link SqlDialect}, and the steps that
 * differ: how shapes are kept, how {@code recorded} numbers are handed out, how claim rows are written, and
 * {@link #addClaims}, whose checks and their messages differ between the two.
 *
 * <p>Each write method is one transaction of {@link Transactions#write}; a supersede or retract reads the current
 * version inside it ({@link #readCurrent} with {@code forUpdate}), so concurrent writers cannot both build on it.
 */
public abstract class SqlClaimStore implements ClaimStore {

    private final String kind;
    private final Transactions db;
    private final SqlDialect dialect;

    protected SqlClaimStore(String kind, Transactions db, SqlDialect dialect) {
        this.kind = kind;
        this.db = db;
        this.dialect = dialect;
    }

    @Override
    public final String kind() {
        return kind;
    }

    @Override
    public final long dataVersion() {
        return db.read(c -> MetaRows.get(c, MetaRows.DATA_VERSION));
    }

    @Override
    public final long referenceVersion() {
        return db.read(c -> MetaRows.get(c, MetaRows.REFERENCE_VERSION));
    }

    @Override
    public final boolean isEmpty() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT EXISTS (SELECT 1 FROM actors)"
                    + " OR EXISTS (SELECT 1 FROM sources) OR EXISTS (SELECT 1 FROM places)"
                    + " OR EXISTS (SELECT 1 FROM claims)");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() && !rs.getBoolean(1);
            }
        });
    }

    @Override
    public final List<Actor> actors() {
        return db.read(c -> ActorSourceRows.actors(c, dialect.idOrder()));
    }

    @Override
    public final List<Source> sources() {
        return db.read(c -> ActorSourceRows.sources(c, dialect.idOrder()));
    }

    @Override
    public final List<Place> places() {
        return db.read(this::readPlaces);
    }

    @Override
    public final List<Claim> claims(ClaimQuery query) {
        return db.read(c -> readClaims(c, query));
    }

    @Override
    public final List<Claim> claimsRecordedAfter(long recorded) {
        return db.read(c -> readRecordedAfter(c, recorded));
    }

    @Override
    public final Optional<Claim> claim(String id) {
        return db.read(c -> readCurrent(c, id, false));
    }

    @Override
    public final List<Claim> history(String id) {
        return db.read(c -> readHistory(c, id));
    }

    @Override
    public final void putActors(List<Actor> actors) {
        db.write(c -> {
            ActorSourceRows.putActors(c, actors);
            tableChanged(c, "actors");
            MetaRows.bumpReferenceVersion(c);
            return null;
        });
    }

    @Override
    public final void putSources(List<Source> sources) {
        db.write(c -> {
            ActorSourceRows.putSources(c, sources);
            tableChanged(c, "sources");
            MetaRows.bumpReferenceVersion(c);
            return null;
        });
    }

    @Override
    public final void putPlaces(List<Place> places) {
        db.write(c -> {
            writePlaces(c, places);
            tableChanged(c, "places");
            MetaRows.bumpReferenceVersion(c);
            // Claims without a shape of their own show their place's.
            tableChanged(c, "claims");
            return null;
        });
    }

    @Override
    public final Claim supersede(String id, Claim replacement, String editor, int expectedVersion) {
        if (replacement.id() != null && !replacement.id().equals(id)) {
            throw new StoreException("replacement has id " + replacement.id() + ", not " + id);
        }
        Instant now = StoredForm.instant(Instant.now());
        return db.write(c -> {
            Claim current = readCurrent(c, id, true).orElseThrow(() -> noSuchClaim(id));
            requireVersion(current, expectedVersion);
            Claim next = StoredForm.claim(replacement, id, current.retraction())
                    .recordedAs(current.version() + 1, nextRecorded(c), now, editor);
            replaceClaim(c, next);
            claimTablesChanged(c);
            return next;
        });
    }

    @Override
    public final Claim retract(String id, String editor, String reason, int expectedVersion) {
        Instant now = StoredForm.instant(Instant.now());
        return db.write(c -> {
            Claim current = readCurrent(c, id, true).orElseThrow(() -> noSuchClaim(id));
            requireVersion(current, expectedVersion);
            if (current.retracted()) {
                throw new StoreException("claim " + id + " is already retracted");
            }
            Claim next = current.retractedBy(new Retraction(editor, now, reason))
                    .recordedAs(current.version() + 1, nextRecorded(c), now, editor);
            replaceClaim(c, next);
            claimTablesChanged(c);
            return next;
        });
    }

    private static void requireVersion(Claim current, int expectedVersion) {
        if (expectedVersion != ANY_VERSION && current.version() != expectedVersion) {
            throw new VersionConflict(current.id(), expectedVersion, current.version());
        }
    }

    @Override
    public final void restoreClaims(List<Claim> versions) {
        ClaimVersions restored = ClaimVersions.of(versions);
        db.write(c -> {
            long last = lastRecorded(c);
            restored.requireAbove(last);
            List<String> taken = existingClaims(c, restored.byId().keySet());
            if (!taken.isEmpty()) {
                throw new StoreException("claim id " + taken.get(0) + " exists already; nothing was stored");
            }
            restore(c, restored);
            advanceRecorded(c, last, restored.maxRecorded());
            claimTablesChanged(c);
            return null;
        });
    }

    /** Every place, ordered by id. */
    protected abstract List<Place> readPlaces(Connection c) throws SQLException;

    /** Upserts {@code places} by id. */
    protected abstract void writePlaces(Connection c, List<Place> places) throws SQLException;

    /** See {@link ClaimStore#claims}. */
    protected abstract List<Claim> readClaims(Connection c, ClaimQuery q) throws SQLException;

    /** See {@link ClaimStore#claimsRecordedAfter}. */
    protected abstract List<Claim> readRecordedAfter(Connection c, long recorded) throws SQLException;

    /**
     * The current version of claim {@code id}; with {@code forUpdate} (inside a write), no other writer may change it
     * until the transaction ends.
     */
    protected abstract Optional<Claim> readCurrent(Connection c, String id, boolean forUpdate) throws SQLException;

    /** Every version of claim {@code id}, oldest first. */
    protected abstract List<Claim> readHistory(Connection c, String id) throws SQLException;

    /** A new {@code recorded} number, above every one handed out; inside a write. */
    protected abstract long nextRecorded(Connection c) throws SQLException;

    /** The last {@code recorded} number handed out; 0 when none was. */
    protected abstract long lastRecorded(Connection c) throws SQLException;

    /** Makes sure later numbers exceed {@code max}; {@code last} is what {@link #lastRecorded} said in this write. */
    protected abstract void advanceRecorded(Connection c, long last, long max) throws SQLException;

    /** Which of {@code ids} are claims already, in the order of {@code ids} where it matters. */
    protected abstract List<String> existingClaims(Connection c, Collection<String> ids) throws SQLException;

    /** Makes {@code claim} the current version of its id, which must exist, and adds it to history. */
    protected abstract void replaceClaim(Connection c, Claim claim) throws SQLException;

    /** Stores restored claims, none of whose ids is in the store: every version in history, the latest as current. */
    protected abstract void restore(Connection c, ClaimVersions restored) throws SQLException;

    /** Called inside a write after {@code table} changed; the GeoPackage records it in gpkg_contents. */
    protected void tableChanged(Connection c, String table) throws SQLException {
    }

    /** {@link #tableChanged} for both claim tables. */
    protected final void claimTablesChanged(Connection c) throws SQLException {
        tableChanged(c, "claims");
        tableChanged(c, "claim_history");
    }

    private static NoSuchElementException noSuchClaim(String id) {
        return new NoSuchElementException("no claim " + id);
    }
}
