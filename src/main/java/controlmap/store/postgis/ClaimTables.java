package controlmap.store.postgis;

import controlmap.domain.Claim;
import controlmap.domain.Bbox;
import controlmap.store.ClaimQuery;
import controlmap.store.SharedValues;
import controlmap.store.jdbc.ClaimColumns;
import controlmap.store.jdbc.ClaimFilter;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Envelope;

/**
 * {@code claims} (current versions) and {@code claim_history} (every version): reads are one query per call however
 * many rows; writes are batched. Every version written goes to both tables. The shape ({@code geom}, the claim's
 * own, or null) follows the shared {@link ClaimColumns} as parameter / column {@code COUNT + 1}.
 */
final class ClaimTables {

    private static final ClaimColumns COLUMNS = new ClaimColumns(PostgisDialect.INSTANCE);

    /** The shared columns and the shape as WKB, for a SELECT. */
    private static final String SELECT = ClaimColumns.LIST + ", ST_AsBinary(geom)";

    /** The shared columns and {@code geom}, for an INSERT, with {@link #VALUES}. */
    private static final String INSERT = ClaimColumns.LIST + ", geom";

    private static final String VALUES = "?, ".repeat(ClaimColumns.COUNT) + Wkb.FROM_PARAM;

    private static final String BOX = "ST_MakeEnvelope(?, ?, ?, ?, 4326)";

    private static final String INSERT_CURRENT = "INSERT INTO claims (" + INSERT + ") VALUES ("
            + VALUES + ")";
    private static final String INSERT_HISTORY = "INSERT INTO claim_history (" + INSERT + ") VALUES ("
            + VALUES + ")";
    private static final String UPDATE_CURRENT = "UPDATE claims SET (" + INSERT + ") = ("
            + VALUES + ") WHERE id = ?";

    private ClaimTables() {
    }

    /**
     * See {@link controlmap.store.ClaimStore#claims}. The bbox condition is exact: a claim is in the box when its own
     * shape intersects it, or, having none, its place's shape does; each side goes through a GiST index ({@code &&})
     * before {@code ST_Intersects} decides.
     */
    static List<Claim> query(Connection c, ClaimQuery q) throws SQLException {
        ClaimFilter filter = ClaimFilter.of(q, PostgisDialect.INSTANCE);
        Bbox b = q.bbox();
        if (b != null) {
            // a box crossing the antimeridian is two
            List<String> parts = new ArrayList<>();
            List<Object> corners = new ArrayList<>();
            for (Envelope e : b.envelopes()) {
                parts.add("SELECT id FROM claims WHERE geom && " + BOX + " AND ST_Intersects(geom, " + BOX
                        + ") UNION ALL SELECT k.id FROM claims k JOIN places p ON p.id = k.place"
                        + " WHERE k.geom IS NULL AND p.geom && " + BOX + " AND ST_Intersects(p.geom, " + BOX + ")");
                for (int i = 0; i < 4; i++) {
                    corners.addAll(List.of(e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY()));
                }
            }
            filter.and(true, "id IN (" + String.join(" UNION ALL ", parts) + ")", corners.toArray());
        }
        return list(c, "SELECT " + SELECT + " FROM claims" + filter.where() + " ORDER BY recorded",
                filter::bind);
    }

    /** See {@link controlmap.store.ClaimStore#claimsRecordedAfter}. */
    static List<Claim> recordedAfter(Connection c, long recorded) throws SQLException {
        return list(c, "SELECT " + SELECT + " FROM claims WHERE recorded > ? ORDER BY recorded",
                ps -> ps.setLong(1, recorded));
    }

    /** The current version of claim {@code id}; with {@code lock}, the row stays locked until the transaction ends. */
    static Optional<Claim> current(Connection c, String id, boolean lock) throws SQLException {
        List<Claim> found = list(c, "SELECT " + SELECT + " FROM claims WHERE id = ?"
                + (lock ? " FOR UPDATE" : ""), ps -> ps.setString(1, id));
        return found.stream().findFirst();
    }

