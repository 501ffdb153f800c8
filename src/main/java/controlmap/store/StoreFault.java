package controlmap.store;

import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Why a store refused a write, when the cause is outside the request: the disk is full, the store is read-only, or
 * another process holds its lock. Found in an exception's causes (SQLite result codes of the GeoPackage store,
 * PostgreSQL SQLSTATEs of the PostGIS store); anything else is not a fault of this kind.
 *
 * @param kind   what happened
 * @param reason one sentence for operators and clients, without the request's data
 */
public record StoreFault(Kind kind, String reason) {

    /** The kinds of fault, with the HTTP status that says it. */
    public enum Kind {
        /** No space left where the store writes: 507 Insufficient Storage. */
        FULL(507),
        /** The store's file or database accepts no writes: 503. */
        READ_ONLY(503),
        /** Another process holds the store's write lock longer than the service waits: 503. */
        LOCKED(503);

        private final int status;

        Kind(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    /** The fault {@code failure} (or one of its causes) reports, if it is one. */
    public static Optional<StoreFault> of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            Optional<StoreFault> found = t instanceof SQLiteException e ? sqlite(e.getResultCode())
                    : t instanceof SQLException e ? postgres(e.getSQLState()) : Optional.empty();
            if (found.isPresent()) {
                return found;
            }
            String m = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (m.contains("no space left on device") || m.contains("disk is full")) {
                return Optional.of(full());
            }
        }
        return Optional.empty();
    }

    private static Optional<StoreFault> sqlite(SQLiteErrorCode code) {
        if (code == null) {
            return Optional.empty();
        }
        String name = code.name();
        if (code == SQLiteErrorCode.SQLITE_FULL) {
            return Optional.of(full());
        }
        if (name.startsWith("SQLITE_READONLY") || code == SQLiteErrorCode.SQLITE_CANTOPEN
                || code == SQLiteErrorCode.SQLITE_PERM) {
            return Optional.of(new StoreFault(Kind.READ_ONLY, "the GeoPackage file cannot be written (it, its "
                    + "directory or its file system is read-only)"));
        }
        if (name.startsWith("SQLITE_BUSY") || name.startsWith("SQLITE_LOCKED")) {
            return Optional.of(new StoreFault(Kind.LOCKED, "another process holds the GeoPackage file's write lock"));
        }
        if (name.startsWith("SQLITE_IOERR")) {
            return Optional.of(new StoreFault(Kind.READ_ONLY, "the GeoPackage file cannot be written (an I/O error: "
                    + name + ")"));
        }
        return Optional.empty();
    }

    private static Optional<StoreFault> postgres(String state) {
        if (state == null) {
            return Optional.empty();
        }
        return switch (state) {
            case "53100" -> Optional.of(full());
            case "25006" -> Optional.of(new StoreFault(Kind.READ_ONLY, "the database accepts no writes (a read-only "
                    + "transaction or a standby server)"));
            case "55P03" -> Optional.of(new StoreFault(Kind.LOCKED, "another session holds a lock the write needs"));
            default -> Optional.empty();
        };
    }

    private static StoreFault full() {
        return new StoreFault(Kind.FULL, "the disk the store writes to is full");
    }
}
