package controlmap.domain;

import java.util.Locale;

/**
 * What a claim says the actor does in the place. {@code CONTROL}: holds it. {@code PRESENCE}: has a presence,
 * positions, pockets or cells there, which is not holding it: a presence claim never makes a dispute and is never
 * drawn as a holder's fill.
 */
public enum Stance {
    CONTROL, PRESENCE;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException when {@code s} is not {@code control} or {@code presence} */
    public static Stance fromWire(String s) {
        for (Stance v : values()) {
            if (v.wire().equals(s)) {
                return v;
            }
        }
        throw new IllegalArgumentException("must be one of control, presence");
    }
}
