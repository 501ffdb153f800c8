package controlmap.store;

import controlmap.domain.Claim;
import java.util.ArrayList;
import java.util.List;

/**
 * Copies everything one store holds into another, empty one — actors, sources, places, and every claim with its
 * whole history (versions, {@code recorded} numbers, times, editors, retractions) — so that the target answers
 * every query as the source does: GeoPackage to PostGIS when a newsroom grows, PostGIS to GeoPackage for an offline
 * copy.
 *
 * <p>Reference data is copied first, then every claim's history is read and all claims are restored in one
 * transaction: a claim corrected late has versions both early and late in {@code recorded} order, so histories cannot
 * be split into batches that each stay above what the target has already handed out. A copy that fails leaves the
 * target with the reference data only: empty it (or make a new one) and copy again.
 */
public final class StoreCopy {

    /** How often reading histories reports progress, in claims. */
    static final int REPORT_EVERY = 1_000;

    private StoreCopy() {
    }

    /** Told how far the copy is: {@code done} of {@code total} items of {@code what} ("claims", "places", …). */
    @FunctionalInterface
    public interface Progress {
        void update(String what, long done, long total);

        /** Progress that nobody watches. */
        static Progress none() {
            return (what, done, total) -> { };
        }
    }

    /** What was copied. */
    public record Summary(int actors, int sources, int places, int claims, int versions) {
    }

    /**
     * Copies {@code from} into {@code to}.
     *
     * @throws StoreException when {@code to} is not empty, or reading or writing fails
     */
    public static Summary copy(ClaimStore from, ClaimStore to, Progress progress) {
        if (!to.isEmpty()) {
            throw new StoreException("the target " + to.kind() + " store is not empty; copy into an empty one");
        }
        var actors = from.actors();
        to.putActors(actors);
        progress.update("actors", actors.size(), actors.size());
        var sources = from.sources();
        to.putSources(sources);
        progress.update("sources", sources.size(), sources.size());
        var places = from.places();
        to.putPlaces(places);
        progress.update("places", places.size(), places.size());

        List<Claim> claims = from.claims(ClaimQuery.everything());
        List<Claim> versions = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            versions.addAll(from.history(claims.get(i).id()));
            if ((i + 1) % REPORT_EVERY == 0 || i == claims.size() - 1) {
                progress.update("reading claims", i + 1, claims.size());
            }
        }
        to.restoreClaims(versions);
        progress.update("claims", claims.size(), claims.size());
        return new Summary(actors.size(), sources.size(), places.size(), claims.size(), versions.size());
    }
}
