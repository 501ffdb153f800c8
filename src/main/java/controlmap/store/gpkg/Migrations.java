package controlmap.store.gpkg;

import controlmap.store.SchemaTarget;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import mil.nga.geopackage.GeoPackage;

/** The GeoPackage's ordered list of schema steps (see {@link controlmap.store.Migrations}). */
final class Migrations extends controlmap.store.Migrations<GeoPackage> {

    /** Every step, oldest first. Append new steps here. */
    static final List<Migration> ALL = List.of(new V1InitialSchema());

    /** @throws IllegalArgumentException when the versions are not 1, 2, 3, … in order */
    Migrations(List<Migration> steps) {
        super(steps);
    }

    static Migrations standard() {
        return new Migrations(ALL);
    }

    /** Applies the steps the file lacks; see {@link controlmap.store.Migrations#apply}. */
    int apply(StoreConnection db) {
        return apply(new SchemaTarget<GeoPackage>() {
            @Override
            public String describe() {
                return "the GeoPackage";
            }

            @Override
            public long schemaVersion() {
                return db.read(MetaTable::schemaVersion);
            }

            @Override
            public long schemaVersion(Connection c) throws SQLException {
                return MetaTable.schemaVersion(c);
            }

            @Override
            public void setSchemaVersion(Connection c, long version) throws SQLException {
                MetaTable.set(c, MetaTable.SCHEMA_VERSION, version);
            }

            @Override
            public <R> R exclusively(Work<GeoPackage, R> work) {
                return db.transaction(c -> work.run(db.geoPackage(), c));
            }
        });
    }
}
