package controlmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import controlmap.App;
import controlmap.domain.Claim;
import controlmap.store.ClaimQuery;
import controlmap.store.gpkg.GeoPackageClaimStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code import}: the same validation as the API, a summary, dry runs, GeoPackages, exit codes. */
class ImportCommandTest {

    static final Path DATA = Path.of(System.getProperty("controlmap.dataDir", "data/geojson"));

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = new CommandLine(new App());
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        int exit = cmd.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    String[] seedFiles(String store, String... extra) {
        List<String> args = new ArrayList<>(List.of("import", "--store", store));
        args.addAll(List.of(extra));
        for (String f : new String[] {"actors.json", "sources.json", "places.geojson", "claims.geojson"}) {
            args.add(DATA.resolve(f).toString());
        }
        return args.toArray(String[]::new);
    }

    @Test
    void importsTheSeedDataThenRejectsItAsExistingTheSecondTime() {
        String store = dir.resolve("a.gpkg").toString();
        Run first = run(seedFiles(store));
        assertEquals(0, first.exit(), first.out() + first.err());
        assertTrue(first.out().matches("(?s).*claims\\s+68\\s+68\\s+0.*"), first.out());
        assertTrue(first.out().matches("(?s).*places\\s+23\\s+23\\s+0.*"), first.out());
        long version;
        try (GeoPackageClaimStore s = GeoPackageClaimStore.open(Path.of(store))) {
            assertEquals(68, s.claims(ClaimQuery.everything()).size());
            assertEquals("import", s.claims(ClaimQuery.all()).get(0).editor());
            version = s.dataVersion();
        }
        Run again = run(seedFiles(store));
        assertEquals(1, again.exit());
        assertTrue(again.out().matches("(?s).*claims\\s+68\\s+0\\s+68.*"), again.out());
        assertTrue(again.out().contains("features[0].id: a claim 'afp-2017-12-08-deir-ezzor-east-sdf' exists already"),
                again.out());
        try (GeoPackageClaimStore s = GeoPackageClaimStore.open(Path.of(store))) {
            assertEquals(version, s.dataVersion(), "nothing written the second time");
        }
    }

    @Test
    void invalidItemsAreListedWithTheReasonAndTheRestIsAdded() throws IOException {
        String store = dir.resolve("b.gpkg").toString();
        assertEquals(0, run(seedFiles(store)).exit());
        Path bad = dir.resolve("new-claims.geojson");
        Files.writeString(bad, "{\"type\":\"FeatureCollection\",\"features\":[" + claim("n-1", "2017-10-20") + ","
                + claim("n-2", "2017-02-30") + "," + claim("n-3", "2017-10-22").replace("raqqa-city", "atlantis") + ","
                + claim(null, "2017-10-23") + "]}");
        long version = version(store);

        Run dry = run("import", "--store", store, "--dry-run", bad.toString());
        assertEquals(1, dry.exit());
        assertTrue(dry.out().contains("dry run: nothing was written"), dry.out());
        assertTrue(dry.out().matches("(?s).*claims\\s+4\\s+2\\s+2.*"), dry.out());
        assertEquals(version, version(store), "a dry run writes nothing");

        Run real = run("import", "--store", store, bad.toString());
        assertEquals(1, real.exit());
        assertTrue(real.out().contains("features[1].properties.valid_from: must be a day that exists"), real.out());
        assertTrue(real.out().contains("features[2].properties.place: names no known place: 'atlantis'"), real.out());
        try (GeoPackageClaimStore s = GeoPackageClaimStore.open(Path.of(store))) {
            assertTrue(s.claim("n-1").isPresent());
            assertTrue(s.claim("n-2").isEmpty());
            assertTrue(s.claim("sohr-2017-10-23-raqqa-city-sdf").isPresent(), "a generated id");
        }
    }

    @Test
    void aControlMapGeoPackageIntoAnEmptyStoreIsRestoredWithItsHistory() {
        Path from = dir.resolve("from.gpkg");
        assertEquals(0, run(seedFiles(from.toString())).exit());
        try (GeoPackageClaimStore s = GeoPackageClaimStore.open(from)) {
            s.retract("sohr-2017-12-07-deir-ezzor-east-isis", "alice", "test");
        }
        Path to = dir.resolve("to.gpkg");
        Run r = run("import", "--store", to.toString(), "--editor", "bulk", from.toString());
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("with full history") && r.out().contains("68 claims (69 versions)"), r.out());
        try (GeoPackageClaimStore s = GeoPackageClaimStore.open(to)) {
            Claim c = s.claim("sohr-2017-12-07-deir-ezzor-east-isis").orElseThrow();
            assertTrue(c.retracted());
            assertEquals("test", c.retraction().reason());
            assertEquals("alice", c.editor(), "a restore keeps who did what");
            assertEquals(2, s.history(c.id()).size());
            assertEquals(67, s.claims(ClaimQuery.all()).size());
            assertEquals(23, s.places().size());
        }
    }

    @Test
    void anUnreadableFileStopsEverythingBeforeAnyWrite() throws IOException {
        String store = dir.resolve("c.gpkg").toString();
        Path broken = dir.resolve("broken.geojson");
        Files.writeString(broken, "{\"type\":\"FeatureCollection\",\"features\":[");
        Run r = run(seedFiles(store, broken.toString()));
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("broken.geojson: body: is not valid JSON"), r.err());
        assertTrue(r.err().contains("nothing was imported"), r.err());
        assertTrue(!Files.exists(Path.of(store)), "the store was not even created");
    }

    private static long version(String store) {
        try (GeoPackageClaimStore s = GeoPackageClaimStore.open(Path.of(store))) {
            return s.dataVersion();
        }
    }

    private static String claim(String id, String validFrom) {
        return "{\"type\":\"Feature\"," + (id == null ? "" : "\"id\":\"" + id + "\",") + "\"geometry\":null,"
                + "\"properties\":{\"source\":\"sohr\",\"place\":\"raqqa-city\",\"actor\":\"sdf\",\"valid_from\":\""
                + validFrom + "\",\"reported_on\":\"2017-10-25\",\"basis\":\"explicit\",\"quote\":\"q\","
                + "\"article\":\"a\"}}";
    }
}
