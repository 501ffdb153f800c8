package controlmap.store.postgis;

import controlmap.store.SharedValues;
import controlmap.store.jdbc.SqlDialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** PostgreSQL: days as {@code date}, instants as {@code timestamptz}, ids sorted with {@code COLLATE "C"}. */
final class PostgisDialect implements SqlDialect {

    static final PostgisDialect INSTANCE = new PostgisDialect();

    private PostgisDialect() {
    }

    @Override
    public String idOrder() {
        return "id COLLATE \"C\"";
    }

    /**
     * Asks pg_class with a plain query rather than {@code to_regclass}: that reads the backend's catalog cache, which
     * may not yet show a table another instance created while we waited for the migration lock.
     */
    @Override
    public boolean tableExists(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_class r"
                + " JOIN pg_catalog.pg_namespace n ON n.oid = r.relnamespace"
                + " WHERE r.relname = ? AND n.nspname = current_schema())")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    @Override
    public void bindDate(PreparedStatement ps, int i, LocalDate day) throws SQLException {
        ps.setObject(i, day, Types.DATE);
    }

    @Override
    public void bindInstant(PreparedStatement ps, int i, Instant t) throws SQLException {
        OffsetDateTime utc = t == null ? null : OffsetDateTime.ofInstant(t, ZoneOffset.UTC);
        ps.setObject(i, utc, Types.TIMESTAMP_WITH_TIMEZONE);
    }

    @Override
    public LocalDate date(ResultSet rs, int column, SharedValues shared) throws SQLException {
        return shared.value(rs.getObject(column, LocalDate.class));
    }

    @Override
    public Instant instant(ResultSet rs, int column, SharedValues shared) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : shared.value(t.toInstant());
    }
}
