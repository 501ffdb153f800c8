package controlmap.store.postgis;

import controlmap.domain.Bbox;
import controlmap.store.ClaimQuery;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link ClaimQuery} as the WHERE clause of a query on {@code claims}, with its parameters. The bbox condition is
 * exact: a claim is in the box when its own shape intersects it, or, having none, its place's shape does; each side
 * goes through a GiST index ({@code &&}) before {@code ST_Intersects} decides.
 */
final class ClaimFilter {

    private static final String BOX = "ST_MakeEnvelope(?, ?, ?, ?, 4326)";

    private final StringBuilder where = new StringBuilder();
    private final List<Object> params = new ArrayList<>();

    private ClaimFilter() {
    }

    static ClaimFilter of(ClaimQuery q) {
        ClaimFilter f = new ClaimFilter();
        f.add(q.source() != null, "source = ?", q.source());
        f.add(q.place() != null, "place = ?", q.place());
        f.add(q.actor() != null, "actor = ?", q.actor());
        // In force on some day >= from: open-ended, or ending (exclusively) after from.
        f.add(q.from() != null, "(valid_to IS NULL OR valid_to > ?)", q.from());
        f.add(q.to() != null, "valid_from <= ?", q.to());
        f.add(!q.includeRetracted(), ClaimColumns.NOT_RETRACTED);
        Bbox b = q.bbox();
        if (b != null) {
            f.add(true, "claim_id IN (SELECT claim_id FROM claims WHERE geom && " + BOX
                    + " AND ST_Intersects(geom, " + BOX + ") UNION ALL SELECT k.claim_id FROM claims k"
                    + " JOIN places p ON p.id = k.place WHERE k.geom IS NULL AND p.geom && " + BOX
                    + " AND ST_Intersects(p.geom, " + BOX + "))",
                    box(b, 4));
        }
        return f;
    }

    private static Object[] box(Bbox b, int times) {
        Object[] values = new Object[4 * times];
        for (int i = 0; i < times; i++) {
            values[4 * i] = b.minLon();
            values[4 * i + 1] = b.minLat();
            values[4 * i + 2] = b.maxLon();
            values[4 * i + 3] = b.maxLat();
        }
        return values;
    }

    private void add(boolean when, String condition, Object... values) {
        if (!when) {
            return;
        }
        where.append(where.length() == 0 ? " WHERE " : " AND ").append(condition);
        params.addAll(List.of(values));
    }

    String where() {
        return where.toString();
    }

    void bind(PreparedStatement ps) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            Object v = params.get(i);
            if (v instanceof java.time.LocalDate d) {
                ps.setObject(i + 1, d, Types.DATE);
            } else {
                ps.setObject(i + 1, v);
            }
        }
    }
}
