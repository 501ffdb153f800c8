package controlmap.store;

import controlmap.config.StoreLocation;
import controlmap.store.gpkg.GeoPackageClaimStore;

/** Opens the store implementation a location names. */
public final class Stores {

    private Stores() {
    }

    /**
     * Opens (creating when absent) the store at {@code location}.
     *
     * @throws StoreException when the location cannot be opened, or names a backend this build does not have yet
     */
    public static ClaimStore open(StoreLocation location) {
        if (location.isPostgres()) {
            throw new StoreException("the PostGIS store is not part of this build yet; use a GeoPackage file path");
        }
        return GeoPackageClaimStore.open(location.file());
    }
}
