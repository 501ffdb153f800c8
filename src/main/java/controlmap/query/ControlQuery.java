package controlmap.query;

import controlmap.domain.Bbox;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A question to the as-of rule: who held what on {@code date}, according to whom, as known on {@code asOf}.
 *
 * @param date   the day asked about; required
 * @param source the one source to answer for, or null for every source
 * @param asOf   the knowledge date K: only claims reported on or before it count; null for everything known
 * @param bbox   only places in view of this lon/lat box (see {@link ClaimIndex#control}); null for everywhere
 */
public record ControlQuery(LocalDate date, String source, LocalDate asOf, Bbox bbox) {

    /** @throws NullPointerException when {@code date} is null */
    public ControlQuery {
        Objects.requireNonNull(date, "date");
    }
}
