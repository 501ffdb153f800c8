package controlmap.store.postgis;

import controlmap.store.Migration;
import controlmap.store.Migrations;
import controlmap.store.StoreException;
import controlmap.store.jdbc.MetaSchemaTarget;
import controlmap.store.jdbc.V2ArabicNames;
import controlmap.store.jdbc.V3ClaimReadings;
import controlmap.store.jdbc.V4SameFieldNames;
import java.sql.PreparedStatement;
import java.util.List;

/**
 * The PostGIS schema's steps and where its version lives. Several instances may start at once against an empty
 * database: each step runs under a transaction-scoped advisory lock, so one of them migrates and the others find
 * the work done. PostgreSQL's DDL is transactional, so a failing step leaves nothing behind.
 */
final class Schema {

    /** Every step, oldest first. Append new steps here. */
    static final List<Migration<Void>> ALL = List.of(new V1InitialSchema(), new V2ArabicNames<>(),
            new V3ClaimReadings<>(), new V4SameFieldNames<>());

    /** Arbitrary, fixed: the advisory lock key of ControlMap migrations ('CMAP'). */
    private static final long LOCK_KEY = 0x434d4150L;

    private Schema() {
    }

    static Migrations<Void> standard() {
        return new Migrations<>(ALL);
    }

    /**
     * Brings the database up to date with {@code migrations}.
     *
     * @return how many steps were applied
     * @throws StoreException when PostGIS is not installed in the database, or a step fails
     */
    static int migrate(Database db, Migrations<Void> migrations) {
        boolean postgis = db.read(c -> Database.longValue(c, "SELECT count(*) FROM pg_type WHERE typname = 'geometry'"
                + " AND pg_type_is_visible(oid)") > 0);
        if (!postgis) {
            throw new StoreException("PostGIS is not installed in this database (or not on the search_path): "
                    + "run CREATE EXTENSION postgis; as a superuser first");
        }
        return migrations.apply(new MetaSchemaTarget<Void>("the PostGIS database", db, PostgisDialect.INSTANCE) {
            @Override
            public <R> R exclusively(Work<Void, R> work) {
                return db.transaction(c -> {
                    try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                        ps.setLong(1, LOCK_KEY);
                        ps.execute();
                    }
                    return work.run(null, c);
                });
            }
        });
    }
}
