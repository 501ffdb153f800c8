package controlmap.store.gpkg;

import controlmap.store.jdbc.MetaRows;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The GeoPackage's own counters in {@code controlmap_meta} (the shared ones are in {@link MetaRows}). A plain SQLite
 * table, not registered in {@code gpkg_contents}: it is bookkeeping, not data a GIS user should see.
 * {@value #RECORDED_SEQ} is the last {@code recorded} number handed out to a claim version.
 */
final class MetaTable {

    static final String RECORDED_SEQ = "recorded_seq";

    private MetaTable() {
    }

    static void bumpDataVersion(Connection c) throws SQLException {
        MetaRows.set(c, MetaRows.DATA_VERSION, MetaRows.get(c, MetaRows.DATA_VERSION) + 1);
    }

    /**
     * Reserves {@code count} consecutive {@code recorded} numbers and returns the first; call inside a write
     * transaction, which makes the reservation atomic across processes.
     */
    static long reserveRecorded(Connection c, int count) throws SQLException {
        long last = MetaRows.get(c, RECORDED_SEQ);
        MetaRows.set(c, RECORDED_SEQ, last + count);
        return last + 1;
    }
}
