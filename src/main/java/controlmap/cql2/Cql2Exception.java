package controlmap.cql2;

/**
 * A filter that cannot be read or evaluated: a syntax error (with its position), an unknown property, or operands of
 * types that do not compare. The message is meant for the person who wrote the filter.
 */
public final class Cql2Exception extends RuntimeException {

    public Cql2Exception(String message) {
        super(message);
    }
}
