package controlmap.store.postgis;

import static controlmap.store.MigrationSteps.step;
import static controlmap.store.StoreFixtures.claim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import controlmap.domain.Claim;
import controlmap.domain.Extent;
import controlmap.domain.Stance;
import controlmap.store.ClaimQuery;
import controlmap.store.ClaimStore;
import controlmap.store.ClaimStoreContract;
import controlmap.store.Migration;
import controlmap.store.Migrations;
import controlmap.store.StoreException;
import controlmap.store.StoreFixtures;
import controlmap.store.jdbc.V2ArabicNames;
import controlmap.store.jdbc.V3ClaimReadings;
import controlmap.store.jdbc.V4SameFieldNames;
import controlmap.testing.RunningService;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The store contract on a real PostgreSQL + PostGIS database (a fresh schema per test), plus what only a server shows:
 * the schema, reopening, two stores on one database, concurrent first starts, migrations, 100k claims.
 */
class PostgisClaimStoreTest extends ClaimStoreContract {

    private String url;

    @BeforeAll
    static void needsPostgis() {
        TestDatabases.adminUrl();
    }

    @Override
    protected ClaimStore newStore() {
        url = TestDatabases.create();
        return PostgisClaimStore.open(url);
    }

    @AfterEach
    void dropDatabase() {
        if (url != null) {
            store.close();
            TestDatabases.drop(url);
        }
    }

    @Test
    void itIsAPostgisStore() {
        assertEquals("postgis", store.kind());
    }

    @Test
    void dataSurvivesCloseAndReopen() {
        seedQueryCases();
        store.supersede("a", claim("a").quote("corrected").build(), "bob");
        List<Claim> claims = store.claims(ClaimQuery.everything());
        List<Claim> history = store.history("a");
        long version = store.dataVersion();
        var places = store.places();
        store.close();

        store = PostgisClaimStore.open(url);

        assertEquals(0, ((PostgisClaimStore) store).migrationsApplied());
        assertEquals(claims, store.claims(ClaimQuery.everything()));
        assertEquals(history, store.history("a"));
        assertEquals(version, store.dataVersion());
        assertEquals(places, store.places());
        long lastRecorded = claims.stream().mapToLong(Claim::recorded).max().orElseThrow();
        assertTrue(store.addClaims(List.of(claim("after-reopen").build()), "ed").get(0).recorded() > lastRecorded);
    }

    @Test
    void theSchemaHasTypedGeometryColumnsWithGistIndexes() throws Exception {
        assertEquals(List.of("claim_history:geom:MULTIPOLYGON:4326", "claim_shapes:geom:MULTIPOLYGON:4326",
                "claims:geom:MULTIPOLYGON:4326", "places:geom:MULTIPOLYGON:4326"),
                TestDatabases.sql(url, "SELECT f_table_name || ':' || f_geometry_column || ':' || type || ':' || srid"
                        + " FROM geometry_columns ORDER BY 1"));
        assertEquals(List.of("claims_geom", "places_geom"), TestDatabases.sql(url,
                "SELECT indexname FROM pg_indexes WHERE indexdef LIKE '%USING gist%' ORDER BY 1"));
        assertEquals(List.of(String.valueOf(Schema.ALL.size())), TestDatabases.sql(url,
                "SELECT value FROM controlmap_meta WHERE key = 'schema_version'"));
    }

    @Test
    void theClaimShapesViewShowsEveryClaimWithTheShapeThatApplies() throws Exception {
        seedQueryCases();
        assertEquals(List.of("a:false", "b:false", "c:true", "d:false", "e:false"), TestDatabases.sql(url,
                "SELECT id || ':' || own_geometry FROM claim_shapes WHERE geom IS NOT NULL ORDER BY 1"));
    }

