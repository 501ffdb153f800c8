package controlmap.store.postgis;

import static controlmap.store.StoreFixtures.claim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import controlmap.domain.Claim;
import controlmap.store.ClaimQuery;
import controlmap.store.ClaimStore;
import controlmap.store.ClaimStoreContract;
import controlmap.store.StoreException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The store contract on a real PostgreSQL + PostGIS database (a fresh one per test), plus what only a server shows:
 * the schema, reopening, two stores on one database.
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
        assertEquals(List.of("1"), TestDatabases.sql(url,
                "SELECT value FROM controlmap_meta WHERE key = 'schema_version'"));
    }

    @Test
    void theClaimShapesViewShowsEveryClaimWithTheShapeThatApplies() throws Exception {
        seedQueryCases();
        assertEquals(List.of("a:false", "b:false", "c:true", "d:false", "e:false"), TestDatabases.sql(url,
                "SELECT claim_id || ':' || own_geometry FROM claim_shapes WHERE geom IS NOT NULL ORDER BY 1"));
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
}
