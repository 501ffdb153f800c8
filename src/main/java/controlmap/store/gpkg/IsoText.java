package controlmap.store.gpkg;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Dates and instants as the store writes them: ISO days ({@code 2017-12-07}) and GeoPackage DATETIME
 * ({@code 2017-12-07T10:15:30.123Z}, UTC, milliseconds). Reading them back is on the start-up path (several per
 * claim), so the fixed layouts are parsed by hand; anything else goes through {@code java.time}.
 */
final class IsoText {

    private static final DateTimeFormatter DATETIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private IsoText() {
    }

    static String text(LocalDate d) {
        return d == null ? null : d.toString();
    }

    static String text(Instant t) {
        return t == null ? null : DATETIME.format(t);
    }

    static LocalDate date(String s) {
        if (s == null) {
            return null;
        }
        if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
            return LocalDate.of(digits(s, 0, 4), digits(s, 5, 7), digits(s, 8, 10));
        }
        return LocalDate.parse(s);
    }

    static Instant instant(String s) {
        if (s == null) {
            return null;
        }
        if (s.length() == 24 && s.charAt(10) == 'T' && s.charAt(19) == '.' && s.charAt(23) == 'Z') {
            return LocalDateTime.of(date(s.substring(0, 10)), LocalTime.of(digits(s, 11, 13),
                    digits(s, 14, 16), digits(s, 17, 19), digits(s, 20, 23) * 1_000_000)).toInstant(ZoneOffset.UTC);
        }
        return Instant.parse(s);
    }

    /** The non-negative number written in {@code s[from, to)}; throws on anything but ASCII digits. */
    private static int digits(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char ch = s.charAt(i);
            if (ch < '0' || ch > '9') {
                throw new DateTimeParseException("not an ISO date or time", s, i);
            }
            n = n * 10 + (ch - '0');
        }
        return n;
    }
}
