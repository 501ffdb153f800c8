package controlmap.store.gpkg;

import mil.nga.geopackage.GeoPackage;

/**
 * A step of the GeoPackage schema: a {@link controlmap.store.Migration} that also receives the GeoPackage. Steps run
 * on the store's only connection inside {@code BEGIN IMMEDIATE … COMMIT}: use that connection for everything,
 * including NGA extension helpers that execute SQL through {@code geoPackage.getConnection()}; do not use NGA DAOs,
 * which write through a second connection and would wait on our own lock. Append new steps to
 * {@link Migrations#ALL}.
 */
interface Migration extends controlmap.store.Migration<GeoPackage> {
}
