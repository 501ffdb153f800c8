package controlmap.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Timelines: each change of holder in one source's answer for a place, with everything known. */
class TimelineTest {

    private static final ClaimIndex INDEX = ClaimIndex.build(
            Fixtures.squares("raqqa", "shadow", "late", "tie", "unstated", "reading"),
            Fixtures.ACTORS,
            ClaimTable.parse("""
                # id | source     | place  | actor             | from       | to         | reported   | rec | flags
                a    | sohr       | raqqa  | isis              | 2014-01-01 | 2017-10-17 | 2014-01-02 |     |
                b    | sohr       | raqqa  | sdf               | 2017-10-17 | 2018-01-01 | 2017-10-20 |     |
                # nothing in force from 2018-01-01 until c
                c    | sohr       | raqqa  | sdf               | 2018-03-01 |            | 2018-03-01 |     |
                f    | sohr       | raqqa  | isis              | 2015-01-01 | 2015-06-01 | 2015-01-01 |     | retracted
                d    | russia-mod | raqqa  | syrian-government | 2017-10-17 |            | 2017-12-07 |     |
                # the same holder again is no change
                e    | russia-mod | raqqa  | syrian-government | 2018-01-01 |            | 2018-01-01 |     |
                g1   | sohr       | shadow | isis              | 2014-01-01 |            | 2014-01-01 |     |
                g2   | sohr       | shadow | sdf               | 2016-01-01 | 2016-02-01 | 2016-01-01 |     |
                # reported months later: the event is dated from validFrom
                l1   | sohr       | late   | isis              | 2017-01-01 |            | 2017-01-01 |     |
                l2   | sohr       | late   | sdf               | 2017-02-01 |            | 2017-06-01 |     |
                # same validFrom: the later report is the answer from the start
                t1   | sohr       | tie    | isis              | 2017-01-01 |            | 2017-01-01 |     |
                t2   | sohr       | tie    | sdf               | 2017-01-01 |            | 2017-01-05 |     |
                # a start the source did not give: the first event has no date
                u1   | sohr       | unstated | isis            |            | 2017-10-15 | 2018-01-26 |     |
                u2   | sohr       | unstated | sdf             | 2017-10-15 |            | 2017-10-20 |     |
                # the same actor with another stance or extent is a change
                r1   | sohr       | reading | isis             | 2017-01-01 |            |            |     |
                r2   | sohr       | reading | isis             | 2017-02-01 |            |            |     | part
                r3   | sohr       | reading | isis             | 2017-03-01 |            |            |     | presence part
                r4   | sohr       | reading | isis             | 2017-04-01 |            |            |     | presence part
                """));

    @ParameterizedTest(name = "{0} by {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        # place | source     | events: date source previous->actor claim [stance/extent unless control/whole], '_' for none, ';' between events
        raqqa   | sohr       | 2014-01-01 sohr _->isis a; 2017-10-17 sohr isis->sdf b; 2018-01-01 sohr sdf->_ _; 2018-03-01 sohr _->sdf c
        raqqa   | russia-mod | 2017-10-17 russia-mod _->syrian-government d
        raqqa   | -          | 2014-01-01 sohr _->isis a; 2017-10-17 russia-mod _->syrian-government d; 2017-10-17 sohr isis->sdf b; 2018-01-01 sohr sdf->_ _; 2018-03-01 sohr _->sdf c
        raqqa   | afp        | ''
        shadow  | -          | 2014-01-01 sohr _->isis g1; 2016-01-01 sohr isis->sdf g2; 2016-02-01 sohr sdf->isis g1
        late    | sohr       | 2017-01-01 sohr _->isis l1; 2017-02-01 sohr isis->sdf l2
        tie     | -          | 2017-01-01 sohr _->sdf t2
        nowhere | -          | ''
        nowhere | sohr       | ''
        unstated | -         | null sohr _->isis u1; 2017-10-15 sohr isis->sdf u2
        reading | -          | 2017-01-01 sohr _->isis r1; 2017-02-01 sohr isis->isis r2 control/part; 2017-03-01 sohr isis->isis r3 presence/part
        """)
    void timeline(String place, String source, String expected) {
        List<ChangeEvent> events = INDEX.timeline(place, source);

        assertEquals(expected, events.stream().map(TimelineTest::render).collect(Collectors.joining("; ")));
    }

    private static String render(ChangeEvent e) {
        String said = e.claim() == null ? "_" : e.claim().id();
        if (e.claim() != null && (e.claim().isPresence() || e.claim().isPart())) {
            said += " " + e.claim().stance().wire() + "/" + e.claim().extent().wire();
        }
        return e.date() + " " + e.source() + " " + orNone(e.previousActor()) + "->" + orNone(e.actor()) + " " + said;
    }

    private static String orNone(String s) {
        return s == null ? "_" : s;
    }
}
