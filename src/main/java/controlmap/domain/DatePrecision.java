package controlmap.domain;

import java.util.Locale;

/** How exactly a source dated something: "7 December" is {@code DAY}, "in November" {@code MONTH}, "mid-October" {@code APPROXIMATE}. */
public enum DatePrecision {
    DAY, MONTH, APPROXIMATE;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException when {@code s} is not {@code day}, {@code month} or {@code approximate} */
    public static DatePrecision fromWire(String s) {
        for (DatePrecision p : values()) {
            if (p.wire().equals(s)) {
                return p;
            }
        }
        throw new IllegalArgumentException("must be one of day, month, approximate");
    }
}
