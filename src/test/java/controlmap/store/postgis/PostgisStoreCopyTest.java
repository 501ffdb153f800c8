package controlmap.store.postgis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import controlmap.domain.Claim;
import controlmap.store.StoreCopy;
import controlmap.store.StoreCopyCheck;
import controlmap.store.StoreFixtures;
import controlmap.store.gpkg.GeoPackageClaimStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
    /** Early claims corrected late have versions at both ends of the recorded order; all must copy, in order. */
    @Test
    void thousandsOfClaimsWithLateCorrectionsOfEarlyOnesCopyBothWays() {
        String url = TestDatabases.create();
        try (GeoPackageClaimStore original = GeoPackageClaimStore.open(dir.resolve("many.gpkg"));
             PostgisClaimStore postgis = PostgisClaimStore.open(url);
             GeoPackageClaimStore back = GeoPackageClaimStore.open(dir.resolve("many-back.gpkg"))) {
            original.putPlaces(StoreFixtures.places());
            List<Claim> many = new ArrayList<>();
            for (int i = 0; i < 5_000; i++) {
                many.add(StoreFixtures.claim("c" + i).build());
            }
            original.addClaims(many, "importer");
            for (int i = 0; i < 500; i++) {
                original.supersede("c" + i, StoreFixtures.claim("c" + i).quote("corrected").build(), "editor");
            }
            original.retract("c1", "editor", "withdrawn");

            StoreCopy.Summary summary = StoreCopy.copy(original, postgis, StoreCopy.Progress.none());
            StoreCopy.copy(postgis, back, StoreCopy.Progress.none());

            assertEquals(5_501, summary.versions());
            StoreCopyCheck.assertSameData(original, postgis);
            StoreCopyCheck.assertSameData(original, back);
        } finally {
            TestDatabases.drop(url);
        }
    }
}
