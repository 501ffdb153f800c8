package controlmap.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import controlmap.store.ClaimStore;
import controlmap.store.StoreFixtures;
import controlmap.store.gpkg.GeoPackageClaimStore;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A snapshot is labelled with the data version its data belongs to, even when another process writes while it is
 * being read: instances sharing a store must never give one ETag to two different answers.
 */
class ConsistentSnapshotTest {

    @TempDir
    Path dir;

    @Test
    void aWriteDuringARefreshIsNotHiddenUnderTheOlderVersion() {
        Path file = dir.resolve("shared.gpkg");
        try (GeoPackageClaimStore store = GeoPackageClaimStore.open(file);
             GeoPackageClaimStore other = GeoPackageClaimStore.open(file)) {
            store.putPlaces(StoreFixtures.places());
            AtomicBoolean armed = new AtomicBoolean(false);
            ControlMapService service = new ControlMapService(writingDuringRead(store, () -> {
                if (armed.getAndSet(false)) {
                    other.addClaims(List.of(StoreFixtures.claim("sneaked-in").build()), "other process");
                }
            }));
            store.putActors(StoreFixtures.actors());
            armed.set(true);

            ControlMapService.Snapshot s = service.refresh();

            assertEquals(store.dataVersion(), s.dataVersion(), "labelled with the version of the data it holds");
            assertTrue(s.index().claims().stream().anyMatch(c -> c.id().equals("sneaked-in")));
        }
    }

    /** {@code store}, running {@code sideEffect} just before each read of the places (the first read of a refresh). */
    private static ClaimStore writingDuringRead(ClaimStore store, Runnable sideEffect) {
        return (ClaimStore) Proxy.newProxyInstance(ClaimStore.class.getClassLoader(), new Class<?>[] {ClaimStore.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("places")) {
                        sideEffect.run();
                    }
                    try {
                        return method.invoke(store, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
