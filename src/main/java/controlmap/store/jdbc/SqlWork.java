package controlmap.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/** Work done with a store's connection, inside a read or a write transaction of its {@link Transactions}. */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Connection c) throws SQLException;
}
