package controlmap.service;

import controlmap.domain.Claim;
import java.util.function.Predicate;

/** Ids for claims sent without one, in the seed data's form: {@code source-valid_from-place-actor}. */
final class ClaimIds {

    private ClaimIds() {
    }

    /** The natural id of {@code c}, or it with {@code -2}, {@code -3}, … appended until {@code taken} says no. */
    static String generate(Claim c, Predicate<String> taken) {
        String base = c.source() + "-" + (c.validFrom() == null ? "unstated" : c.validFrom()) + "-" + c.place() + "-"
                + c.actor();
        String id = base;
        for (int n = 2; taken.test(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /** {@code c} with id {@code id}. */
    static Claim withId(Claim c, String id) {
        return c.restated(id, c.geometry(), c.recordedAt(), c.retraction());
    }
}
