package controlmap.store.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Edits the stored text of SQLite table definitions, the way the SQLite documentation describes for changes that
 * do not alter what is on disk ("Making Other Kinds Of Table Schema Changes": {@code writable_schema}, then a higher
 * {@code schema_version}). Used where rebuilding a GeoPackage feature table would drop its R-tree triggers: removing a
 * NOT NULL, declaring a 0/1 column BOOLEAN.
 */
final class SqliteSchemaText {

    private SqliteSchemaText() {
    }

    /**
     * Replaces {@code from} by {@code to} in the definition of each of {@code tables}.
     *
     * @throws SQLException when a table's definition does not contain {@code from}
     */
    static void replace(Statement s, String from, String to, String... tables) throws SQLException {
        long schemaVersion;
        try (ResultSet rs = s.executeQuery("PRAGMA schema_version")) {
            rs.next();
            schemaVersion = rs.getLong(1);
        }
        s.execute("PRAGMA writable_schema = ON");
        try {
            for (String table : tables) {
                int changed = s.executeUpdate("UPDATE sqlite_master SET sql = replace(sql, '" + from + "', '" + to
                        + "') WHERE type = 'table' AND name = '" + table + "' AND instr(sql, '" + from + "') > 0");
                if (changed != 1) {
                    throw new SQLException("expected '" + from + "' in the definition of " + table);
                }
            }
            s.execute("PRAGMA schema_version = " + (schemaVersion + 1));
        } finally {
            s.execute("PRAGMA writable_schema = OFF");
        }
    }
}
