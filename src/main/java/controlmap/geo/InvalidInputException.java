package controlmap.geo;

/**
 * Input ControlMap refuses: which field is at fault and why. Decoders and validators throw it; the HTTP layer renders
 * it once as a problem document (the {@link Kind} chooses the status), the import command lists it in its summary.
 *
 * <p>{@link #field()} is a path into the input document in the form {@code features[3].properties.valid_from}
 * ({@value #BODY} for the document as a whole); {@link #reason()} says what is wrong in words; the message is both.
 */
public final class InvalidInputException extends RuntimeException {

    /** What kind of refusal, from the least to the most specific. */
    public enum Kind {
        /** Not JSON, or JSON beyond the parser's limits (nesting, number length, duplicate keys). */
        MALFORMED,
        /** JSON, but not what the endpoint takes: wrong structure, value, range, size or geometry. */
        INVALID,
        /** Clashes with itself: one id given twice. (Clashes with what is stored are {@code service.Refused}.) */
        CONFLICT
    }

    /** The field name of the document as a whole. */
    public static final String BODY = "body";

    private final Kind kind;
    private final String field;
    private final String reason;

    public InvalidInputException(Kind kind, String field, String reason) {
        super(orBody(field) + ": " + reason);
        this.kind = kind;
        this.field = orBody(field);
        this.reason = reason;
    }

    private static String orBody(String field) {
        return field == null || field.isEmpty() ? BODY : field;
    }

    /** {@link Kind#INVALID} at {@code field}. */
    public static InvalidInputException invalid(String field, String reason) {
        return new InvalidInputException(Kind.INVALID, field, reason);
    }

    public Kind kind() {
        return kind;
    }

    /** Path of the field at fault ({@code features[3].properties.valid_from}); {@value #BODY} for the whole document. */
    public String field() {
        return field;
    }

    /** What is wrong, without the field name. */
    public String reason() {
        return reason;
    }
}
