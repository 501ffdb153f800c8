package controlmap.ogc;

import controlmap.http.WireFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The {@code datetime} parameter: an instant, or a closed interval of instants whose ends may be open ({@code ..} or
 * empty), or a start or an end with an ISO 8601 duration ({@code 2017-12-01/P7D}, {@code P1M/2018-01-01}).
 *
 * <p>Instants are RFC 3339 date-times ({@code 2017-12-07T10:00:00Z}, an offset or {@code Z}; without one, UTC) or days
 * ({@code 2017-12-07}, meaning its first instant, 00:00 UTC; GDAL's {@code 2017-12-07T} is read the same way).
 * Both ends of an interval are included, as the standard says.
 *
 * @param start first instant, null when open
 * @param end   last instant, null when open
 */
public record TimeFilter(Instant start, Instant end) {

    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T?");
    private static final String OPEN = "..";

    /**
     * Parses a {@code datetime} value.
     *
     * @throws IllegalArgumentException with the reason when {@code value} is none of the forms above, when both ends
     *                                  are open or both are durations, or when the start is after the end
     */
    public static TimeFilter parse(String value) {
        String v = value.trim();
        int slash = v.indexOf('/');
        if (slash < 0) {
            Instant at = instant(v);
            return new TimeFilter(at, at);
        }
        if (v.indexOf('/', slash + 1) >= 0) {
            throw new IllegalArgumentException("an interval has one '/'; got '" + value + "'");
        }
        return interval(v.substring(0, slash).trim(), v.substring(slash + 1).trim());
    }

    private static TimeFilter interval(String a, String b) {
        boolean aOpen = a.isEmpty() || a.equals(OPEN);
        boolean bOpen = b.isEmpty() || b.equals(OPEN);
        if (aOpen && bOpen) {
            throw new IllegalArgumentException("an interval needs at least one end; both are open");
        }
        if (isDuration(a) && isDuration(b)) {
            throw new IllegalArgumentException("an interval needs at least one instant; both ends are durations");
        }
        Instant start = aOpen || isDuration(a) ? null : instant(a);
        Instant end = bOpen || isDuration(b) ? null : instant(b);
        if (isDuration(a)) {
            start = shift(end, a, -1);
        }
        if (isDuration(b)) {
            if (aOpen) {
                throw new IllegalArgumentException("a duration needs an instant at the other end");
            }
            end = shift(start, b, 1);
        }
        if (start != null && end != null && start.isAfter(end)) {
            throw new IllegalArgumentException("the start of the interval is after its end");
        }
        return new TimeFilter(start, end);
    }

    private static boolean isDuration(String s) {
        return s.startsWith("P") || s.startsWith("p");
    }

    /** {@code from} moved by the ISO 8601 duration {@code iso} in {@code direction} (+1 later, -1 earlier). */
    private static Instant shift(Instant from, String iso, int direction) {
        if (from == null) {
            throw new IllegalArgumentException("a duration needs an instant at the other end");
        }
        String d = iso.toUpperCase(Locale.ROOT);
        try {
            int t = d.indexOf('T');
            Period period = t == 1 ? Period.ZERO : Period.parse(t < 0 ? d : d.substring(0, t));
            Duration time = t < 0 ? Duration.ZERO : Duration.parse("P" + d.substring(t));
            if (period.isNegative() || time.isNegative()) {
                throw new IllegalArgumentException("a duration must not be negative: '" + iso + "'");
            }
            OffsetDateTime at = from.atOffset(ZoneOffset.UTC);
            return inYears((direction > 0 ? at.plus(period).plus(time) : at.minus(period).minus(time)).toInstant(), iso);
        } catch (java.time.DateTimeException | ArithmeticException e) {
            throw new IllegalArgumentException("not an ISO 8601 duration (such as P7D, P1M, PT12H): '" + iso + "'", e);
        }
    }

    /** {@code at} when its year is one of 0001–9999 (the years a URL may name), else refused. */
    private static Instant inYears(Instant at, String text) {
        int year = at.atOffset(ZoneOffset.UTC).getYear();
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("reaches beyond the years 0001 to 9999: '" + text + "'");
        }
        return at;
    }

    private static Instant instant(String s) {
        String v = s.toUpperCase(Locale.ROOT);
        if (!WireFormat.startsWithYear(v)) {
            throw new IllegalArgumentException("a date-time starts with a four-digit year from 0001 to 9999: '" + s + "'");
        }
        try {
            if (DAY.matcher(v).matches()) {
                return LocalDate.parse(v.substring(0, 10)).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            if (v.endsWith("Z") || v.lastIndexOf('+') > 10 || v.lastIndexOf('-') > 10) {
                return inYears(OffsetDateTime.parse(v).toInstant(), s);
            }
            return LocalDateTime.parse(v).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a date-time (RFC 3339, such as 2017-12-07T00:00:00Z) or a day "
                    + "(2017-12-07) that exists: '" + s + "'", e);
        }
    }

    /**
     * True when the period {@code [from, to)} of days (from null = since before every day, the source did not give
     * it; to exclusive, null = open) has an instant in this filter:
     * {@code from <= end} and {@code start < to}, each day standing for its first instant (00:00 UTC).
     */
    public boolean overlaps(LocalDate from, LocalDate to) {
        boolean startsInTime = end == null || from == null || !dayStart(from).isAfter(end);
        boolean lastsLongEnough = start == null || to == null || start.isBefore(dayStart(to));
        return startsInTime && lastsLongEnough;
    }

    private static Instant dayStart(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
