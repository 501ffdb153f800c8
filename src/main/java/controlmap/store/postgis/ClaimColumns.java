package controlmap.store.postgis;

import controlmap.domain.Basis;
import controlmap.domain.Claim;
import controlmap.domain.DatePrecision;
import controlmap.domain.Retraction;
import controlmap.store.SharedValues;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Geometry;

/**
 * The columns {@code claims} and {@code claim_history} share, one per {@link Claim} field except the shape, and how
 * a claim is bound to them and read back: days as {@code date}, instants as {@code timestamptz}, enums by wire name.
 * The shape ({@code geom}, the claim's own, or null) follows them as parameter / column {@code COUNT + 1}.
 *
 * <p>A claim is retracted when any of {@code retracted_by}, {@code retracted_at}, {@code retraction_reason} is set.
 */
final class ClaimColumns {

    static final String LIST = "claim_id, source, place, actor, valid_from, valid_to, date_precision,"
            + " reported_on, reported_on_precision, basis, quote, url, article, article_ref, speaker, note,"
            + " version, recorded, recorded_at, editor, retracted_by, retracted_at, retraction_reason";

    static final int COUNT = 23;

    /** {@link #LIST} and the shape as WKB, for a SELECT. */
    static final String SELECT = LIST + ", ST_AsBinary(geom)";

    /** {@link #LIST} and {@code geom}, for an INSERT, with {@link #VALUES}. */
    static final String INSERT = LIST + ", geom";

    static final String VALUES = "?, ".repeat(COUNT) + Wkb.FROM_PARAM;

    /** SQL that is true for a row not retracted. */
    static final String NOT_RETRACTED = "retracted_by IS NULL AND retracted_at IS NULL AND retraction_reason IS NULL";

    private static final Map<String, DatePrecision> PRECISIONS =
            Arrays.stream(DatePrecision.values()).collect(Collectors.toMap(DatePrecision::wire, p -> p));
    private static final Map<String, Basis> BASES =
            Arrays.stream(Basis.values()).collect(Collectors.toMap(Basis::wire, b -> b));

    private ClaimColumns() {
    }

    /** Binds parameters 1 to {@code COUNT + 1}: every field, then the own shape as WKB (null when none). */
    static void bind(PreparedStatement ps, Claim c) throws SQLException {
        int i = 1;
        ps.setString(i++, c.id());
        ps.setString(i++, c.source());
        ps.setString(i++, c.place());
        ps.setString(i++, c.actor());
        ps.setObject(i++, c.validFrom(), Types.DATE);
        ps.setObject(i++, c.validTo(), Types.DATE);
        ps.setString(i++, c.datePrecision() == null ? null : c.datePrecision().wire());
        ps.setObject(i++, c.reportedOn(), Types.DATE);
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
        ps.setObject(i++, timestamp(c.recordedAt()), Types.TIMESTAMP_WITH_TIMEZONE);
        ps.setString(i++, c.editor());
        Retraction r = c.retraction();
        ps.setString(i++, r == null ? null : r.by());
        ps.setObject(i++, r == null ? null : timestamp(r.at()), Types.TIMESTAMP_WITH_TIMEZONE);
        ps.setString(i++, r == null ? null : r.reason());
        ps.setBytes(i, Wkb.encode(c.geometry()));
    }

    /** The claim in the columns of {@link #SELECT} of the current row. */
    static Claim read(ResultSet rs) throws SQLException {
        return read(rs, new SharedValues());
    }

    /** As {@link #read(ResultSet)}, sharing repeated values with the other rows read with {@code shared}. */
    static Claim read(ResultSet rs, SharedValues shared) throws SQLException {
        return new Claim(rs.getString(1), shared.text(rs.getString(2)), shared.text(rs.getString(3)),
                shared.text(rs.getString(4)), shared.value(rs.getObject(5, LocalDate.class)),
                shared.value(rs.getObject(6, LocalDate.class)), wire(PRECISIONS, rs.getString(7)),
                shared.value(rs.getObject(8, LocalDate.class)), wire(PRECISIONS, rs.getString(9)),
                wire(BASES, rs.getString(10)), rs.getString(11), shared.text(rs.getString(12)),
                shared.text(rs.getString(13)), shared.text(rs.getString(14)), shared.text(rs.getString(15)),
                shared.text(rs.getString(16)), shape(rs), rs.getInt(17), rs.getLong(18),
                shared.value(instant(rs, 19)), shared.text(rs.getString(20)), retraction(rs));
    }

    private static Geometry shape(ResultSet rs) throws SQLException {
        return Wkb.decode(rs.getBytes(COUNT + 1));
    }

    static OffsetDateTime timestamp(Instant t) {
        return t == null ? null : OffsetDateTime.ofInstant(t, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static Retraction retraction(ResultSet rs) throws SQLException {
        String by = rs.getString(21);
        Instant at = instant(rs, 22);
        String reason = rs.getString(23);
        if (by == null && at == null && reason == null) {
            return null;
        }
        return new Retraction(by, at, reason);
    }

    private static <T> T wire(Map<String, T> byWire, String s) {
        if (s == null) {
            return null;
        }
        T value = byWire.get(s);
        if (value == null) {
            throw new IllegalStateException("unknown value in the store: " + s);
        }
        return value;
    }
}
