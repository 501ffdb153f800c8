package controlmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import controlmap.App;
import controlmap.app.Stores;
import controlmap.config.StoreLocation;
import controlmap.domain.Claim;
import controlmap.store.ClaimQuery;
import controlmap.store.ClaimStore;
import controlmap.store.postgis.TestDatabases;
import controlmap.testing.RunningService;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code export} and {@code import} move everything between stores losslessly: GeoPackage → file → PostGIS → file →
 * GeoPackage, compared claim by claim and version by version, corrections and retractions included.
 */
class MovingDataTest {

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    static Run controlmap(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new App());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    /** A seeded GeoPackage with history: one claim corrected, one retracted. */
    private Path sourceStore() {
        Path file = dir.resolve("source.gpkg");
        try (ClaimStore s = Stores.open(new StoreLocation(file.toString()))) {
            RunningService.seedData().seedIfEmpty(s);
            Claim c = s.claim("sohr-2017-12-07-deir-ezzor-east-isis").orElseThrow();
            s.supersede(c.id(), new Claim(c.id(), c.source(), c.place(), c.actor(), c.validFrom(), c.validTo(),
                    c.datePrecision(), c.reportedOn(), c.reportedOnPrecision(), c.basis(), c.quote(), c.url(),
                    c.article(), c.articleRef(), c.speaker(), "corrected note", null, 0, 0, null, null, null), "alice");
            s.retract("afp-2017-12-08-east-hama-isis", "bob", "test retraction");
        }
        return file;
    }

    @Test
    void geoPackageToPostgisAndBackIsLossless() {
        Path source = sourceStore();
        Path first = dir.resolve("first.gpkg");
        Run export = controlmap("export", "--store", source.toString(), "--format", "gpkg", first.toString());
        assertEquals(0, export.exit(), export.err());
        assertTrue(export.out().contains("68 claims (70 versions)"), export.out());

        String pg = TestDatabases.create();
        try {
            Run in = controlmap("import", "--store", pg, first.toString());
            assertEquals(0, in.exit(), in.out() + in.err());
            assertTrue(in.out().contains("with full history"), in.out());
            Path second = dir.resolve("second.gpkg");
            assertEquals(0, controlmap("export", "--store", pg, "--format", "gpkg", second.toString()).exit());
            Path back = dir.resolve("back.gpkg");
            Run again = controlmap("import", "--store", back.toString(), second.toString());
            assertEquals(0, again.exit(), again.err());
            assertSameData(source, pg);
            assertSameData(source, back.toString());
        } finally {
            TestDatabases.drop(pg);
        }
    }

    @Test
    void importIntoANonEmptyStoreAddsOnlyNewClaimsAndKeepsTheRest() {
        Path source = sourceStore();
        Path file = dir.resolve("dump.gpkg");
        assertEquals(0, controlmap("export", "--store", source.toString(), "--format", "gpkg", file.toString()).exit());
        Run twice = controlmap("import", "--store", source.toString(), file.toString());
        assertEquals(1, twice.exit(), "every id exists already: all rejected, nothing changed");
        assertSameData(source, source.toString());
    }

    @Test
    void geojsonAndCsvExportsHoldEveryClaim() throws Exception {
        Path source = sourceStore();
        Path json = dir.resolve("all.geojson");
        Path csv = dir.resolve("all.csv");
        assertEquals(0, controlmap("export", "--store", source.toString(), "--format", "geojson", json.toString()).exit());
        assertEquals(0, controlmap("export", "--store", source.toString(), "--format", "csv", csv.toString()).exit());
        JsonNode fc = new ObjectMapper().readTree(json.toFile());
        assertEquals(68, fc.path("features").size());
        assertTrue(Files.readString(csv).startsWith("id,source,place,actor,valid_from"));
        Run exists = controlmap("export", "--store", source.toString(), "--format", "csv", csv.toString());
        assertEquals(1, exists.exit(), "never overwrites");
    }

    private static void assertSameData(Path expected, String actual) {
        try (ClaimStore a = Stores.open(new StoreLocation(expected.toString()));
             ClaimStore b = Stores.open(new StoreLocation(actual))) {
            assertEquals(a.actors(), b.actors());
            assertEquals(a.sources(), b.sources());
            assertEquals(a.places().size(), b.places().size());
            List<Claim> ca = a.claims(ClaimQuery.everything());
            List<Claim> cb = b.claims(ClaimQuery.everything());
            assertEquals(ca.size(), cb.size());
            for (int i = 0; i < ca.size(); i++) {
                assertEquals(ca.get(i), cb.get(i), "claim " + ca.get(i).id());
                assertEquals(a.history(ca.get(i).id()), b.history(cb.get(i).id()), "history of " + ca.get(i).id());
            }
        }
    }
}
