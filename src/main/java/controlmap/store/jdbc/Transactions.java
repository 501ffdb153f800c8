package controlmap.store.jdbc;

/**
 * How a SQL store runs work on its database: the GeoPackage's one locked connection, or a PostgreSQL pool. Both turn
 * SQL failures into {@link controlmap.store.StoreException}.
 */
public interface Transactions {

    /** Runs {@code work} as a read; it sees committed data and writes nothing. */
    <T> T read(SqlWork<T> work);

    /**
     * Runs {@code work} as one write transaction that also raises {@code data_version}; all or nothing. A
     * {@link java.util.NoSuchElementException} or {@link controlmap.store.StoreException} from {@code work} is thrown
     * as it is, anything else wrapped in a StoreException.
     */
    <T> T write(SqlWork<T> work);
}