    @Test
    void twoStoresOnOneDatabaseShareVersionsAndSequence() {
        try (PostgisClaimStore other = PostgisClaimStore.open(url)) {
            Claim first = store.addClaims(List.of(claim("one").build()), "a").get(0);
            assertEquals(store.dataVersion(), other.dataVersion());
            Claim second = other.addClaims(List.of(claim("two").build()), "b").get(0);
            assertTrue(second.recorded() > first.recorded());
            assertEquals(store.dataVersion(), other.dataVersion());
            assertEquals(List.of(first, second), store.claims(ClaimQuery.all()));
            assertThrows(StoreException.class, () -> other.addClaims(List.of(claim("one").build()), "b"));
        }
    }

    @Test
    void aDatabaseWithoutPostgisIsRefusedWithTheFix() throws Exception {
        String plain = TestDatabases.withDatabase(TestDatabases.adminUrl(), "cm_plain_" + ProcessHandle.current().pid());
        TestDatabases.sql(TestDatabases.adminUrl(), "CREATE DATABASE " + TestDatabases.databaseOf(plain)
                + " TEMPLATE template0");
        try {
            StoreException e = assertThrows(StoreException.class, () -> PostgisClaimStore.open(plain));
            assertTrue(e.getMessage().contains("CREATE EXTENSION postgis"), e.getMessage());
        } finally {
            TestDatabases.drop(plain);
        }
    }

    @Test
    void anUnreachableServerIsAStoreException() {
        StoreException e = assertThrows(StoreException.class,
                () -> PostgisClaimStore.open("jdbc:postgresql://127.0.0.1:1/none?user=x&password=secret"));
        assertTrue(e.getMessage().contains("password=***"), e.getMessage());
        assertTrue(!e.getMessage().contains("secret"), e.getMessage());
    }
    @Test
    void aHundredThousandClaimsWriteAndReadBackInOneGo() {
        store.putPlaces(StoreFixtures.places());
        List<Claim> many = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            many.add(claim("bulk-" + i).place(i % 2 == 0 ? "raqqa-city" : "deir-camp")
                    .geometry(i % 10 == 0 ? StoreFixtures.DAMASCUS_WKT : null).build());
        }
        // how fast is measured by scripts/bench, never here
        store.addClaims(many, "importer");
        List<Claim> all = store.claims(ClaimQuery.all());
        List<Claim> inBox = store.claims(new ClaimQuery(null, null, null, null, null,
                StoreFixtures.box(36.25, 33.45, 36.3, 33.5), false));

