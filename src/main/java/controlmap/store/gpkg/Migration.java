package controlmap.store.gpkg;

import java.sql.Connection;
import java.sql.SQLException;
import mil.nga.geopackage.GeoPackage;

/**
 * One step in the history of the file's schema. {@link Migrations} applies, in order, every step whose
 * {@link #version()} is above the file's {@code controlmap_meta.schema_version}, each in its own transaction, and
 * records the new version in that same transaction: a step is applied completely, once, or not at all.
 *
 * <p>To change the schema, never edit a released step (files in the field have already run it). Add a class
 * {@code V<n>SomethingChanged implements Migration} in this package whose version is one above the last one, write
 * its SQL literally (do not reuse constants that may change later), and append an instance to
 * {@link Migrations#ALL}. Steps run on the store's only connection inside {@code BEGIN IMMEDIATE … COMMIT}: use that
 * connection for everything, including NGA extension helpers that execute SQL through
 * {@code geoPackage.getConnection()}; do not use NGA DAOs, which write through a second connection and would wait
 * on our own lock. Add a test that opens a file made by the previous version.
 */
interface Migration {

    /** The schema version this step brings the file to; 1 for the first, +1 for each step. */
    int version();

    /** What the step does, for logs and error messages. */
    String description();

    /** Changes the schema; runs inside a transaction that is rolled back when this throws. */
    void apply(GeoPackage geoPackage, Connection c) throws SQLException;
}
