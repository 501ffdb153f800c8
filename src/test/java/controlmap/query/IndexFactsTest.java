package controlmap.query;

import controlmap.domain.Bbox;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import controlmap.domain.Actor;
import controlmap.domain.Claim;
import controlmap.domain.Place;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Envelope;

/** What the index tells about its data as a whole: change dates, extent, claims, places, actors. */
class IndexFactsTest {

    private static final ClaimIndex INDEX = ClaimIndex.build(
            List.of(Fixtures.square("p3", 4, 0), Fixtures.square("p2", 2, 0), Fixtures.square("p1", 0, 0)),
            Fixtures.ACTORS,
            ClaimTable.parse("""
                # id | source     | place    | actor             | from       | to         | reported   | rec | flags
                a    | sohr       | p1       | isis              | 2017-03-01 | 2017-05-01 | 2017-02-15 | 5   |
                b    | russia-mod | p2       | syrian-government | 2017-04-01 |            | 2017-06-30 | 2   |
                c    | sohr       | p2       | sdf               | 2017-04-01 | 2017-09-01 | 2017-04-02 | 9   |
                r    | sohr       | p1       | isis              | 2016-01-01 | 2019-01-01 | 2016-01-01 | 3   | retracted
                g    | sohr       | atlantis | isis              | 2015-01-01 | 2020-01-01 | 2015-01-01 | 1   |
                # a correction supersedes the first version
                v    | afp        | p1       | isis              | 2017-01-01 |            |            | 4   | v1
                v    | afp        | p1       | sdf               | 2017-02-01 |            |            | 7   | v2
                # retracted in its newest version
                w    | afp        | p2       | isis              | 2017-01-10 |            |            | 6   | v1
                w    | afp        | p2       | isis              | 2017-01-10 |            |            | 8   | v2 retracted
                """));

    @ParameterizedTest(name = "change dates of {0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        # source   | dates
        sohr       | 2017-03-01 2017-04-01 2017-05-01 2017-09-01
        russia-mod | 2017-04-01
        afp        | 2017-02-01
        -          | 2017-02-01 2017-03-01 2017-04-01 2017-05-01 2017-09-01
        diyaruna   | ''
        """)
    void changeDates(String source, String expected) {
        String got = INDEX.changeDates(source).stream().map(LocalDate::toString).collect(Collectors.joining(" "));

        assertEquals(expected, got);
    }

    @Test
    void claimsAreTheCurrentVersionsInForceSomewhereByRecorded() {
        List<Claim> claims = INDEX.claims();

        assertEquals("b a v c", claims.stream().map(Claim::id).collect(Collectors.joining(" ")));
        assertEquals("sdf", claims.get(2).actor());
        assertThrows(UnsupportedOperationException.class, () -> claims.remove(0));
    }

    @Test
    void correctionsAndRetractionsInAnswers() {
        assertEquals("v", INDEX.winner("p1", "afp", LocalDate.parse("2017-02-01"), null).orElseThrow().id());
        assertTrue(INDEX.winner("p1", "afp", LocalDate.parse("2017-01-15"), null).isEmpty());
        assertTrue(INDEX.winner("p2", "afp", LocalDate.parse("2017-02-01"), null).isEmpty());
    }

    @Test
    void extentSpansDatesOfClaimsAndEnvelopesOfPlaces() {
        Extent extent = INDEX.extent();

        assertEquals(new Extent(LocalDate.parse("2017-02-01"), LocalDate.parse("2017-09-01"),
                new Envelope(0, 5, 0, 1)), extent);
        extent.bbox().expandToInclude(100, 100);
        assertEquals(new Envelope(0, 5, 0, 1), INDEX.extent().bbox());
    }

    @Test
    void extentOfNothingHasNullFields() {
        assertEquals(new Extent(null, null, null), ClaimIndex.build(List.of(), List.of(), List.of()).extent());
        assertEquals(new Extent(null, null, new Envelope(0, 1, 0, 1)),
                ClaimIndex.build(List.of(Fixtures.square("p", 0, 0)), List.of(), List.of()).extent());
    }

    @Test
    void placesAndActorsById() {
        assertEquals("p1 p2 p3", INDEX.places().stream().map(Place::id).collect(Collectors.joining(" ")));
        assertEquals("p2", INDEX.place("p2").orElseThrow().id());
        assertTrue(INDEX.place("atlantis").isEmpty());
        assertEquals("isis not-isis not-sdf sdf syrian-government",
                INDEX.actors().stream().map(Actor::id).collect(Collectors.joining(" ")));
        assertEquals("isis", INDEX.actor("not-isis").orElseThrow().negates());
        assertTrue(INDEX.actor("mystery").isEmpty());
    }

    @Test
    void anUnknownPlaceHasNoAnswers() {
        LocalDate day = LocalDate.parse("2017-06-01");

        assertTrue(INDEX.winner("atlantis", "sohr", day, null).isEmpty());
        assertTrue(INDEX.timeline("atlantis", null).isEmpty());
        assertTrue(INDEX.control(new ControlQuery(day, "sohr", null, null)).stream()
                .noneMatch(e -> e.place().id().equals("atlantis")));
    }

    @Test
    void aDateIsRequired() {
        assertThrows(NullPointerException.class, () -> new ControlQuery(null, null, null, null));
        assertThrows(NullPointerException.class, () -> INDEX.disputes(null, null, null, null));
        assertThrows(NullPointerException.class, () -> INDEX.winner("p1", "sohr", null, null));
    }

    @Test
    void aBoxWithoutPlacesSeesNothing() {
        LocalDate day = LocalDate.parse("2017-06-01");

        assertTrue(INDEX.control(new ControlQuery(day, null, null, new Bbox(170, 80, 171, 81))).isEmpty());
        assertTrue(INDEX.disputes(day, null, null, new Bbox(170, 80, -179, 81)).isEmpty());
    }

    @Test
    void aClaimWithoutTheDayItWasSaidIsRefused() {
        Claim c = ClaimBuilder.claim("x").build();
        Claim unreported = new Claim(c.id(), c.source(), c.place(), c.actor(), c.validFrom(), null,
                c.datePrecision(), null, c.reportedOnPrecision(), c.basis(), c.quote(), null, c.article(), null, null,
                null, null, 1, 1, null, null, null);

        assertThrows(NullPointerException.class,
                () -> ClaimIndex.build(INDEX.places(), INDEX.actors(), List.of(unreported)));
    }

    @Test
    void theExtentStartsOnAStatedDayNeverBeforeEveryDay() {
        Claim unstated = ClaimBuilder.claim("u").place(INDEX.places().iterator().next().id()).unstatedStart()
                .to("2017-10-15").reported("2018-01-26").build();

        Extent e = ClaimIndex.build(INDEX.places(), INDEX.actors(), List.of(unstated)).extent();

        assertEquals(LocalDate.parse("2017-10-14"), e.first(), "the last day the claim is in force");
        assertEquals(LocalDate.parse("2018-01-26"), e.last());
    }
}
