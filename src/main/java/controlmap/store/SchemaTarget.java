package controlmap.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * What {@link Migrations} needs from a backend: where its schema version is kept, and a transaction that excludes
 * every other process migrating the same store (SQLite's write lock, a PostgreSQL advisory lock).
 *
 * @param <T> the context handed to each {@link Migration}
 */
public interface SchemaTarget<T> {

    /** Names the store in messages: "the GeoPackage", "the PostGIS database". */
    String describe();

    /** The store's schema version, 0 for a store no step has touched; read outside any transaction. */
    long schemaVersion();

    /** The schema version as seen inside the exclusive transaction. */
    long schemaVersion(Connection c) throws SQLException;

    /** Records {@code version} inside the exclusive transaction. */
    void setSchemaVersion(Connection c, long version) throws SQLException;

    /**
     * Runs {@code work} in one transaction that no other migrating process runs at the same time; commits when it
     * returns, rolls back when it throws.
     */
    <R> R exclusively(Work<T, R> work);

    /** Work inside {@link #exclusively}. */
    @FunctionalInterface
    interface Work<T, R> {
        R run(T context, Connection c) throws SQLException;
    }
}
