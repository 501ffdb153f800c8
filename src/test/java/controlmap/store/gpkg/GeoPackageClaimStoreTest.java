package controlmap.store.gpkg;

import static controlmap.store.MigrationSteps.step;
import static controlmap.store.StoreFixtures.claim;
import static controlmap.store.StoreFixtures.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import controlmap.domain.Basis;
import controlmap.domain.Bbox;
import controlmap.domain.Claim;
import controlmap.domain.DatePrecision;
import controlmap.domain.Extent;
import controlmap.domain.Stance;
import controlmap.domain.Source;
import controlmap.store.ClaimQuery;
import controlmap.store.ClaimStore;
import controlmap.store.ClaimStoreContract;
import controlmap.store.StoreException;
import controlmap.store.StoreFixtures;
import controlmap.store.jdbc.V2ArabicNames;
import controlmap.store.jdbc.V3ClaimReadings;
import controlmap.store.jdbc.V4SameFieldNames;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mil.nga.geopackage.GeoPackage;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The store contract on a GeoPackage file, plus what only a file can show: reopening, schema, SQLite settings. */
class GeoPackageClaimStoreTest extends ClaimStoreContract {

    @TempDir
    Path dir;

    private Path file;

    @Override
    protected ClaimStore newStore() {
        file = dir.resolve("controlmap.gpkg");
        return GeoPackageClaimStore.open(file);
    }

    private GeoPackageClaimStore reopen() {
        store.close();
        store = GeoPackageClaimStore.open(file);
        return (GeoPackageClaimStore) store;
    }

    /** Runs {@code sql} on a separate connection to the file and returns the first column of every row, as text. */
    static List<String> sql(Path file, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private List<String> sql(String query) throws SQLException {
        return sql(file, query);
    }

    @Test
    void itIsAGeoPackageStore() {
        assertEquals("geopackage", store.kind());
    }

    @Test
    void dataSurvivesCloseAndReopen() {
        seedQueryCases();
        store.supersede("a", claim("a").quote("corrected").build(), "bob");
        List<Claim> claims = store.claims(ClaimQuery.everything());
        List<Claim> history = store.history("a");
        long version = store.dataVersion();
        var places = store.places();
        var actors = store.actors();
        var sources = store.sources();

        reopen();

        assertEquals(claims, store.claims(ClaimQuery.everything()));
        assertEquals(history, store.history("a"));
        assertEquals(version, store.dataVersion());
        assertEquals(places, store.places());
        assertEquals(actors, store.actors());
        assertEquals(sources, store.sources());
        long lastRecorded = claims.stream().mapToLong(Claim::recorded).max().orElseThrow();
        assertTrue(store.addClaims(List.of(claim("after-reopen").build()), "ed").get(0).recorded() > lastRecorded);
    }

    @Test
    void aFailedMultiClaimWriteLeavesNoTraceInAnyTable() throws SQLException {
        seedQueryCases();
        List<String> tables = List.of("claims", "claim_history", "rtree_claims_geom", "controlmap_meta",
                "gpkg_contents");
        List<List<String>> before = new ArrayList<>();
        for (String t : tables) {
            before.add(dump(file, t));
        }
        List<Claim> batch = List.of(claim("n1").build(), claim("n2").geometry(StoreFixtures.RAQQA_WKT).build(),
                claim("a").build());
        assertThrows(StoreException.class, () -> store.addClaims(batch, "ed"));
        for (int i = 0; i < tables.size(); i++) {
            assertEquals(before.get(i), dump(file, tables.get(i)), tables.get(i));
        }
    }

    /** Every row of {@code table}, every column, as text, in rowid order. */
    static List<String> dump(Path file, String table) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT * FROM " + table + " ORDER BY rowid")) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    Object v = rs.getObject(i);
                    row.append(v instanceof byte[] b ? HexFormat.of().formatHex(b) : v).append('|');
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    @Test
    void writesThatReturnedSurviveAProcessThatDiesWithoutClosing() throws Exception {
        store.close();
        Path crashed = dir.resolve("crashed.gpkg");
        String javaBin = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"),
                CrashingWriter.class.getName(), crashed.toString()).redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(CrashingWriter.HALTED_AFTER_WRITES, child.waitFor(), output);

        store = GeoPackageClaimStore.open(crashed);
        assertEquals(2, store.history("survivor").size());
        assertTrue(store.claim("survivor").orElseThrow().retracted());
        assertEquals(4, store.actors().size());
        assertEquals(List.of("ok"), sql(crashed, "PRAGMA integrity_check"));
    }

