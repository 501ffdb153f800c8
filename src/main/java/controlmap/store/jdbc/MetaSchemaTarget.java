package controlmap.store.jdbc;

import controlmap.store.SchemaTarget;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * A {@link SchemaTarget} whose version is the {@value MetaRows#SCHEMA_VERSION} row of {@code controlmap_meta}; the
 * backend says only how it excludes other migrating processes ({@link #exclusively}).
 *
 * @param <T> the context handed to each migration step
 */
public abstract class MetaSchemaTarget<T> implements SchemaTarget<T> {

    private final String description;
    private final Transactions db;
    private final SqlDialect dialect;

    protected MetaSchemaTarget(String description, Transactions db, SqlDialect dialect) {
        this.description = description;
        this.db = db;
        this.dialect = dialect;
    }

    @Override
    public String describe() {
        return description;
    }

    @Override
    public long schemaVersion() {
        return db.read(this::schemaVersion);
    }

    @Override
    public long schemaVersion(Connection c) throws SQLException {
        return MetaRows.schemaVersion(c, dialect);
    }

    @Override
    public void setSchemaVersion(Connection c, long version) throws SQLException {
        MetaRows.set(c, MetaRows.SCHEMA_VERSION, version);
    }
}
