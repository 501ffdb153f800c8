package controlmap.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Test-only schema steps that run a piece of SQL, for the migration tests of every store. */
public final class MigrationSteps {

    private MigrationSteps() {
    }

    /** SQL a test step runs on the migrating connection. */
    @FunctionalInterface
    public interface SqlStep {
        void apply(Connection c) throws SQLException;
    }

    /** A step to schema {@code version} that runs {@code body} and ignores the backend's context. */
    public static <T> Migration<T> step(int version, SqlStep body) {
        return new Migration<>() {
            @Override
            public int version() {
                return version;
            }

            @Override
            public String description() {
                return "test step " + version;
            }

            @Override
            public void apply(T context, Connection c) throws SQLException {
                body.apply(c);
            }
        };
    }
}
