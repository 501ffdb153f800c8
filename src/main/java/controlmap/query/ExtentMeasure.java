package controlmap.query;

import controlmap.domain.Claim;
import controlmap.domain.Place;
import java.time.LocalDate;
import java.util.Collection;
import org.locationtech.jts.geom.Envelope;

/** Measures the {@link Extent} of a data set. */
final class ExtentMeasure {

    private ExtentMeasure() {
    }

    /**
     * First and last day named by {@code claims}, and the union of the envelopes of {@code places}. A claim whose start
     * the source did not give counts from the last day it is in force (the day before its validTo), so that it is in
     * force on some day of the extent, and never from "before every day".
     */
    static Extent of(Collection<Place> places, Collection<Claim> claims) {
        LocalDate first = null;
        LocalDate last = null;
        for (Claim c : claims) {
            LocalDate start = c.validFrom() != null || c.validTo() == null ? c.validFrom() : c.validTo().minusDays(1);
            first = min(min(first, start), c.reportedOn());
            last = max(max(max(last, c.validFrom()), c.validTo()), c.reportedOn());
        }
        Envelope box = new Envelope();
        for (Place p : places) {
            if (p.geometry() != null) {
                box.expandToInclude(p.geometry().getEnvelopeInternal());
            }
        }
        return new Extent(first, last, box.isNull() ? null : box);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }
}
