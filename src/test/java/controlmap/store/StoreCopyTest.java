package controlmap.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import controlmap.domain.Claim;
import controlmap.store.gpkg.GeoPackageClaimStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Copying a GeoPackage into another keeps every version; the PostGIS round trip is in PostgisStoreCopyTest. */
class StoreCopyTest {

    @TempDir
    Path dir;

    @Test
    void aCopyHoldsEveryClaimAndEveryVersion() {
        try (GeoPackageClaimStore from = GeoPackageClaimStore.open(dir.resolve("from.gpkg"));
             GeoPackageClaimStore to = GeoPackageClaimStore.open(dir.resolve("to.gpkg"))) {
            StoreCopyCheck.seedWithHistory(from);
            List<String> steps = new ArrayList<>();

            StoreCopy.Summary summary = StoreCopy.copy(from, to, (what, done, total) -> steps.add(what + " " + done
                    + "/" + total));

            StoreCopyCheck.assertSameData(from, to);
            int claims = from.claims(ClaimQuery.everything()).size();
            assertEquals(claims, summary.claims());
            assertEquals(claims + 3, summary.versions());
            assertTrue(steps.contains("claims " + claims + "/" + claims), steps.toString());
            Claim next = to.addClaims(List.of(StoreFixtures.claim("after-copy").build()), "ed").get(0);
            long lastCopied = from.claims(ClaimQuery.everything()).stream().mapToLong(Claim::recorded).max().orElseThrow();
            assertTrue(next.recorded() > lastCopied);
        }
    }

    @Test
    void aTargetThatIsNotEmptyIsRefused() {
        try (GeoPackageClaimStore from = GeoPackageClaimStore.open(dir.resolve("from.gpkg"));
             GeoPackageClaimStore to = GeoPackageClaimStore.open(dir.resolve("to.gpkg"))) {
            to.putActors(StoreFixtures.actors());
            assertThrows(StoreException.class, () -> StoreCopy.copy(from, to, StoreCopy.Progress.none()));
        }
    }
}
