package controlmap.store.postgis;

import controlmap.store.StoreCopy;
import controlmap.store.StoreCopyCheck;
import controlmap.store.gpkg.GeoPackageClaimStore;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GeoPackage → PostGIS → GeoPackage, compared claim by claim and version by version at each step. */
class PostgisStoreCopyTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void needsPostgis() {
        TestDatabases.adminUrl();
    }

    @Test
    void aRoundTripThroughPostgisKeepsEveryClaimAndVersion() {
        String url = TestDatabases.create();
        try (GeoPackageClaimStore original = GeoPackageClaimStore.open(dir.resolve("original.gpkg"));
             PostgisClaimStore postgis = PostgisClaimStore.open(url);
             GeoPackageClaimStore back = GeoPackageClaimStore.open(dir.resolve("back.gpkg"))) {
            StoreCopyCheck.seedWithHistory(original);

            StoreCopy.copy(original, postgis, StoreCopy.Progress.none());
            StoreCopyCheck.assertSameData(original, postgis);

            StoreCopy.copy(postgis, back, StoreCopy.Progress.none());
            StoreCopyCheck.assertSameData(original, back);
        } finally {
            TestDatabases.drop(url);
        }
    }
}