    static List<Claim> history(Connection c, String id) throws SQLException {
        return list(c, "SELECT " + SELECT + " FROM claim_history WHERE id = ? ORDER BY version",
                ps -> ps.setString(1, id));
    }

    /** Which of {@code ids} are claims already. */
    static List<String> existing(Connection c, Collection<String> ids) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM claims WHERE id = ANY (?)")) {
            Array array = c.createArrayOf("text", ids.toArray());
            ps.setArray(1, array);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    /** {@code count} new numbers from {@code claim_recorded_seq}, ascending. */
    static long[] nextRecorded(Connection c, int count) throws SQLException {
        long[] out = new long[count];
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT nextval('claim_recorded_seq') FROM generate_series(1, ?)")) {
            ps.setInt(1, count);
            try (ResultSet rs = ps.executeQuery()) {
                for (int i = 0; i < count && rs.next(); i++) {
                    out[i] = rs.getLong(1);
                }
            }
        }
        java.util.Arrays.sort(out);
        return out;
    }

    /** The last number {@code claim_recorded_seq} handed out; 0 for a fresh sequence. */
    static long lastRecorded(Connection c) throws SQLException {
        return Database.longValue(c, "SELECT CASE WHEN is_called THEN last_value ELSE last_value - 1 END"
                + " FROM claim_recorded_seq");
    }

    /** Moves {@code claim_recorded_seq} on to {@code last} (when above where it is), so later numbers exceed it. */
    static void advanceRecorded(Connection c, long last) throws SQLException {
        if (last > lastRecorded(c)) {
            try (PreparedStatement ps = c.prepareStatement("SELECT setval('claim_recorded_seq', ?)")) {
                ps.setLong(1, last);
                ps.execute();
            }
        }
    }

    /** Stores restored claims: {@code history} (every version) and {@code current} (the latest of each) as given. */
    static void restore(Connection c, List<Claim> history, List<Claim> current) throws SQLException {
        batch(c, INSERT_CURRENT, current);
        batch(c, INSERT_HISTORY, history);
    }

    /** Stores first versions of claims whose ids are not in the store yet. */
    static void add(Connection c, List<Claim> versions) throws SQLException {
        batch(c, INSERT_CURRENT, versions);
        batch(c, INSERT_HISTORY, versions);
    }

    /** Makes {@code claim} the current version of its id, which must exist, and adds it to history. */
    static void replace(Connection c, Claim claim) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(UPDATE_CURRENT)) {
            bind(ps, claim);
            ps.setString(ClaimColumns.COUNT + 2, claim.id());
            if (ps.executeUpdate() != 1) {
                throw new SQLException("claim " + claim.id() + " vanished during the write");
            }
        }
        batch(c, INSERT_HISTORY, List.of(claim));
    }

    private static void batch(Connection c, String sql, List<Claim> claims) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int pending = 0;
            for (Claim claim : claims) {
                bind(ps, claim);
                ps.addBatch();
                if (++pending == 1_000) {
                    ps.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                ps.executeBatch();
            }
        }
    }

    /** Binds parameters 1 to {@code COUNT + 1}: every field, then the own shape as WKB (null when none). */
    private static void bind(PreparedStatement ps, Claim claim) throws SQLException {
        COLUMNS.bind(ps, claim);
        ps.setBytes(ClaimColumns.COUNT + 1, Wkb.encode(claim.geometry()));
    }

    private static List<Claim> list(Connection c, String sql, Binder binder) throws SQLException {
        List<Claim> out = new ArrayList<>();
        SharedValues shared = new SharedValues();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(COLUMNS.read(rs, Wkb.decode(rs.getBytes(ClaimColumns.COUNT + 1)), shared));
                }
            }
        }
        return out;
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }
}
