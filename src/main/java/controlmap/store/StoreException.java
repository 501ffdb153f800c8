package controlmap.store;

/** The store could not do what was asked (I/O, SQL, a broken file). Nothing of the failed operation was written. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
