package controlmap.store.postgis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import controlmap.app.ControlMapApp;
import controlmap.config.SiteConfig;
import controlmap.service.ControlMapService;
import controlmap.testing.Editors;
import controlmap.testing.RunningService;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The database turns read-only under a running service (as a failover to a standby does): writes are 503 saying so,
 * nothing is stored, reads go on, /health says degraded; when the database takes writes again, so does the service.
 */
class ReadOnlyDatabaseTest {

    @Test
    void writesAreRefusedWhileTheDatabaseIsReadOnlyAndComeBack() throws Exception {
        String url = TestDatabases.createDatabase();
        String db = TestDatabases.databaseOf(url);
        PostgisClaimStore store = PostgisClaimStore.open(url);
        Javalin app = null;
        try {
            RunningService.seedData().seedIfEmpty(store);
            ControlMapService service = new ControlMapService(store);
            app = new ControlMapApp(service, Editors.TOKENS, SiteConfig.defaults()).javalin().start("127.0.0.1", 0);
            int port = app.port();
            long version = store.dataVersion();

            readOnly(db, true);
            get(port, "/health"); // the pool finds its sessions gone and opens new, read-only ones
            HttpResponse<String> refused = post(port);
            assertEquals(503, refused.statusCode(), refused.body());
            String detail = RunningService.parse(refused.body()).path("detail").asText();
            assertTrue(detail.startsWith("Writes are refused") && detail.contains("read-only"), detail);
            assertTrue(refused.headers().firstValue("Retry-After").isPresent());
            assertEquals(version, store.dataVersion(), "nothing stored");
            assertEquals(200, get(port, "/api/control?date=2017-12-08").statusCode(), "reads go on");
            JsonNode health = RunningService.parse(get(port, "/health").body());
            assertEquals("degraded", health.path("status").asText(), health.toString());
            assertEquals(503, get(port, "/health/writes").statusCode());

            readOnly(db, false);
            for (int i = 0; i < 300 && get(port, "/health/writes").statusCode() != 200; i++) {
                Thread.sleep(100);
            }
            assertEquals(201, post(port).statusCode(), "writes come back on their own");
        } finally {
            if (app != null) {
                app.stop();
            }
            store.close();
            TestDatabases.drop(url);
        }
    }

    /** Sets the database's default for new sessions and ends its current ones, as a failover would. */
    private static void readOnly(String db, boolean on) throws Exception {
        String admin = TestDatabases.adminUrl();
        TestDatabases.sql(admin, "ALTER DATABASE " + db + " SET default_transaction_read_only = " + (on ? "on" : "off"));
        TestDatabases.sql(admin, "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + db + "'");
    }

    private static HttpResponse<String> get(int port, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(int port) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/api/claims")).timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer "
                        + Editors.ALICE_TOKEN).header("Content-Type", "application/geo+json")
                .POST(HttpRequest.BodyPublishers.ofString(Editors.claim().toString())).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
