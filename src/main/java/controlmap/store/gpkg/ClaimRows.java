package controlmap.store.gpkg;

import controlmap.domain.Basis;
import controlmap.domain.Claim;
import controlmap.domain.DatePrecision;
import controlmap.domain.Retraction;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.function.Function;
import org.locationtech.jts.geom.Geometry;

/**
 * The columns {@code claims} and {@code claim_history} share, one per {@link Claim} field except the geometry, and
 * how a claim is bound to them and read back. Dates are ISO days; instants are GeoPackage DATETIME text
 * ({@code 2017-12-07T10:15:30.123Z}, UTC, milliseconds), which is why {@link #stored} truncates them.
 *
 * <p>A claim is retracted when any of {@code retracted_by}, {@code retracted_at}, {@code retraction_reason} is set.
 */
final class ClaimRows {

    /** The shared columns, in bind/read order; parameters 1 to {@link #COUNT}. */
    static final String COLUMNS = "claim_id, source, place, actor, valid_from, valid_to, date_precision,"
            + " reported_on, reported_on_precision, basis, quote, url, article, article_ref, speaker, note,"
            + " version, recorded, recorded_at, editor, retracted_by, retracted_at, retraction_reason";

    static final int COUNT = 23;

    /** SQL that is true for a row not retracted. */
    static final String NOT_RETRACTED = "COALESCE(retracted_by, retracted_at, retraction_reason) IS NULL";

    private static final DateTimeFormatter DATETIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private ClaimRows() {
    }

    /** An instant as the store keeps it: to the millisecond. */
    static Instant stored(Instant t) {
        return t == null ? null : t.truncatedTo(ChronoUnit.MILLIS);
    }

    static void bind(PreparedStatement ps, Claim c) throws SQLException {
        int i = 1;
        ps.setString(i++, c.id());
        ps.setString(i++, c.source());
        ps.setString(i++, c.place());
        ps.setString(i++, c.actor());
        ps.setString(i++, text(c.validFrom()));
        ps.setString(i++, text(c.validTo()));
        ps.setString(i++, c.datePrecision() == null ? null : c.datePrecision().wire());
        ps.setString(i++, text(c.reportedOn()));
        ps.setString(i++, c.reportedOnPrecision() == null ? null : c.reportedOnPrecision().wire());
        ps.setString(i++, c.basis() == null ? null : c.basis().wire());
        ps.setString(i++, c.quote());
        ps.setString(i++, c.url());
        ps.setString(i++, c.article());
        ps.setString(i++, c.articleRef());
        ps.setString(i++, c.speaker());
        ps.setString(i++, c.note());
        ps.setInt(i++, c.version());
        ps.setLong(i++, c.recorded());
        ps.setString(i++, text(c.recordedAt()));
        ps.setString(i++, c.editor());
        Retraction r = c.retraction();
        ps.setString(i++, r == null ? null : r.by());
        ps.setString(i++, r == null ? null : text(r.at()));
        ps.setString(i, r == null ? null : r.reason());
    }

    /** The claim in columns 1 to {@link #COUNT} of the current row, with {@code geometry} (may be null). */
    static Claim read(ResultSet rs, Geometry geometry) throws SQLException {
        return new Claim(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                date(rs.getString(5)), date(rs.getString(6)), parse(rs.getString(7), DatePrecision::fromWire),
                date(rs.getString(8)), parse(rs.getString(9), DatePrecision::fromWire),
                parse(rs.getString(10), Basis::fromWire),
                rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14), rs.getString(15),
                rs.getString(16), geometry,
                rs.getInt(17), rs.getLong(18), instant(rs.getString(19)), rs.getString(20), retraction(rs));
    }

    private static Retraction retraction(ResultSet rs) throws SQLException {
        String by = rs.getString(21);
        String at = rs.getString(22);
        String reason = rs.getString(23);
        if (by == null && at == null && reason == null) {
            return null;
        }
        return new Retraction(by, instant(at), reason);
    }

    private static String text(LocalDate d) {
        return d == null ? null : d.toString();
    }

    private static String text(Instant t) {
        return t == null ? null : DATETIME.format(t);
    }

    private static LocalDate date(String s) {
        return s == null ? null : LocalDate.parse(s);
    }

    private static Instant instant(String s) {
        return s == null ? null : Instant.parse(s);
    }

    private static <T> T parse(String s, Function<String, T> fromWire) {
        return s == null ? null : fromWire.apply(s);
    }
}