    @Test
    void migrationsRunOnce() throws SQLException {
        assertEquals(Migrations.ALL.size(), ((GeoPackageClaimStore) store).migrationsApplied());
        store.putPlaces(StoreFixtures.places());
        assertEquals(0, reopen().migrationsApplied());
        assertEquals(0, reopen().migrationsApplied());
        store.close();
        assertEquals(List.of(String.valueOf(Migrations.ALL.size())),
                sql("SELECT value FROM controlmap_meta WHERE key = 'schema_version'"));
        assertEquals(List.of("1"), sql("SELECT count(*) FROM gpkg_contents WHERE table_name = 'places'"));
        store = GeoPackageClaimStore.open(file);
    }

    @Test
    void aVersion1FileIsUpgradedKeepingItsDataAndSourcesGetArabicNames() throws SQLException {
        Path old = dir.resolve("v1.gpkg");
        try (GeoPackageClaimStore v1 = GeoPackageClaimStore.open(old, new Migrations(List.of(new V1InitialSchema())))) {
            v1.putPlaces(StoreFixtures.places());
        }
        assertEquals(List.of("1"), sql(old, "SELECT value FROM controlmap_meta WHERE key = 'schema_version'"));
        try (GeoPackageClaimStore upgraded = GeoPackageClaimStore.open(old)) {
            assertEquals(Migrations.ALL.size() - 1, upgraded.migrationsApplied());
            assertEquals(StoreFixtures.places().size(), upgraded.places().size(), "the data is kept");
            upgraded.putSources(StoreFixtures.sources());
            assertEquals(StoreFixtures.sources().size(), upgraded.sources().size());
            assertTrue(upgraded.sources().stream().allMatch(s -> s.nameAr() == null), "sources without Arabic names");
            Source named = upgraded.sources().get(0);
            Source arabic = new Source(named.id(), named.name(), named.kind(), named.url(), named.outlet(),
                    named.description(), "اسم عربي");
            upgraded.putSources(List.of(arabic));
            assertEquals("اسم عربي", upgraded.sources().get(0).nameAr());
        }
        assertEquals(List.of(String.valueOf(Migrations.ALL.size())),
                sql(old, "SELECT value FROM controlmap_meta WHERE key = 'schema_version'"));
    }

    /** Claim rows as ControlMap wrote them at schema version 2: the 23 columns of that day. */
    private static void version2Claims(Connection c) throws SQLException {
        String columns = "claim_id, source, place, actor, valid_from, valid_to, date_precision, reported_on,"
                + " reported_on_precision, basis, quote, url, article, article_ref, speaker, note, version, recorded,"
                + " recorded_at, editor, retracted_by, retracted_at, retraction_reason";
        String values = " VALUES (?, 'sohr', 'raqqa-city', 'isis', '2014-01-13', NULL, 'day', '2014-01-14', 'day',"
                + " 'explicit', 'ISIS took full control of Raqqa.', NULL, 'article', NULL, NULL, NULL, 1, ?,"
                + " '2026-01-01T00:00:00Z', 'ed', NULL, NULL, NULL";
        byte[] own = GeoPackageBinary.encode(StoreFixtures.wkt("POLYGON ((37 34, 37.1 34, 37.1 34.1, 37 34))"));
        try (PreparedStatement current = c.prepareStatement(
                "INSERT INTO claims (" + columns + ", own_geometry, geom)" + values + ", ?, ?)");
             PreparedStatement history = c.prepareStatement(
                     "INSERT INTO claim_history (" + columns + ", geometry)" + values + ", ?)")) {
            String[] ids = {"kept", "own"};
            for (int i = 0; i < ids.length; i++) {
                byte[] shape = ids[i].equals("own") ? own : null;
                current.setString(1, ids[i]);
                current.setLong(2, i + 1);
                current.setInt(3, shape == null ? 0 : 1);
                current.setBytes(4, shape);
                current.executeUpdate();
                history.setString(1, ids[i]);
                history.setLong(2, i + 1);
                history.setBytes(3, shape);
                history.executeUpdate();
            }
        }
        try (Statement s = c.createStatement()) {
            s.execute("INSERT OR REPLACE INTO controlmap_meta (key, value) VALUES ('recorded_seq', 2)");
        }
    }

