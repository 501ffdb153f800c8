package controlmap.store.gpkg;

import controlmap.store.jdbc.MetaSchemaTarget;
import controlmap.store.jdbc.V2ArabicNames;
import controlmap.store.jdbc.V3ClaimReadings;
import controlmap.store.jdbc.V4SameFieldNames;
import java.util.List;
import mil.nga.geopackage.GeoPackage;

/** The GeoPackage's ordered list of schema steps (see {@link controlmap.store.Migrations}). */
final class Migrations extends controlmap.store.Migrations<GeoPackage> {

    /** Every step, oldest first. Append new steps here. */
    static final List<controlmap.store.Migration<GeoPackage>> ALL = List.of(new V1InitialSchema(),
            new V2ArabicNames<>(), new V3ClaimReadings<>(), new V4SameFieldNames<>());

    /** @throws IllegalArgumentException when the versions are not 1, 2, 3, … in order */
    Migrations(List<? extends controlmap.store.Migration<GeoPackage>> steps) {
        super(steps);
    }

    static Migrations standard() {
        return new Migrations(ALL);
    }

    /** Applies the steps the file lacks; see {@link controlmap.store.Migrations#apply}. */
    int apply(StoreConnection db) {
        return apply(new MetaSchemaTarget<GeoPackage>("the GeoPackage", db, GeoPackageDialect.INSTANCE) {
            @Override
            public <R> R exclusively(Work<GeoPackage, R> work) {
                return db.transaction(c -> work.run(db.geoPackage(), c));
            }
        });
    }
}
