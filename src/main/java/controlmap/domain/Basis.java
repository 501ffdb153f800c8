package controlmap.domain;

import java.util.Locale;

/** {@code EXPLICIT}: the source named the place. {@code BLANKET}: inferred from a statement about a wider area. */
public enum Basis {
    EXPLICIT, BLANKET;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException when {@code s} is not {@code explicit} or {@code blanket} */
    public static Basis fromWire(String s) {
        for (Basis b : values()) {
            if (b.wire().equals(s)) {
                return b;
            }
        }
        throw new IllegalArgumentException("must be one of explicit, blanket");
    }
}
