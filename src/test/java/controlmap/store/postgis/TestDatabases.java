package controlmap.store.postgis;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;

/**
 * Throwaway databases on the PostgreSQL server the tests were given in {@value #ENV} (a superuser's JDBC URL; see
 * {@code scripts/test-postgis}, which {@code scripts/check} runs). Each database is made from the template
 * {@value #TEMPLATE}, which has PostGIS, so it starts with the extension and nothing else.
 *
 * <p>Without {@value #ENV}, tests that need PostGIS are skipped, except on CI ({@code CI=true}), where they fail:
 * a green CI must have run them.
 */
public final class TestDatabases {

    public static final String ENV = "CONTROLMAP_TEST_PG";
    /** The pg_ctl command line of the test cluster (without the action), for tests that stop and start it. */
    public static final String CTL_ENV = "CONTROLMAP_TEST_PG_CTL";
    static final String TEMPLATE = "template_postgis";

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final String PREFIX = "cm_test_" + ProcessHandle.current().pid() + "_";
    private static String shared;

    private TestDatabases() {
    }

    /** The admin URL from the environment; skips (locally) or fails (CI) the calling test when absent. */
    public static String adminUrl() {
        String url = System.getenv(ENV);
        if (url == null || url.isBlank()) {
            String how = ENV + " is not set: run scripts/check (it starts a throwaway PostgreSQL + PostGIS), or "
                    + "eval \"$(scripts/test-postgis start)\" before mvn test";
            if ("true".equals(System.getenv("CI"))) {
                fail(how);
            }
            Assumptions.abort(how + "; PostGIS tests skipped");
        }
        return url;
    }

    /** The test cluster's pg_ctl command line, split into words; skips or fails like {@link #adminUrl}. */
    public static List<String> pgCtl() {
        adminUrl();
        String ctl = System.getenv(CTL_ENV);
        if (ctl == null || ctl.isBlank()) {
            String how = CTL_ENV + " is not set: run scripts/check, or eval \"$(scripts/test-postgis start)\"";
            if ("true".equals(System.getenv("CI"))) {
                fail(how);
            }
            Assumptions.abort(how + "; database restart tests skipped");
        }
        return List.of(ctl.trim().split("\\s+"));
    }

    /**
     * A fresh, empty place for a store: a new schema in this test run's database (made once from the template, so
     * it has PostGIS in {@code public}), as a JDBC URL with {@code currentSchema=<schema>,public}. Much faster than a
     * database per test; {@link #drop} removes it.
     */
    public static String create() {
        String db = sharedDatabase();
        String schema = "s" + COUNTER.incrementAndGet();
        String url = withDatabase(adminUrl(), db);
        try {
            sql(url, "CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test schema " + schema, e);
        }
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema + ",public";
    }

    /** A new database made from the template (PostGIS installed, nothing else); {@link #drop} removes it. */
    public static String createDatabase() {
        String admin = adminUrl();
        String name = PREFIX + "db" + COUNTER.incrementAndGet();
        try {
            sql(admin, "CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database from " + TEMPLATE + " (made by "
                    + "scripts/test-postgis): " + e.getMessage(), e);
        }
        return withDatabase(admin, name);
    }

    private static synchronized String sharedDatabase() {
        if (shared == null) {
            String url = createDatabase();
            shared = databaseOf(url);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(url)));
        }
        return shared;
    }

    /** Drops what {@link #create} or {@link #createDatabase} made for {@code url}, disconnecting its users. */
    public static void drop(String url) {
        int at = url.indexOf("currentSchema=");
        try {
            if (at >= 0) {
                String schema = url.substring(at + "currentSchema=".length()).split("[,&]")[0];
                sql(url, "DROP SCHEMA " + schema + " CASCADE");
            } else {
                sql(adminUrl(), "DROP DATABASE IF EXISTS " + databaseOf(url) + " WITH (FORCE)");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop the test store at " + url, e);
        }
    }

    /** Runs {@code sql} on the database of {@code url}; returns the first column of every row as text. */
    public static List<String> sql(String url, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            if (s.execute(sql)) {
                try (var rs = s.getResultSet()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
            }
        }
        return out;
    }

    /** {@code url} with its database name replaced by {@code name}. */
    static String withDatabase(String url, String name) {
        int slash = url.indexOf('/', "jdbc:postgresql://".length());
        int query = url.indexOf('?', slash);
        return url.substring(0, slash + 1) + name + (query < 0 ? "" : url.substring(query));
    }

    static String databaseOf(String url) {
        int slash = url.indexOf('/', "jdbc:postgresql://".length());
        int query = url.indexOf('?', slash);
        return query < 0 ? url.substring(slash + 1) : url.substring(slash + 1, query);
    }
}