        assertEquals(100_000, all.size());
        assertEquals("bulk-99999", all.get(99_999).id());
        assertEquals(10_000, inBox.size());
    }

    @Test
    void instancesStartingTogetherMigrateAndSeedOnce() throws Exception {
        store.close();
        TestDatabases.drop(url);
        url = TestDatabases.create();
        int n = 4;
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> migrated = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                migrated.add(pool.submit(() -> {
                    go.await();
                    try (PostgisClaimStore s = PostgisClaimStore.open(url)) {
                        RunningService.seedData().seedIfEmpty(s);
                        return s.migrationsApplied();
                    }
                }));
            }
            go.countDown();
            int total = 0;
            for (var f : migrated) {
                total += f.get();
            }
            assertEquals(Schema.ALL.size(), total, "each step applied by exactly one instance");
        } finally {
            pool.shutdownNow();
        }
        store = PostgisClaimStore.open(url);
        assertEquals(RunningService.seedData().claims().size(),
                store.claims(ClaimQuery.everything()).size());
    }

    @Test
    void aVersion2SchemaIsUpgradedItsClaimsControlTheWholePlaceAndStartsMayBeUnstated() throws Exception {
        String old = TestDatabases.create();
        try {
            Migration<Void> v2WithAClaim = step(2, c -> {
                new V2ArabicNames<Void>().apply(null, c);
                String columns = "claim_id, source, place, actor, valid_from, valid_to, date_precision, reported_on,"
                        + " reported_on_precision, basis, quote, url, article, article_ref, speaker, note, version,"
                        + " recorded, recorded_at, editor, retracted_by, retracted_at, retraction_reason";
                String values = " VALUES ('kept', 'sohr', 'raqqa-city', 'isis', '2014-01-13', NULL, 'day',"
                        + " '2014-01-14', 'day', 'explicit', 'ISIS took full control of Raqqa.', NULL, 'article', NULL,"
                        + " NULL, NULL, 1, nextval('claim_recorded_seq'), now(), 'ed', NULL, NULL, NULL)";
                try (var st = c.createStatement()) {
                    st.execute("INSERT INTO claims (" + columns + ")" + values);
                    st.execute("INSERT INTO claim_history (" + columns + ")" + values.replace(
                            "nextval('claim_recorded_seq')", "currval('claim_recorded_seq')"));
                }
            });
            PostgisClaimStore.open(old, new Migrations<>(List.of(new V1InitialSchema(), v2WithAClaim))).close();
            try (PostgisClaimStore upgraded = PostgisClaimStore.open(old)) {
                assertEquals(Schema.ALL.size() - 2, upgraded.migrationsApplied());
                Claim kept = upgraded.claim("kept").orElseThrow();
                assertEquals(Stance.CONTROL, kept.stance());
                assertEquals(Extent.WHOLE, kept.extent());
                assertEquals(List.of(kept), upgraded.history("kept"));
                upgraded.putPlaces(StoreFixtures.places());
                upgraded.putSources(StoreFixtures.sources());
                upgraded.putActors(StoreFixtures.actors());
                Claim unstated = upgraded.addClaims(List.of(claim("unstated").unstatedStart().reported("2018-01-26")
                        .presence().part().build()), "ed").get(0);
                assertEquals(unstated, upgraded.claim("unstated").orElseThrow());
            }
            assertEquals(List.of(String.valueOf(Schema.ALL.size())),
                    TestDatabases.sql(old, "SELECT value FROM controlmap_meta WHERE key = 'schema_version'"));
            assertEquals(List.of("kept:control/whole:2014-01-13", "unstated:presence/part:"), TestDatabases.sql(old,
                    "SELECT id || ':' || stance || '/' || extent || ':' || COALESCE(valid_from::text, '')"
                            + " FROM claim_shapes ORDER BY id"), "the view for GIS clients shows them too");
        } finally {
            TestDatabases.drop(old);
        }
    }

    @Test
    void aNewMigrationStepRunsOnceAndAFailingOneChangesNothing() throws Exception {
        store.close();
        int[] runs = {0};
        Migration<Void> v5 = step(5, c -> {
            runs[0]++;
            c.createStatement().execute("CREATE TABLE extra (x integer)");
        });
        var withV5 = new Migrations<>(List.of(new V1InitialSchema(), new V2ArabicNames<>(),
                new V3ClaimReadings<>(), new V4SameFieldNames<>(), v5));
        PostgisClaimStore.open(url, withV5).close();
        store = PostgisClaimStore.open(url, withV5);
        assertEquals(1, runs[0]);
        assertEquals(0, ((PostgisClaimStore) store).migrationsApplied());
        store.close();

        Migration<Void> broken = step(6, c -> {
            c.createStatement().execute("CREATE TABLE half_done (x integer)");
            throw new SQLException("step 6 fails");
        });
        assertThrows(StoreException.class, () -> PostgisClaimStore.open(url,
                new Migrations<>(List.of(new V1InitialSchema(), new V2ArabicNames<>(), new V3ClaimReadings<>(),
                        new V4SameFieldNames<>(), v5, broken))));
        assertEquals(List.of("5"), TestDatabases.sql(url,
                "SELECT value FROM controlmap_meta WHERE key = 'schema_version'"));
        assertEquals(List.of("f"), TestDatabases.sql(url, "SELECT to_regclass('half_done') IS NOT NULL"));
        StoreException newer = assertThrows(StoreException.class, () -> PostgisClaimStore.open(url));
        assertTrue(newer.getMessage().contains("newer"), newer.getMessage());
        store = PostgisClaimStore.open(url, withV5);
    }
}
