package controlmap.query;

import controlmap.domain.Claim;
import controlmap.domain.Place;
import java.util.Objects;

/**
 * One line of an as-of answer: the winning claim of {@code claim.source()} for {@code place} on the day asked about.
 *
 * @param place the place
 * @param claim the claim that wins under the as-of rule; its source is the source of this entry
 */
public record ControlEntry(Place place, Claim claim) {

    /** @throws NullPointerException when either part is null */
    public ControlEntry {
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(claim, "claim");
    }
}
