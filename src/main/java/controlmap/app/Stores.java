package controlmap.app;

import controlmap.config.StoreLocation;
import controlmap.store.ClaimStore;
import controlmap.store.StoreException;
import controlmap.store.gpkg.GeoPackageClaimStore;
import controlmap.store.postgis.PostgisClaimStore;

/** Opens the store implementation a location names. */
public final class Stores {

    private Stores() {
    }

    /**
     * Opens (creating when absent) the store at {@code location}: a {@code jdbc:postgresql:} URL opens the PostGIS
     * store (schema created or upgraded), anything else is a GeoPackage file path.
     *
     * @throws StoreException when the location cannot be opened
     */
    public static ClaimStore open(StoreLocation location) {
        if (location.isPostgres()) {
            return PostgisClaimStore.open(location.value());
        }
        return GeoPackageClaimStore.open(location.file());
    }
}
