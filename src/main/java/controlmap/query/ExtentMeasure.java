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
     * First and last day named by {@code claims}, and the union of the envelopes of {@code places}. The first day is
     * the earliest date a claim states (validFrom, validTo or reportedOn): a claim whose start the source did not give
     * never makes it "before every day".
     */
    static Extent of(Collection<Place> places, Collection<Claim> claims) {
        LocalDate first = null;
        LocalDate last = null;
        for (Claim c : claims) {
            first = min(min(min(first, c.validFrom()), c.validTo()), c.reportedOn());
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
