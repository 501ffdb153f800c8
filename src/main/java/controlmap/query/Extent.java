package controlmap.query;

import java.time.LocalDate;
import org.locationtech.jts.geom.Envelope;

/**
 * How far the data reaches in time and space.
 *
 * @param first the earliest date any claim taking part in answers states ({@code validFrom}, {@code validTo} or
 *              {@code reportedOn}); never "before every day", even with claims whose start was not given; null
 *              without claims
 * @param last  the latest {@code validFrom}, {@code validTo} or {@code reportedOn}; null without claims
 * @param bbox  the union of the places' envelopes; null without places
 */
public record Extent(LocalDate first, LocalDate last, Envelope bbox) {
}
