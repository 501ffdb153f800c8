package controlmap.query;

import controlmap.domain.Claim;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Everything one source said about one place, in as-of precedence order, so that the winner on a day is found by a
 * binary search instead of a scan.
 */
final class SourceTimeline {

    /**
     * The as-of tie-breaks as one order: a claim later in this order beats an earlier one in force on the same day.
     * A claim whose start the source did not give comes before every dated one. The id only makes the order total;
     * the store never gives two versions the same {@code recorded}.
     */
    static final Comparator<Claim> PRECEDENCE = Comparator.comparing(Claim::validFrom,
                    Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()))
            .thenComparing(Claim::reportedOn)
            .thenComparingLong(Claim::recorded)
            .thenComparing(Claim::id);

    private final String source;
    private final Claim[] claims;
    private final List<LocalDate> boundaries;

    /** @param claims non-retracted claims of one source about one place, at least one */
    SourceTimeline(Collection<Claim> claims) {
        this.claims = claims.toArray(new Claim[0]);
        Arrays.sort(this.claims, PRECEDENCE);
        this.source = this.claims[0].source();
        TreeSet<LocalDate> dates = new TreeSet<>();
        for (Claim c : this.claims) {
            if (c.validFrom() != null) {
                dates.add(c.validFrom());
            }
            if (c.validTo() != null) {
                dates.add(c.validTo());
            }
        }
        this.boundaries = List.copyOf(dates);
    }

    String source() {
        return source;
    }

    /** The claims, in precedence order; unmodifiable. */
    List<Claim> claims() {
        return Collections.unmodifiableList(Arrays.asList(claims));
    }

    /** Every {@code validFrom} and {@code validTo} of these claims, ascending, without repeats (no null). */
    List<LocalDate> boundaries() {
        return boundaries;
    }

    /**
     * The as-of winner: among the claims in force on {@code date} and, when {@code asOf} is given, reported on or before
     * it, the one with the latest validFrom (an unstated one earliest), then reportedOn, then recorded; null when there
     * is none. {@link LocalDate#MIN} asks for what is in force before every stated day.
     * Costs a binary search plus a backward scan over claims that started before {@code date} but do not count.
     */
    Claim winner(LocalDate date, LocalDate asOf) {
        for (int i = lastStartingOnOrBefore(date); i >= 0; i--) {
            Claim c = claims[i];
            if (c.inForceOn(date) && (asOf == null || !c.reportedOn().isAfter(asOf))) {
                return c;
            }
        }
        return null;
    }

    /** The index of the last claim with {@code validFrom <= date} (a null validFrom before every day), or -1. */
    private int lastStartingOnOrBefore(LocalDate date) {
        int lo = 0;
        int hi = claims.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            LocalDate from = claims[mid].validFrom();
            if (from != null && from.isAfter(date)) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo - 1;
    }

    /** Groups claims into one history per source; the claims must all be about one place. */
    static List<SourceTimeline> perSource(Collection<Claim> claims) {
        SortedMap<String, List<Claim>> bySource = new TreeMap<>();
        for (Claim c : claims) {
            bySource.computeIfAbsent(c.source(), s -> new ArrayList<>()).add(c);
        }
        List<SourceTimeline> out = new ArrayList<>();
        bySource.values().forEach(list -> out.add(new SourceTimeline(list)));
        return out;
    }
}
