package controlmap.render;

import controlmap.domain.Claim;

/**
 * What a claim says beyond its actor, for drawing it: a presence (the actor is there, not in control) or about part
 * of the place. One place that reads the claim model's stance and extent for the pictures.
 */
final class ClaimMarks {

    private ClaimMarks() {
    }

    /** True when the source says the actor is present there, not that it holds the place. */
    static boolean presence(Claim c) {
        return c.isPresence();
    }

    /** True when the source says the actor holds part of the place. */
    static boolean part(Claim c) {
        return c.isPart();
    }
}
