package controlmap.cql2;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Reading the instants of CQL2 (dates, timestamps, open interval ends), the same for both encodings. */
final class Instants {

    private Instants() {
    }

    /** {@code YYYY-MM-DD}. */
    static Operand.Day day(String text, String what) {
        try {
            return new Operand.Day(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            throw new Cql2Exception(what + ": '" + text + "' is not a day (YYYY-MM-DD)");
        }
    }

    /** An RFC 3339 timestamp with its offset ({@code 2017-12-08T10:00:00Z}). */
    static Operand.Timestamp timestamp(String text, String what) {
        try {
            return new Operand.Timestamp(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            throw new Cql2Exception(what + ": '" + text + "' is not a timestamp (e.g. 2017-12-08T10:00:00Z)");
        }
    }

    /** An end of an interval: {@code '..'} (open), a day or a timestamp. */
    static Operand bound(String text, String what) {
        if (text.equals("..")) {
            return Operand.OPEN;
        }
        return text.length() == 10 ? day(text, what) : timestamp(text, what);
    }

    /** A day as the first instant of it, UTC. */
    static Instant start(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