    @Test
    void aVersion2FileIsUpgradedItsClaimsControlTheWholePlaceAndStartsMayBeUnstated() throws SQLException {
        Path old = dir.resolve("v2.gpkg");
        controlmap.store.Migration<GeoPackage> v2WithClaims = step(2, c -> {
            new V2ArabicNames<GeoPackage>().apply(null, c);
            version2Claims(c);
        });
        GeoPackageClaimStore.open(old, new Migrations(List.of(new V1InitialSchema(), v2WithClaims))).close();
        assertEquals(List.of("1"), sql(old, "SELECT count(*) FROM sqlite_master WHERE type = 'table'"
                + " AND name = 'claims' AND sql LIKE '%valid_from DATE NOT NULL%'"), "version 2 requires a start");
        try (GeoPackageClaimStore upgraded = GeoPackageClaimStore.open(old)) {
            assertEquals(Migrations.ALL.size() - 2, upgraded.migrationsApplied());
            Claim kept = upgraded.claim("kept").orElseThrow();
            assertEquals(new Claim("kept", "sohr", "raqqa-city", "isis", day("2014-01-13"), null, DatePrecision.DAY,
                    day("2014-01-14"), DatePrecision.DAY, Basis.EXPLICIT, Stance.CONTROL, Extent.WHOLE,
                    "ISIS took full control of Raqqa.", null, "article", null, null, null, null, null, null, 1, 1,
                    Instant.parse("2026-01-01T00:00:00Z"), "ed", null), kept,
                    "the claim is kept as it was, now explicitly control of the whole place");
            assertEquals(List.of(kept), upgraded.history("kept"), "its history too");
            upgraded.putPlaces(StoreFixtures.places());
            assertEquals(List.of("own"), upgraded.claims(new ClaimQuery(null, null, null, null, null,
                    new Bbox(37.05, 34.01, 37.09, 34.02), false)).stream().map(Claim::id).toList(),
                    "the R-tree still finds a claim by its own shape");
            upgraded.putSources(StoreFixtures.sources());
            upgraded.putActors(StoreFixtures.actors());
            Claim unstated = upgraded.addClaims(List.of(claim("unstated").unstatedStart().reported("2018-01-26")
                    .presence().part().published("Diyaruna", "2018-01-26").build()), "ed").get(0);
            assertEquals(unstated, upgraded.claim("unstated").orElseThrow());
            assertNull(unstated.validFrom());
            upgraded.putSources(List.of(new Source("yahya-mohammed-ali", "Yahya Mohammed Ali", "expert", null, null,
                    null, null, "Diyaruna")));
            assertEquals("Diyaruna", upgraded.sources().stream().filter(x -> x.id().equals("yahya-mohammed-ali"))
                    .findFirst().orElseThrow().affiliation());
        }
        assertEquals(List.of(String.valueOf(Migrations.ALL.size())),
                sql(old, "SELECT value FROM controlmap_meta WHERE key = 'schema_version'"));
        assertEquals(List.of("ok"), sql(old, "PRAGMA integrity_check"));
        assertEquals(List.of("control/whole", "control/whole", "presence/part"),
                sql(old, "SELECT stance || '/' || extent FROM claims ORDER BY id"));
    }

    @Test
    void aVersion3FileIsUpgradedToTheFieldNamesAndTypesOfEveryExport() throws Exception {
        Path old = dir.resolve("v3.gpkg");
        controlmap.store.Migration<GeoPackage> v3WithClaims = step(3, c -> {
            new V3ClaimReadings<GeoPackage>().apply(null, c);
            version2Claims(c);
        });
        GeoPackageClaimStore.open(old, new Migrations(List.of(new V1InitialSchema(), new V2ArabicNames<>(),
                v3WithClaims))).close();
        assertEquals(List.of("kept", "own"), sql(old, "SELECT claim_id FROM claims ORDER BY claim_id"));
        String triggersBefore = String.join(",", sql(old, "SELECT name FROM sqlite_master WHERE type = 'trigger'"
                + " ORDER BY name"));
        assertTrue(triggersBefore.contains("rtree_claims_geom_insert"), triggersBefore);
        try (GeoPackageClaimStore upgraded = GeoPackageClaimStore.open(old)) {
            assertEquals(1, upgraded.migrationsApplied());
            assertEquals(List.of("kept"), upgraded.history("kept").stream().map(Claim::id).toList());
            assertNull(upgraded.claim("kept").orElseThrow().geometry());
            assertNotNull(upgraded.claim("own").orElseThrow().geometry(), "own_geometry = 1 still reads as its own");
            upgraded.putPlaces(StoreFixtures.places());
            upgraded.putSources(StoreFixtures.sources());
            upgraded.putActors(StoreFixtures.actors());
            upgraded.addClaims(List.of(claim("after").geometry(StoreFixtures.DAMASCUS_WKT).build()), "ed");
            assertEquals(List.of("own"), upgraded.claims(new ClaimQuery(null, null, null, null, null,
                    new Bbox(37.05, 34.01, 37.09, 34.02), false)).stream().map(Claim::id).toList(),
                    "the R-tree still finds a claim by its own shape");
        }
        assertEquals(List.of("after", "kept", "own"), sql(old, "SELECT id FROM claims ORDER BY id"));
        assertEquals(List.of("after", "kept", "own"), sql(old, "SELECT id FROM claim_history ORDER BY id"));
        assertEquals(triggersBefore, String.join(",", sql(old, "SELECT name FROM sqlite_master"
                + " WHERE type = 'trigger' ORDER BY name")), "the R-tree triggers are kept");
        assertEquals(sql(old, "SELECT count(*) FROM claims"), sql(old, "SELECT count(*) FROM rtree_claims_geom"));
        assertEquals(List.of("ok"), sql(old, "PRAGMA integrity_check"));
        Ogrinfo.Output out = Ogrinfo.run(ogrinfo(), "-so", "-al", old.toString());
        String claims = out.layers().get("claims");
        assertTrue(claims.contains("\nid: String (0.0) UNIQUE NOT NULL"), claims);
        assertTrue(claims.contains("\nown_geometry: Integer(Boolean) (0.0) NOT NULL"), claims);
        assertFalse(claims.contains("claim_id"), claims);
        assertTrue(out.layers().get("claim_history").contains("\nid: String (0.0) NOT NULL"), out.text());
        assertEquals(List.of(), out.complaints(), out.text());
    }

