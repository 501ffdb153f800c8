package controlmap.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import controlmap.domain.Claim;
import controlmap.store.StoreFixtures;
import controlmap.store.gpkg.GeoPackageClaimStore;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A GeoPackage cannot notify, so the watch polls: a write by another process on the same file (an {@code import}
 * running beside {@code serve}) reaches the service's snapshot within a second.
 */
class StoreWatchTest {

    @TempDir
    Path dir;

    @Test
    void aWriteByAnotherConnectionToTheFileReachesTheSnapshotWithinASecond() throws Exception {
        Path file = dir.resolve("shared.gpkg");
        try (GeoPackageClaimStore served = GeoPackageClaimStore.open(file);
             GeoPackageClaimStore importer = GeoPackageClaimStore.open(file)) {
            served.putPlaces(StoreFixtures.places());
            ControlMapService service = new ControlMapService(served);
            StoreWatch watch = StoreWatch.start(service, StoreWatch.POLL_EVERY);
            try {
                importer.addClaims(List.of(StoreFixtures.claim("imported").build()), "importer");
                long start = System.nanoTime();
                while (service.snapshot().dataVersion() != importer.dataVersion()
                        && System.nanoTime() - start < Duration.ofSeconds(1).toNanos()) {
                    Thread.sleep(10);
                }
                assertEquals(importer.dataVersion(), service.snapshot().dataVersion(), "not within a second");
                Claim winner = service.snapshot().index()
                        .winner("raqqa-city", "sohr", LocalDate.parse("2015-01-01"), null).orElseThrow();
                assertEquals("imported", winner.id());
            } finally {
                watch.close();
            }
        }
    }

    @Test
    void aFailingStoreKeepsTheLastSnapshot() {
        Path file = dir.resolve("closing.gpkg");
        GeoPackageClaimStore store = GeoPackageClaimStore.open(file);
        store.putPlaces(StoreFixtures.places());
        ControlMapService service = new ControlMapService(store);
        long version = service.snapshot().dataVersion();
        StoreWatch watch = StoreWatch.start(service, Duration.ofMillis(10));
        try {
            store.close();
            sleep(100);
            assertEquals(version, service.snapshot().dataVersion());
            assertTrue(service.snapshot().hasPlace("raqqa-city"));
        } finally {
            watch.close();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
