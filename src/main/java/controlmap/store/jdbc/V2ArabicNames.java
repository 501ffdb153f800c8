package controlmap.store.jdbc;

import controlmap.store.Migration;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Schema version 2 of both SQL stores: sources and actors get an Arabic display name ({@code name_ar}, may be NULL).
 * The same SQL in SQLite and PostgreSQL.
 *
 * @param <T> what the backend hands its steps (the GeoPackage, or nothing); not used
 */
public final class V2ArabicNames<T> implements Migration<T> {

    @Override
    public int version() {
        return 2;
    }

    @Override
    public String description() {
        return "Arabic names of sources and actors";
    }

    @Override
    public void apply(T context, Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("ALTER TABLE sources ADD COLUMN name_ar TEXT");
            s.execute("ALTER TABLE actors ADD COLUMN name_ar TEXT");
        }
    }
}
