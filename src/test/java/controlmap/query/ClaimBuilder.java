package controlmap.query;

import controlmap.domain.Basis;
import controlmap.domain.Claim;
import controlmap.domain.DatePrecision;
import controlmap.domain.Retraction;
import java.time.Instant;
import java.time.LocalDate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/** Test-only: builds a {@link Claim} from the few fields the as-of rule looks at; the rest get harmless values. */
final class ClaimBuilder {

    private final String id;
    private String source = "sohr";
    private String place = "p";
    private String actor = "isis";
    private LocalDate from = LocalDate.parse("2017-01-01");
    private LocalDate to;
    private LocalDate reported;
    private long recorded;
    private int version = 1;
    private Geometry geometry;
    private Retraction retraction;

    private ClaimBuilder(String id) {
        this.id = id;
    }

    static ClaimBuilder claim(String id) {
        return new ClaimBuilder(id);
    }

    ClaimBuilder source(String s) {
        source = s;
        return this;
    }

    ClaimBuilder place(String p) {
        place = p;
        return this;
    }

    ClaimBuilder actor(String a) {
        actor = a;
        return this;
    }

    ClaimBuilder from(String day) {
        from = LocalDate.parse(day);
        return this;
    }

    ClaimBuilder from(LocalDate day) {
        from = day;
        return this;
    }

    /** The first day no longer in force; null for open. */
    ClaimBuilder to(String day) {
        to = day == null ? null : LocalDate.parse(day);
        return this;
    }

    ClaimBuilder to(LocalDate day) {
        to = day;
        return this;
    }

    /** When the source said it; defaults to {@code from}. */
    ClaimBuilder reported(String day) {
        reported = day == null ? null : LocalDate.parse(day);
        return this;
    }

    ClaimBuilder reported(LocalDate day) {
        reported = day;
        return this;
    }

    ClaimBuilder recorded(long seq) {
        recorded = seq;
        return this;
    }

    ClaimBuilder version(int v) {
        version = v;
        return this;
    }

    ClaimBuilder geometry(String wkt) {
        geometry = wkt == null ? null : wkt(wkt);
        return this;
    }

    ClaimBuilder geometry(Geometry g) {
        geometry = g;
        return this;
    }

    ClaimBuilder retracted() {
        retraction = new Retraction("tester", Instant.EPOCH, "test");
        return this;
    }

    Claim build() {
        return new Claim(id, source, place, actor, from, to, DatePrecision.DAY, reported == null ? from : reported,
                DatePrecision.DAY, Basis.EXPLICIT, "quote", null, "article", null, null, null, geometry, version,
                recorded, Instant.EPOCH, "tester", retraction);
    }

    static Geometry wkt(String wkt) {
        try {
            return new WKTReader().read(wkt);
        } catch (ParseException e) {
            throw new IllegalArgumentException(wkt, e);
        }
    }
}
