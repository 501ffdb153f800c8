package controlmap.domain;

import java.util.Locale;

/**
 * How much of the place a claim is about. {@code WHOLE}: the place. {@code PART}: part of it ("parts of", "areas in",
 * "8 per cent of"); two sources each giving a different actor part of a place can both be right.
 */
public enum Extent {
    WHOLE, PART;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException when {@code s} is not {@code whole} or {@code part} */
    public static Extent fromWire(String s) {
        for (Extent v : values()) {
            if (v.wire().equals(s)) {
                return v;
            }
        }
        throw new IllegalArgumentException("must be one of whole, part");
    }
}
