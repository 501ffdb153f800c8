package controlmap.store;

import controlmap.domain.Actor;
import controlmap.domain.Claim;
import controlmap.domain.Place;
import controlmap.domain.Source;
import java.util.List;
import java.util.Optional;

/**
 * Where places, actors, sources and claims live. One implementation per backend (GeoPackage file, PostGIS), chosen
 * at start-up; every implementation gives the same answers (the store contract test holds them to it).
 *
 * <p>Writes are all or nothing: a method that throws has written nothing. A write that returns is durable (it
 * survives a crash of the process). Claims are never deleted: {@link #supersede} keeps the old version in
 * {@link #history}, {@link #retract} marks the claim.
 */
public interface ClaimStore extends AutoCloseable {

    /** For the writes that take an expected version: any version will do. */
    int ANY_VERSION = -1;


    /** {@code geopackage} or {@code postgis}. */
    String kind();

    /** A number that changes on every committed write (by this process or another one sharing the store). */
    long dataVersion();

    /** True when the store holds no places, actors, sources or claims (a fresh store, to be seeded). */
    boolean isEmpty();

    List<Actor> actors();

    List<Source> sources();

    List<Place> places();

    /** The current version of every claim matching {@code query}, ordered by {@link Claim#recorded()}. */
    List<Claim> claims(ClaimQuery query);

    /**
     * The current version of every claim, retracted ones included, whose current version was recorded after
     * {@code recorded}, ordered by {@link Claim#recorded()}: what was written since a reader last saw
     * {@code recorded}. Writes are serialised and number their versions in commit order, so nothing committed later
     * has a lower number. The default reads every claim and filters.
     */
    default List<Claim> claimsRecordedAfter(long recorded) {
        return claims(ClaimQuery.everything()).stream().filter(c -> c.recorded() > recorded).toList();
    }

    /**
     * A number that changes on every write of actors, sources or places (committed by this process or another),
     * and not on writes of claims; -1 when the store cannot tell, and readers must then reload everything.
     */
    default long referenceVersion() {
        return -1;
    }

    /** The current version of one claim (retracted ones included), or empty. */
    Optional<Claim> claim(String id);

    /** Every version of a claim, oldest first; empty when no such claim. */
    List<Claim> history(String id);

    /** Inserts or replaces actors, by id. */
    void putActors(List<Actor> actors);

    /** Inserts or replaces sources, by id. */
    void putSources(List<Source> sources);

    /** Inserts or replaces places, by id. */
    void putPlaces(List<Place> places);

    /**
     * Stores new claims (version 1) in one transaction.
     *
     * @param claims claims whose ids are not yet in the store
     * @param editor who adds them (recorded in history)
     * @return the claims as stored, with {@code recorded}, {@code recordedAt}, {@code editor} filled, in input order
     * @throws StoreException when an id exists already or the write fails; nothing is stored then
     */
    List<Claim> addClaims(List<Claim> claims, String editor);

    /**
     * Replaces the current version of claim {@code id} with {@code replacement} (same id, version + 1); the old version
     * stays in history.
     *
     * @throws java.util.NoSuchElementException when there is no claim {@code id}
     */
    default Claim supersede(String id, Claim replacement, String editor) {
        return supersede(id, replacement, editor, ANY_VERSION);
    }

    /**
     * As {@link #supersede(String, Claim, String)}, only while the claim is at version {@code expectedVersion}
     * (checked in the write's transaction, so two editors cannot both replace the same version).
     *
     * @param expectedVersion the version the editor saw, or {@link #ANY_VERSION}
     * @throws VersionConflict when the claim is at another version; nothing is stored then
     */
    Claim supersede(String id, Claim replacement, String editor, int expectedVersion);

    /**
     * Marks claim {@code id} retracted by {@code editor} now, for {@code reason}.
     *
     * @throws java.util.NoSuchElementException when there is no claim {@code id}
     */
    default Claim retract(String id, String editor, String reason) {
        return retract(id, editor, reason, ANY_VERSION);
    }

    /**
     * As {@link #retract(String, String, String)}, only while the claim is at version {@code expectedVersion}.
     *
     * @param expectedVersion the version the editor saw, or {@link #ANY_VERSION}
     * @throws VersionConflict when the claim is at another version; nothing is stored then
     */
    Claim retract(String id, String editor, String reason, int expectedVersion);

    /**
     * Stores claims with their whole history exactly as given — versions, {@code recorded}, {@code recordedAt},
     * editors, retractions — in one transaction: for copying a store into another ({@link StoreCopy}), not for
     * editing. The highest version of each claim becomes its current version. Later writes get {@code recorded}
     * numbers above every restored one.
     *
     * @param versions every version of each claim, any order; versions of one claim numbered 1, 2, 3, …
     * @throws StoreException when a claim id exists already, a claim's versions have gaps or repeats, or a
     *                        {@code recorded} number is not above every number the store has handed out; nothing is
     *                        stored then
     * @throws UnsupportedOperationException when the backend cannot (the default)
     */
    default void restoreClaims(List<Claim> versions) {
        throw new UnsupportedOperationException(kind() + " store cannot restore claim history");
    }

    /**
     * Asks the store to run {@code listener} soon after any write is committed, by this process or another one
     * sharing the store, when the backend can tell (PostGIS: {@code LISTEN/NOTIFY}). Calls come from a thread of the
     * store, may be coalesced, and may also come when nothing changed (after a reconnect); a listener compares
     * {@link #dataVersion()}. The default does nothing: such a store is watched by polling {@link #dataVersion()}.
     */
    default void onChange(Runnable listener) {
    }

    /**
     * Makes a write that changes nothing (the actors written again as they are), to learn whether writes work now:
     * after a disk was full, a file read-only or a lock held elsewhere, the service probes with this until it returns.
     *
     * @throws RuntimeException the store's own error when the write fails
     */
    default void probeWrite() {
        putActors(actors());
    }

    @Override
    void close();
}