    @Test
    void aNewMigrationStepRunsOnceAndAFailingOneChangesNothing() throws SQLException {
        store.close();
        int[] runs = {0};
        controlmap.store.Migration<GeoPackage> v5 = step(5, c -> {
            runs[0]++;
            c.createStatement().execute("CREATE TABLE extra (x INTEGER)");
        });
        Migrations withV5 = new Migrations(List.of(new V1InitialSchema(), new V2ArabicNames<>(),
                new V3ClaimReadings<>(), new V4SameFieldNames<>(), v5));
        GeoPackageClaimStore.open(file, withV5).close();
        store = GeoPackageClaimStore.open(file, withV5);
        assertEquals(1, runs[0]);
        assertEquals(0, ((GeoPackageClaimStore) store).migrationsApplied());
        store.close();

        controlmap.store.Migration<GeoPackage> broken = step(6, c -> {
            c.createStatement().execute("CREATE TABLE half_done (x INTEGER)");
            throw new SQLException("step 6 fails");
        });
        assertThrows(StoreException.class, () -> GeoPackageClaimStore.open(file,
                new Migrations(List.of(new V1InitialSchema(), new V2ArabicNames<>(), new V3ClaimReadings<>(),
                        new V4SameFieldNames<>(), v5, broken))));
        assertEquals(List.of("5"), sql("SELECT value FROM controlmap_meta WHERE key = 'schema_version'"));
        assertEquals(List.of(), sql("SELECT name FROM sqlite_master WHERE name = 'half_done'"));
        StoreException newer = assertThrows(StoreException.class, () -> GeoPackageClaimStore.open(file));
        assertTrue(newer.getMessage().contains("newer"), newer.getMessage());
        store = GeoPackageClaimStore.open(dir.resolve("other.gpkg"));
    }

    @Test
    void theFileIsASoundGeoPackageWithRTreeIndexes() throws SQLException {
        seedQueryCases();
        store.close();
        assertEquals(List.of("ok"), sql("PRAGMA integrity_check"));
        assertEquals(List.of(), sql("PRAGMA foreign_key_check"));
        assertEquals(List.of("1196444487"), sql("PRAGMA application_id"), "'GPKG'");
        assertTrue(Integer.parseInt(sql("PRAGMA user_version").get(0)) >= 10200);
        assertEquals(List.of("claims/geom", "places/geom"), sql("SELECT table_name || '/' || column_name"
                + " FROM gpkg_extensions WHERE extension_name = 'gpkg_rtree_index' ORDER BY table_name"));
        assertEquals(List.of("claims:MULTIPOLYGON:4326", "places:MULTIPOLYGON:4326"), sql("SELECT table_name || ':'"
                + " || geometry_type_name || ':' || srs_id FROM gpkg_geometry_columns ORDER BY table_name"));
        assertEquals(List.of("actors:attributes", "claim_history:attributes", "claims:features",
                "places:features", "sources:attributes"),
                sql("SELECT table_name || ':' || data_type FROM gpkg_contents ORDER BY table_name"));
        assertEquals(sql("SELECT count(*) FROM claims WHERE geom IS NOT NULL"),
                sql("SELECT count(*) FROM rtree_claims_geom"));
        assertEquals(List.of("2"), sql("SELECT count(*) FROM rtree_places_geom"));
        store = GeoPackageClaimStore.open(file);
    }

