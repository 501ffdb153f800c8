package controlmap.store.jdbc;

import controlmap.domain.Basis;
import controlmap.domain.Claim;
import controlmap.domain.DatePrecision;
import controlmap.domain.Extent;
import controlmap.domain.Retraction;
import controlmap.domain.Stance;
import controlmap.store.SharedValues;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Geometry;

/**
 * The columns {@code claims} and {@code claim_history} share in every SQL store, one per {@link Claim} field except
 * the shape, and how a claim is bound to them and read back: enums by wire name, days and instants as the
 * {@link SqlDialect} keeps them. Each store puts its shape column(s) after these, from parameter / column
 * {@code COUNT + 1} on.
 *
 * <p>A claim is retracted when any of {@code retracted_by}, {@code retracted_at}, {@code retraction_reason} is set.
 */
public final class ClaimColumns {

    /** The shared columns, in bind/read order; parameters 1 to {@link #COUNT}. */
    public static final String LIST = "id, source, place, actor, valid_from, valid_to, date_precision,"
            + " reported_on, reported_on_precision, basis, quote, url, article, article_ref, speaker, note,"
            + " version, recorded, recorded_at, editor, retracted_by, retracted_at, retraction_reason,"
            + " stance, extent, publisher, published_on";

    public static final int COUNT = 27;

    /** SQL that is true for a row not retracted. */
    public static final String NOT_RETRACTED =
            "retracted_by IS NULL AND retracted_at IS NULL AND retraction_reason IS NULL";

    private static final Map<String, DatePrecision> PRECISIONS =
            Arrays.stream(DatePrecision.values()).collect(Collectors.toMap(DatePrecision::wire, p -> p));
    private static final Map<String, Basis> BASES =
            Arrays.stream(Basis.values()).collect(Collectors.toMap(Basis::wire, b -> b));
    private static final Map<String, Stance> STANCES =
            Arrays.stream(Stance.values()).collect(Collectors.toMap(Stance::wire, b -> b));
    private static final Map<String, Extent> EXTENTS =
            Arrays.stream(Extent.values()).collect(Collectors.toMap(Extent::wire, b -> b));

    private final SqlDialect dialect;

    public ClaimColumns(SqlDialect dialect) {
        this.dialect = dialect;
    }

    /** Binds parameters 1 to {@link #COUNT}: every field but the shape. */
    public void bind(PreparedStatement ps, Claim c) throws SQLException {
        int i = 1;
        ps.setString(i++, c.id());
        ps.setString(i++, c.source());
        ps.setString(i++, c.place());
        ps.setString(i++, c.actor());
        dialect.bindDate(ps, i++, c.validFrom());
        dialect.bindDate(ps, i++, c.validTo());
        ps.setString(i++, c.datePrecision() == null ? null : c.datePrecision().wire());
        dialect.bindDate(ps, i++, c.reportedOn());
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
        dialect.bindInstant(ps, i++, c.recordedAt());
        ps.setString(i++, c.editor());
        Retraction r = c.retraction();
        ps.setString(i++, r == null ? null : r.by());
        dialect.bindInstant(ps, i++, r == null ? null : r.at());
        ps.setString(i++, r == null ? null : r.reason());
        ps.setString(i++, c.stance().wire());
        ps.setString(i++, c.extent().wire());
        ps.setString(i++, c.publisher());
        dialect.bindDate(ps, i, c.publishedOn());
    }

    /** The claim in columns 1 to {@link #COUNT} of the current row, with {@code geometry} (may be null). */
    public Claim read(ResultSet rs, Geometry geometry) throws SQLException {
        return read(rs, geometry, new SharedValues());
    }

    /** As {@link #read(ResultSet, Geometry)}, sharing repeated values with the other rows read with {@code shared}. */
    public Claim read(ResultSet rs, Geometry geometry, SharedValues shared) throws SQLException {
        return new Claim(rs.getString(1), shared.text(rs.getString(2)), shared.text(rs.getString(3)),
                shared.text(rs.getString(4)), dialect.date(rs, 5, shared), dialect.date(rs, 6, shared),
                wire(PRECISIONS, rs.getString(7)), dialect.date(rs, 8, shared), wire(PRECISIONS, rs.getString(9)),
                wire(BASES, rs.getString(10)), wire(STANCES, rs.getString(24)), wire(EXTENTS, rs.getString(25)),
                rs.getString(11), shared.text(rs.getString(12)),
                shared.text(rs.getString(13)), shared.text(rs.getString(14)), shared.text(rs.getString(15)),
                shared.text(rs.getString(16)), shared.text(rs.getString(26)), dialect.date(rs, 27, shared),
                geometry, rs.getInt(17), rs.getLong(18),
                dialect.instant(rs, 19, shared), shared.text(rs.getString(20)), retraction(rs, shared));
    }

    private Retraction retraction(ResultSet rs, SharedValues shared) throws SQLException {
        String by = rs.getString(21);
        java.time.Instant at = dialect.instant(rs, 22, shared);
        String reason = rs.getString(23);
        if (by == null && at == null && reason == null) {
            return null;
        }
        return new Retraction(shared.text(by), at, reason);
    }

    /** The enum constant whose wire name is {@code s}; a map lookup, as this runs several times per claim read. */
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
