package controlmap.store;

import controlmap.domain.Bbox;
import java.time.LocalDate;

/**
 * A typed filter over claims; every field is optional (null = no filter).
 *
 * @param source           only claims of this source
 * @param place            only claims about this place
 * @param actor            only claims naming this actor
 * @param from             only claims in force on some day on or after {@code from} (validTo is null or after it)
 * @param to               only claims in force on some day on or before {@code to} (validFrom on or before it, or
 *                         not given)
 * @param bbox             only claims whose geometry (own, or else the place's) intersects the box
 * @param includeRetracted also return retracted claims
 */
public record ClaimQuery(String source, String place, String actor, LocalDate from, LocalDate to, Bbox bbox,
                         boolean includeRetracted) {

    public static ClaimQuery all() {
        return new ClaimQuery(null, null, null, null, null, null, false);
    }

    public static ClaimQuery everything() {
        return new ClaimQuery(null, null, null, null, null, null, true);
    }
}
