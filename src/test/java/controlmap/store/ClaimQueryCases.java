package controlmap.store;

import static controlmap.store.StoreFixtures.box;
import static controlmap.store.StoreFixtures.day;

import controlmap.domain.Basis;
import controlmap.domain.Bbox;
import controlmap.domain.Claim;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The claims the filter tests store, and each query with the claim ids it must return, in {@code recorded} order.
 * Claim {@code e} is retracted after it is added.
 */
public final class ClaimQueryCases {

    private ClaimQueryCases() {
    }

    /** Added in this order, so recorded order is a, b, c, d, e. */
    public static List<Claim> claims() {
        return List.of(
                StoreFixtures.claim("a").valid("2014-01-13", "2017-10-17").build(),
                StoreFixtures.claim("b").actor("sdf").valid("2017-10-17", null).build(),
                StoreFixtures.claim("c").source("russia-mod").place("deir-camp").actor("syrian-government")
                        .valid("2017-11-03", null).geometry(StoreFixtures.DAMASCUS_WKT).build(),
                StoreFixtures.claim("d").source("russia-mod").valid("2017-12-07", "2018-01-01")
                        .basis(Basis.BLANKET).build(),
                StoreFixtures.claim("e").place("deir-camp").valid("2016-05-01", "2017-11-03").build());
    }

    public static final String RETRACTED = "e";

    static Stream<Arguments> cases() {
        return Stream.of(
                of("no filter", q(), "a", "b", "c", "d"),
                of("everything", ClaimQuery.everything(), "a", "b", "c", "d", "e"),
                of("source sohr", q().source("sohr"), "a", "b"),
                of("source russia-mod", q().source("russia-mod"), "c", "d"),
                of("unknown source", q().source("nobody")),
                of("place raqqa-city", q().place("raqqa-city"), "a", "b", "d"),
                of("actor isis", q().actor("isis"), "a", "d"),
                of("actor isis, retracted too", q().actor("isis").retracted(), "a", "d", "e"),
                of("from = a's exclusive end", q().from("2017-10-17"), "b", "c", "d"),
                of("from = a's last day", q().from("2017-10-16"), "a", "b", "c", "d"),
                of("to before b starts", q().to("2017-10-16"), "a"),
                of("to = b's first day", q().to("2017-10-17"), "a", "b"),
                of("November 2017", q().from("2017-11-01").to("2017-11-30"), "b", "c"),
                of("from d's exclusive end", q().from("2018-01-01"), "b", "c"),
                of("bbox inside Raqqa (place shape)", q().bbox(box(38.95, 35.92, 39.05, 35.98)), "a", "b", "d"),
                of("bbox on deir-camp: c has its own shape elsewhere", q().bbox(box(40.05, 35.25, 40.1, 35.3))),
                of("bbox on deir-camp, retracted too", q().bbox(box(40.05, 35.25, 40.1, 35.3)).retracted(), "e"),
                of("bbox on c's own shape", q().bbox(box(36.25, 33.45, 36.3, 33.5)), "c"),
                of("bbox in the empty corner of the triangle's envelope",
                        q().bbox(box(40.18, 35.38, 40.19, 35.39)).retracted()),
                of("bbox touching Raqqa's edge", q().bbox(box(39.1, 35.95, 39.2, 35.97)), "a", "b", "d"),
                of("bbox covering everything", q().bbox(box(30, 30, 45, 40)), "a", "b", "c", "d"),
                of("bbox across the antimeridian, Raqqa in its western part",
                        q().bbox(box(38.95, 35.92, -170, 35.98)), "a", "b", "d"),
                of("bbox across the antimeridian, c's own shape in its eastern part",
                        q().bbox(box(170, 33.45, 36.3, 33.5)), "c"),
                of("source + actor + retracted", q().source("sohr").actor("isis").retracted(), "a", "e"),
                of("every filter at once", q().source("sohr").place("raqqa-city").actor("sdf").from("2020-01-01")
                        .to("2020-01-01").bbox(box(38, 35, 40, 37)), "b"));
    }

    private static Arguments of(String name, Q query, String... ids) {
        return Arguments.of(name, query.build(), List.of(ids));
    }

    private static Arguments of(String name, ClaimQuery query, String... ids) {
        return Arguments.of(name, query, List.of(ids));
    }

    private static Q q() {
        return new Q();
    }

    /** A ClaimQuery built field by field. */
    private static final class Q {
        private String source;
        private String place;
        private String actor;
        private LocalDate from;
        private LocalDate to;
        private Bbox bbox;
        private boolean retracted;

        Q source(String s) {
            source = s;
            return this;
        }

        Q place(String p) {
            place = p;
            return this;
        }

        Q actor(String a) {
            actor = a;
            return this;
        }

        Q from(String d) {
            from = day(d);
            return this;
        }

        Q to(String d) {
            to = day(d);
            return this;
        }

        Q bbox(Bbox b) {
            bbox = b;
            return this;
        }

        Q retracted() {
            retracted = true;
            return this;
        }

        ClaimQuery build() {
            return new ClaimQuery(source, place, actor, from, to, bbox, retracted);
        }
    }
}
