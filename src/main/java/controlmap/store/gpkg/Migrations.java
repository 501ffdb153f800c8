package controlmap.store.gpkg;

import controlmap.store.StoreException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The ordered list of schema steps, and the runner that brings a file up to date. See {@link Migration}. */
final class Migrations {

    /** Every step, oldest first. Append new steps here. */
    static final List<Migration> ALL = List.of(new V1InitialSchema());

    private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);

    private final List<Migration> steps;

    /** @throws IllegalArgumentException when the versions are not 1, 2, 3, … in order */
    Migrations(List<Migration> steps) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).version() != i + 1) {
                throw new IllegalArgumentException("migration " + steps.get(i).description() + " has version "
                        + steps.get(i).version() + ", expected " + (i + 1));
            }
        }
        this.steps = List.copyOf(steps);
    }

    static Migrations standard() {
        return new Migrations(ALL);
    }

    /** The schema version a file has once every step ran. */
    int latest() {
        return steps.size();
    }

    /**
     * Applies the steps the file lacks, each in its own transaction.
     *
     * @return how many steps were applied (0 for an up-to-date file)
     * @throws StoreException when a step fails (the file keeps the version of the last step that succeeded), or when
     *                        the file was written by a newer ControlMap whose schema this code does not know
     */
    int apply(StoreConnection db) {
        long current = db.read(MetaTable::schemaVersion);
        if (current > latest()) {
            throw new StoreException("the GeoPackage has schema version " + current + ", newer than the "
                    + latest() + " this ControlMap knows; upgrade ControlMap");
        }
        int applied = 0;
        for (Migration step : steps) {
            if (step.version() > current && applyOne(db, step)) {
                applied++;
            }
        }
        return applied;
    }

    private static boolean applyOne(StoreConnection db, Migration step) {
        return db.transaction(c -> {
            // Another process may have migrated the file between our check and our write lock.
            if (MetaTable.schemaVersion(c) >= step.version()) {
                return false;
            }
            LOG.info("migrating GeoPackage schema to version {}: {}", step.version(), step.description());
            step.apply(db.geoPackage(), c);
            MetaTable.set(c, MetaTable.SCHEMA_VERSION, step.version());
            return true;
        });
    }
}
