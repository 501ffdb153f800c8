package controlmap.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import controlmap.domain.Claim;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Disputes: when the winners of several sources for one place disagree. */
class DisputesTest {

    private static final LocalDate DAY = LocalDate.parse("2017-12-07");

    @ParameterizedTest(name = "sohr says {0}, russia-mod says {1} -> disputed: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        # sohr            | russia-mod        | disputed
        isis              | syrian-government | true
        isis              | isis              | false
        # a negating actor only conflicts with the actor it negates
        not-isis          | isis              | true
        isis              | not-isis          | true
        not-isis          | syrian-government | false
        syrian-government | not-isis          | false
        not-isis          | not-isis          | false
        not-isis          | not-sdf           | false
        # an actor we do not know conflicts with every other id
        mystery           | isis              | true
        not-isis          | mystery           | true
        mystery           | mystery           | false
        """)
    void twoSources(String sohrActor, String russiaActor, boolean disputed) {
        ClaimIndex index = ClaimIndex.build(Fixtures.squares("p"), Fixtures.ACTORS, ClaimTable.parse("""
                a | sohr       | p | %s | 2017-12-01 |
                b | russia-mod | p | %s | 2017-12-01 |
                """.formatted(sohrActor, russiaActor)));

        List<Dispute> disputes = index.disputes(DAY, null, null, null);

        assertEquals(disputed ? "p: b a" : "", render(disputes)); // by source id: russia-mod, sohr
    }

    @ParameterizedTest(name = "sohr says {0}, russia-mod says {1} -> disputed: {2}")
    @CsvSource(delimiter = '|', textBlock = """
        # sohr: actor and flags | russia-mod: actor and flags | disputed
        # whole against whole, whole against part: conflict
        isis                    | syrian-government           | true
        isis part               | syrian-government           | true
        isis                    | syrian-government part      | true
        # two parts held by different actors can both be true
        isis part               | syrian-government part      | false
        # presence is not control: it never makes a dispute
        isis presence           | syrian-government           | false
        isis                    | syrian-government presence  | false
        isis presence part      | syrian-government           | false
        isis presence           | syrian-government presence  | false
        # the actor rule still applies to control claims about part of the place
        isis part               | not-isis                    | true
        not-isis part           | syrian-government           | false
        """)
    void stanceAndExtent(String sohr, String russia, boolean disputed) {
        ClaimIndex index = ClaimIndex.build(Fixtures.squares("p"), Fixtures.ACTORS, ClaimTable.parse("""
                a | sohr       | p | %s | 2017-12-01 | | | | %s
                b | russia-mod | p | %s | 2017-12-01 | | | | %s
                """.formatted(actorOf(sohr), flagsOf(sohr), actorOf(russia), flagsOf(russia))));

        assertEquals(disputed ? "p: b a" : "", render(index.disputes(DAY, null, null, null)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # a presence claim among three sources only drops out of the comparison; the dispute lists every winner
        three sources, one presence | isis presence | syrian-government | sdf | p: c b a
        presence beside agreement   | isis presence | sdf               | sdf | ''
        """)
    void aPresenceClaimIsListedButDisputesNothing(String name, String sohr, String russia, String afp,
                                                  String expected) {
        ClaimIndex index = ClaimIndex.build(Fixtures.squares("p"), Fixtures.ACTORS, ClaimTable.parse("""
                a | sohr       | p | %s | 2017-12-01 | | | | %s
                b | russia-mod | p | %s | 2017-12-01 | | | | %s
                c | afp        | p | %s | 2017-12-01 | | | | %s
                """.formatted(actorOf(sohr), flagsOf(sohr), actorOf(russia), flagsOf(russia), actorOf(afp),
                flagsOf(afp))));

        assertEquals(expected, render(index.disputes(DAY, null, null, null)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        # a start not given is in force before every stated day, so it can be disputed then
        1990-01-01 | -          | p: b a
        2017-10-14 | -          | p: b a
        # from the day the other source's claim ends, nothing to compare
        2017-10-15 | -          | ''
        # as known before the claim was reported: nothing to compare
        2017-10-14 | 2018-01-25 | ''
        """)
    void unstatedStarts(LocalDate day, LocalDate asOf, String expected) {
        ClaimIndex index = ClaimIndex.build(Fixtures.squares("p"), Fixtures.ACTORS, ClaimTable.parse("""
                a | sohr       | p | isis              |            | 2017-10-15 | 2018-01-26 | |
                b | russia-mod | p | syrian-government | 1980-01-01 |            | 1980-01-01 | |
                """));

        assertEquals(expected, render(index.disputes(day, null, asOf, null)));
    }

    private static String actorOf(String cell) {
        return cell.split(" ")[0];
    }

    private static String flagsOf(String cell) {
        int space = cell.indexOf(' ');
        return space < 0 ? "" : cell.substring(space + 1);
    }

    private static final ClaimIndex INDEX = ClaimIndex.build(
            Fixtures.squares("deir", "raqqa", "mayadin", "quiet"),
            Fixtures.ACTORS,
            ClaimTable.parse("""
                # id | source     | place   | actor             | from       | to         | reported   | rec | flags
                d1   | sohr       | deir    | isis              | 2017-09-01 | 2017-11-03 | 2017-09-02 |     |
                d2   | russia-mod | deir    | syrian-government | 2017-09-05 |            | 2017-09-06 |     |
                d3   | afp        | deir    | not-isis          | 2017-11-03 |            | 2017-11-20 |     |
                d4   | sohr       | deir    | syrian-government | 2017-11-03 |            | 2017-11-04 |     |
                d5   | diyaruna   | deir    | isis              | 2017-11-20 |            | 2017-11-20 |     |
                r1   | sohr       | raqqa   | sdf               | 2017-10-17 |            | 2017-10-17 |     |
                r2   | russia-mod | raqqa   | isis              | 2017-10-01 |            | 2017-10-01 |     |
                r3   | russia-mod | raqqa   | sdf               | 2017-10-20 |            | 2017-10-25 |     |
                r4   | afp        | raqqa   | isis              | 2017-10-01 |            | 2017-10-01 |     | retracted
                m1   | sohr       | mayadin | isis              | 2017-10-01 |            | 2017-10-01 |     |
                m2   | diyaruna   | mayadin | not-isis          | 2017-10-01 |            | 2017-10-01 |     |
                q1   | sohr       | quiet   | isis              | 2017-10-01 |            | 2017-10-01 |     |
                """));

    @ParameterizedTest(name = "{0} as of {1}, sources {2} -> {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        # date     | as of      | sources         | disputes: place: winning claims by source id, ';' between places
        2017-08-31 | -          | -               | ''
        2017-09-10 | -          | -               | deir: d2 d1
        2017-10-18 | -          | -               | deir: d2 d1; mayadin: m2 m1; raqqa: r2 r1
        2017-10-20 | -          | -               | deir: d2 d1; mayadin: m2 m1
        2017-10-20 | 2017-10-24 | -               | deir: d2 d1; mayadin: m2 m1; raqqa: r2 r1
        2017-11-02 | -          | -               | deir: d2 d1; mayadin: m2 m1
        # not-isis (afp) beside syrian-government (russia-mod, sohr): no pair conflicts
        2017-11-03 | -          | -               | mayadin: m2 m1
        # as known on 3 November sohr has nothing in force (d1 ended): absent, not d1
        2017-11-03 | 2017-11-03 | -               | mayadin: m2 m1
        # a dispute lists every source's winner, also those that conflict with nobody
        2017-11-25 | -          | -               | deir: d3 d5 d2 d4; mayadin: m2 m1
        2017-11-25 | 2017-11-19 | -               | mayadin: m2 m1
        2017-11-25 | -          | afp,sohr        | ''
        2017-10-18 | -          | sohr,russia-mod | deir: d2 d1; raqqa: r2 r1
        2017-10-18 | -          | sohr            | ''
        2017-10-18 | -          | afp,diyaruna    | ''
        2017-10-18 | 2017-09-01 | -               | ''
        """)
    void disputes(LocalDate date, LocalDate asOf, String sources, String expected) {
        Set<String> only = sources == null ? null : Set.of(sources.split(","));

        assertEquals(expected, render(INDEX.disputes(date, only, asOf, null)));
    }

    /** "place: claim claim; place: claim …", claims in the order the dispute lists them. */
    static String render(List<Dispute> disputes) {
        return disputes.stream()
                .map(d -> d.place().id() + ": " + d.claims().stream().map(Claim::id).collect(Collectors.joining(" ")))
                .collect(Collectors.joining("; "));
    }
}
