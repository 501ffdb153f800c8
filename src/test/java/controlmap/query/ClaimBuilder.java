package controlmap.query;

import controlmap.domain.Basis;
import controlmap.domain.Claim;
import controlmap.domain.DatePrecision;
import controlmap.domain.Extent;
import controlmap.domain.Retraction;
import controlmap.domain.Stance;
import java.time.Instant;
import java.time.LocalDate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * Test-only: builds a {@link Claim}, every field set to a harmless value until a with-method changes it. The one
 * builder of test claims: {@link #claim} starts from what the as-of rule tests want, and
 * {@code controlmap.store.StoreFixtures.claim} from plausible stored data.
 */
public final class ClaimBuilder {

    private final String id;
    private String source = "sohr";
    private String place = "p";
    private String actor = "isis";
    private LocalDate from = LocalDate.parse("2017-01-01");
    private LocalDate to;
    private LocalDate reported;
    private Basis basis = Basis.EXPLICIT;
    private Stance stance = Stance.CONTROL;
    private Extent extent = Extent.WHOLE;
    private String publisher;
    private LocalDate publishedOn;
    private String quote = "quote";
    private String url;
    private String article = "article";
    private long recorded;
    private int version = 1;
    private Instant recordedAt = Instant.EPOCH;
    private String editor = "tester";
    private Geometry geometry;
    private Retraction retraction;

    private ClaimBuilder(String id) {
        this.id = id;
    }

    public static ClaimBuilder claim(String id) {
        return new ClaimBuilder(id);
    }

    public ClaimBuilder source(String s) {
        source = s;
        return this;
    }

    public ClaimBuilder place(String p) {
        place = p;
        return this;
    }

    public ClaimBuilder actor(String a) {
        actor = a;
        return this;
    }

    public ClaimBuilder from(String day) {
        return from(day(day));
    }

    public ClaimBuilder from(LocalDate day) {
        from = day;
        return this;
    }

    /** The first day no longer in force; null for open. */
    public ClaimBuilder to(String day) {
        return to(day(day));
    }

    public ClaimBuilder to(LocalDate day) {
        to = day;
        return this;
    }

    /** No validFrom: the source did not say since when (reported on 2017-01-01 unless {@link #reported} says). */
    public ClaimBuilder unstatedStart() {
        from = null;
        return this;
    }

    /** {@link #from} and {@link #to} at once. */
    public ClaimBuilder valid(String fromDay, String toDay) {
        return from(fromDay).to(toDay);
    }

    /** When the source said it; defaults to {@code from}. */
    public ClaimBuilder reported(String day) {
        return reported(day(day));
    }

    public ClaimBuilder reported(LocalDate day) {
        reported = day;
        return this;
    }

    public ClaimBuilder basis(Basis b) {
        basis = b;
        return this;
    }

    public ClaimBuilder stance(Stance s) {
        stance = s;
        return this;
    }

    public ClaimBuilder extent(Extent e) {
        extent = e;
        return this;
    }

    /** A presence claim: the actor is there, not holding the place. */
    public ClaimBuilder presence() {
        return stance(Stance.PRESENCE);
    }

    /** A claim about part of the place. */
    public ClaimBuilder part() {
        return extent(Extent.PART);
    }

    /** The article's outlet and publication day. */
    public ClaimBuilder published(String by, String on) {
        publisher = by;
        publishedOn = day(on);
        return this;
    }

    public ClaimBuilder quote(String q) {
        quote = q;
        return this;
    }

    public ClaimBuilder url(String u) {
        url = u;
        return this;
    }

    public ClaimBuilder article(String a) {
        article = a;
        return this;
    }

    public ClaimBuilder recorded(long seq) {
        recorded = seq;
        return this;
    }

    public ClaimBuilder version(int v) {
        version = v;
        return this;
    }

    /** When and by whom the version was recorded (both null for a claim not stored yet). */
    public ClaimBuilder recordedBy(Instant at, String by) {
        recordedAt = at;
        editor = by;
        return this;
    }

    public ClaimBuilder geometry(String wkt) {
        return geometry(wkt == null ? null : wkt(wkt));
    }

    public ClaimBuilder geometry(Geometry g) {
        geometry = g;
        return this;
    }

    public ClaimBuilder retracted() {
        retraction = new Retraction("tester", Instant.EPOCH, "test");
        return this;
    }

    public Claim build() {
        LocalDate said = reported != null ? reported : from != null ? from : LocalDate.parse("2017-01-01");
        return new Claim(id, source, place, actor, from, to, from == null ? null : DatePrecision.DAY, said,
                DatePrecision.DAY, basis, stance, extent, quote, url, article, null, null, null, publisher,
                publishedOn, geometry, version, recorded, recordedAt, editor, retraction);
    }

    public static Geometry wkt(String wkt) {
        try {
            return new WKTReader().read(wkt);
        } catch (ParseException e) {
            throw new IllegalArgumentException(wkt, e);
        }
    }

    private static LocalDate day(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }
}
