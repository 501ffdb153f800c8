package controlmap.service;

/**
 * A change the service refuses because of what is stored, not because of the form of the input (that is
 * {@code controlmap.geo.InvalidInputException}): an id that does not exist or exists already, a reference to nothing,
 * a correction that names another id, a claim retracted twice. Thrown before the store is touched; the HTTP layer
 * renders it once, the import command lists it.
 *
 * <p>{@link #field()} is the path of the input member at fault ({@code features[3].properties.place}), or null when the
 * refusal concerns the addressed item as a whole ({@link Reason#NOT_FOUND}).
 */
public final class Refused extends RuntimeException {

    /** Why. */
    public enum Reason {
        /** The addressed claim or place does not exist. */
        NOT_FOUND,
        /** Names a place, actor or source that does not exist. */
        UNKNOWN_REFERENCE,
        /** Clashes with what is stored: an id that exists already, a claim retracted already. */
        CONFLICT,
        /** Names another id than the item it replaces. */
        OTHER_ID
    }

    private final Reason why;
    private final String field;
    private final String reason;

    private Refused(Reason why, String field, String reason) {
        super(field == null ? reason : field + ": " + reason);
        this.why = why;
        this.field = field;
        this.reason = reason;
    }

    /** Nothing to change at the address: {@code what} says what is missing ({@code no claim 'x'}). */
    static Refused notFound(String what) {
        return new Refused(Reason.NOT_FOUND, null, what);
    }

    static Refused unknownReference(String field, String reason) {
        return new Refused(Reason.UNKNOWN_REFERENCE, field, reason);
    }

    static Refused conflict(String field, String reason) {
        return new Refused(Reason.CONFLICT, field, reason);
    }

    static Refused otherId(String field, String reason) {
        return new Refused(Reason.OTHER_ID, field, reason);
    }

    public Reason why() {
        return why;
    }

    /** Path of the input member at fault; null for {@link Reason#NOT_FOUND}. */
    public String field() {
        return field;
    }

    /** What is wrong, without the field name. */
    public String reason() {
        return reason;
    }
}
