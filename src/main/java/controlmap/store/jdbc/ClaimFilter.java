package controlmap.store.jdbc;

import controlmap.store.ClaimQuery;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link ClaimQuery} as the WHERE clause of a query on {@code claims}, with its parameters: the conditions every
 * SQL store writes alike (ids, days, retraction). The bbox is each store's own: it adds it with {@link #and}.
 */
public final class ClaimFilter {

    private final SqlDialect dialect;
    private final StringBuilder where = new StringBuilder();
    private final List<Object> params = new ArrayList<>();

    private ClaimFilter(SqlDialect dialect) {
        this.dialect = dialect;
    }

    /** Every condition of {@code q} but its bbox. */
    public static ClaimFilter of(ClaimQuery q, SqlDialect dialect) {
        ClaimFilter f = new ClaimFilter(dialect);
        f.and(q.source() != null, "source = ?", q.source());
        f.and(q.place() != null, "place = ?", q.place());
        f.and(q.actor() != null, "actor = ?", q.actor());
        // In force on some day >= from: open-ended, or ending (exclusively) after from.
        f.and(q.from() != null, "(valid_to IS NULL OR valid_to > ?)", q.from());
        // A claim whose start the source did not give is in force from the start of the data.
        f.and(q.to() != null, "(valid_from IS NULL OR valid_from <= ?)", q.to());
        f.and(!q.includeRetracted(), ClaimColumns.NOT_RETRACTED);
        return f;
    }

    /** Adds {@code condition}, whose parameters are {@code values}, when {@code when}. */
    public ClaimFilter and(boolean when, String condition, Object... values) {
        if (when) {
            where.append(where.length() == 0 ? " WHERE " : " AND ").append(condition);
            params.addAll(List.of(values));
        }
        return this;
    }

    /** {@code " WHERE …"}, or empty when there is no condition. */
    public String where() {
        return where.toString();
    }

    /** Binds the parameters, from 1; days as the dialect keeps them. */
    public void bind(PreparedStatement ps) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            Object v = params.get(i);
            if (v instanceof LocalDate d) {
                dialect.bindDate(ps, i + 1, d);
            } else {
                ps.setObject(i + 1, v);
            }
        }
    }
}
