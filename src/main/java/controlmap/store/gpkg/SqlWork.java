package controlmap.store.gpkg;

import java.sql.Connection;
import java.sql.SQLException;

/** Work done with the store's connection, inside a read or a write transaction of {@link StoreConnection}. */
@FunctionalInterface
interface SqlWork<T> {
    T run(Connection c) throws SQLException;
}
