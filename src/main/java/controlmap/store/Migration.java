package controlmap.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * One step in the history of a store's schema, for any backend. {@link Migrations} applies, in order, every step
 * whose {@link #version()} is above the store's recorded schema version, each in its own transaction, and records
 * the new version in that same transaction: a step is applied completely, once, or not at all.
 *
 * <p>To change a schema, never edit a released step (stores in the field have already run it). Add a class
 * {@code V<n>SomethingChanged} in the backend's package whose version is one above the last one, write its SQL
 * literally (do not reuse constants that may change later), and append an instance to the backend's list of steps.
 * Add a test that opens a store made by the previous version.
 *
 * @param <T> what the backend hands each step besides the connection (the GeoPackage, or nothing)
 */
public interface Migration<T> {

    /** The schema version this step brings the store to; 1 for the first, +1 for each step. */
    int version();

    /** What the step does, for logs and error messages. */
    String description();

    /** Changes the schema; runs inside a transaction that is rolled back when this throws. */
    void apply(T context, Connection c) throws SQLException;
}
