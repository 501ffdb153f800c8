package controlmap.store;

/** A write that required a claim to be at a version it is no longer at: someone else changed it meanwhile. */
public final class VersionConflict extends StoreException {

    private final String id;
    private final int expected;
    private final int current;

    public VersionConflict(String id, int expected, int current) {
        super("claim " + id + " is at version " + current + ", not " + expected);
        this.id = id;
        this.expected = expected;
        this.current = current;
    }

    public String id() {
        return id;
    }

    public int expected() {
        return expected;
    }

    public int current() {
        return current;
    }
}
