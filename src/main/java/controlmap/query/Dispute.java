package controlmap.query;

import controlmap.domain.Claim;
import controlmap.domain.Place;
import java.util.List;
import java.util.Objects;

/**
 * A place the sources disagree about on a day.
 *
 * @param place  the place
 * @param claims one winning claim per source, sorted by source id; the actors of at least two of them conflict
 *               ({@link controlmap.domain.Actor#conflictsWith}); an unmodifiable copy
 */
public record Dispute(Place place, List<Claim> claims) {

    /** @throws NullPointerException when either part is null */
    public Dispute {
        Objects.requireNonNull(place, "place");
        claims = List.copyOf(claims);
    }
}