    @Test
    void theJournalIsWriteAheadAndTheClaimsLayerShowsEveryShape() throws SQLException {
        seedQueryCases();
        assertEquals(List.of("wal"), sql("PRAGMA journal_mode"));
        assertEquals(List.of("0"), sql("SELECT count(*) FROM claims WHERE geom IS NULL"),
                "claims without their own shape show their place's");
        assertEquals(List.of("c"), sql("SELECT id FROM claims WHERE own_geometry = 1"));
    }

    @ParameterizedTest(name = "refuses {0}")
    @ValueSource(strings = {"controlmap.sqlite", "controlmap", "missing-dir/controlmap.gpkg"})
    void refusesFilesItCannotMakeAGeoPackageOf(String name) {
        assertThrows(StoreException.class, () -> GeoPackageClaimStore.open(dir.resolve(name)));
    }

    @Test
    void refusesAFileThatIsNotAGeoPackage() throws IOException {
        Path garbage = Files.writeString(dir.resolve("notes.gpkg"), "not a database, just notes");
        assertThrows(StoreException.class, () -> GeoPackageClaimStore.open(garbage));
    }

    @Test
    void aReaderInAnotherConnectionSeesTheDataVersionOfEveryCommit() throws SQLException {
        store.putActors(StoreFixtures.actors());
        assertEquals(List.of(String.valueOf(store.dataVersion())),
                sql("SELECT value FROM controlmap_meta WHERE key = 'data_version'"));
        assertFalse(store.isEmpty());
    }

    @Test
    void gdalListsBothLayersWithTheirFeatureCountsAndNoComplaints() throws Exception {
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
             var r = c.createStatement().executeQuery("PRAGMA user_version")) {
            assertEquals(10300, r.getInt(1), "GeoPackage 1.3.0");
        }
        Path ogrinfo = ogrinfo();
        seedQueryCases();
        store.close();

        Ogrinfo.Output out = Ogrinfo.run(ogrinfo, "-so", "-al", file.toString());

        assertEquals(0, out.exitCode(), out.text());
        Map<String, String> layers = out.layers();
        assertTrue(layers.get("places").contains("Feature Count: 2"), out.text());
        assertTrue(layers.get("claims").contains("Feature Count: 5"), out.text());
        assertTrue(layers.get("places").contains("Geometry: Multi Polygon"), out.text());
        assertTrue(layers.get("claims").contains("Geometry Column = geom"), out.text());
        // the field names and types of every other form of a claim (GeoJSON, CSV, FlatGeobuf, the OGC API)
        for (String field : List.of("id: String", "valid_from: Date", "valid_to: Date", "reported_on: Date",
                "published_on: Date", "recorded_at: DateTime", "own_geometry: Integer(Boolean)", "version: Integer64")) {
            assertTrue(layers.get("claims").contains("\n" + field + " "), field + " in " + layers.get("claims"));
        }
        // no complaint at all: the file says GeoPackage 1.3, which GDAL 3.6 (Debian 12) reads without the
        // "may only be partially supported" warning it gives for 1.4
        assertEquals(List.of(), out.complaints(), out.text());
        store = GeoPackageClaimStore.open(file);
    }

    @Test
    void aHundredThousandClaimsReadBackInOneGo() {
        store.putPlaces(StoreFixtures.places());
        List<Claim> many = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            many.add(claim("bulk-" + i).place(i % 2 == 0 ? "raqqa-city" : "deir-camp")
                    .geometry(i % 10 == 0 ? StoreFixtures.DAMASCUS_WKT : null).build());
        }
        store.addClaims(many, "importer");
        reopen();

        // how fast is measured by scripts/bench (start-up at 1M claims), never here
        List<Claim> all = store.claims(ClaimQuery.all());

        assertEquals(100_000, all.size());
        assertEquals("bulk-99999", all.get(99_999).id());
        assertEquals(10_000, all.stream().filter(c -> c.geometry() != null).count(), "every tenth has its own shape");
    }

    /** GDAL's ogrinfo; skips the test without it (fails it on CI). */
    private static Path ogrinfo() {
        Optional<Path> ogrinfo = Ogrinfo.find();
        if (ogrinfo.isEmpty()) {
            if ("true".equals(System.getenv("CI"))) {
                fail("ogrinfo is not on the PATH of this CI run: apt-get install gdal-bin");
            }
            Assumptions.assumeTrue(false, "ogrinfo not on PATH (apt-get install gdal-bin): GDAL check skipped");
        }
        return ogrinfo.get();
    }
}
