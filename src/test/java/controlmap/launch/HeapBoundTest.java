package controlmap.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The heap bound from a store's size, and the reading of heap sizes and of the command line. */
class HeapBoundTest {

    private static final long MIB = 1024 * 1024;
    private static final long GIB = 1024 * MIB;

    @ParameterizedTest(name = "store {0} MiB, machine {1} GiB: {2} MiB")
    @CsvSource({
        // an empty or small store: the floor
        "0, 24, 512",
        "10, 24, 512",
        // BASE + 2 × 60% of the store
        "1000, 24, 856",
        "1924, 24, 1411",
        // never more than half the machine, however large the store
        "30000, 24, 12288",
        "3000, 2, 1024",
        // on a tiny machine the half is the bound even below the floor
        "0, 0.5, 256",
    })
    void boundFromStoreAndMachine(long storeMib, double machineGib, long expectedMib) {
        assertEquals(expectedMib, HeapBound.forStore(storeMib * MIB, (long) (machineGib * GIB)));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "1536m, 1536", "2g, 2048", "2G, 2048", "900M, 900", " 1g , 1024", "1t, 1048576", "1048576k, 1024",
        "134217728, 128",
        // refused: under 64 MiB, not a size, empty
        "32m, -1", "1.5g, -1", "lots, -1", "-1g, -1", "'', -1", "99999999999999999999m, -1",
    })
    void heapSizes(String text, long expectedMib) {
        OptionalLong parsed = HeapBound.parseMib(text);
        assertEquals(expectedMib < 0 ? OptionalLong.empty() : OptionalLong.of(expectedMib), parsed);
    }

    @ParameterizedTest(name = "{0}: serve? {1}")
    @CsvSource(delimiter = '|', value = {
        "serve | true",
        "serve --port 7070 --store x.gpkg | true",
        "serve --help | false",
        "--version | false",
        "import --store x.gpkg a.geojson | false",
        "generate --places 10 --out x.gpkg | false",
        "'' | false",
    })
    void onlyTheServiceIsRelaunched(String args, boolean serves) {
        assertEquals(serves, Relaunch.startsService(args.isBlank() ? new String[0] : args.split(" ")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "serve --store a.gpkg | a.gpkg",
        "serve --store=b.gpkg --port 1 | b.gpkg",
        "serve --port 1 | ",
    })
    void storeFromTheCommandLine(String args, String store) {
        assertEquals(store, Relaunch.storeOption(args.split(" ")));
    }

    @org.junit.jupiter.api.Test
    void anExplicitBoundIsTheOperatorsChoice() {
        for (String bound : List.of("-Xmx1g", "-XX:MaxHeapSize=1073741824", "-XX:MaxRAMPercentage=50",
                "-XX:MaxRAM=4g")) {
            assertTrue(Relaunch.hasBound(List.of("-Dfoo=1", bound)), bound);
        }
        assertFalse(Relaunch.hasBound(List.of("-Xms1g", "-XX:+UseG1GC", "-Dxmx=1")));
    }
}
