package controlmap.query;

import java.time.LocalDate;
import org.locationtech.jts.geom.Envelope;

/**
 * How far the data reaches in time and space.
 *
 * @param first the earliest {@code validFrom} or {@code reportedOn} of any claim taking part in answers, or the last
 *              day in force (the day before {@code validTo}) of a claim whose start was not given; always a stated
 *              day or one derived from it, never "before every day"; null without claims
 * @param last  the latest {@code validFrom}, {@code validTo} or {@code reportedOn}; null without claims
 * @param bbox  the union of the places' envelopes; null without places
 */
public record Extent(LocalDate first, LocalDate last, Envelope bbox) {
}
