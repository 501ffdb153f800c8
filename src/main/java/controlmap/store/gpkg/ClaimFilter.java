package controlmap.store.gpkg;

import controlmap.domain.Bbox;
import controlmap.store.ClaimQuery;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link ClaimQuery} as the WHERE clause of a query on {@code claims}, with its parameters. Dates compare as ISO
 * text, which orders like the dates. The bbox condition only narrows candidates through the R-tree of
 * {@code claims.geom} (own shape, or the place's copy); the exact intersection test is left to the caller.
 */
final class ClaimFilter {

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
        f.add(q.from() != null, "(valid_to IS NULL OR valid_to > ?)", q.from() == null ? null : q.from().toString());
        f.add(q.to() != null, "valid_from <= ?", q.to() == null ? null : q.to().toString());
        f.add(!q.includeRetracted(), ClaimRows.NOT_RETRACTED);
        Bbox b = q.bbox();
        if (b != null) {
            f.add(true, "fid IN (SELECT id FROM rtree_claims_geom"
                    + " WHERE minx <= ? AND maxx >= ? AND miny <= ? AND maxy >= ?)",
                    b.maxLon(), b.minLon(), b.maxLat(), b.minLat());
        }
        return f;
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
            ps.setObject(i + 1, params.get(i));
        }
    }
}
