package controlmap.store.gpkg;

import controlmap.store.StoreFixtures;
import java.nio.file.Path;
import java.util.List;

/**
 * Run in a child JVM by the durability test: writes to the store, then dies without closing it (as a killed process
 * would: no shutdown hooks, no checkpoint of the WAL).
 */
public final class CrashingWriter {

    /** Exit code that shows the writes returned before the halt. */
    static final int HALTED_AFTER_WRITES = 3;

    private CrashingWriter() {
    }

    public static void main(String[] args) {
        GeoPackageClaimStore store = GeoPackageClaimStore.open(Path.of(args[0]));
        store.putActors(StoreFixtures.actors());
        store.addClaims(List.of(StoreFixtures.claim("survivor").build()), "crash-test");
        store.retract("survivor", "crash-test", "to have a second version");
        Runtime.getRuntime().halt(HALTED_AFTER_WRITES);
    }
}
