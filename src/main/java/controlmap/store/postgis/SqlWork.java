package controlmap.store.postgis;

import java.sql.Connection;
import java.sql.SQLException;

/** Work done with a pooled connection, inside a read or a write transaction of {@link Database}. */
@FunctionalInterface
interface SqlWork<T> {
    T run(Connection c) throws SQLException;
}
