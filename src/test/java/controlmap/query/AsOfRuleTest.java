package controlmap.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The as-of rule, one place per situation: who wins on a day, as known on a day. */
class AsOfRuleTest {

    private static final ClaimIndex INDEX = ClaimIndex.build(
            Fixtures.squares("open", "ending", "later-from", "later-report", "later-record", "shadow", "late-news",
                    "retracted", "two-sources", "future", "unstated", "presence-wins"),
            Fixtures.ACTORS,
            ClaimTable.parse("""
                # id  | source     | place        | actor             | from       | to         | reported   | rec | flags
                open  | sohr       | open         | isis              | 2017-01-01 |            | 2017-01-02 |     |
                end1  | sohr       | ending       | isis              | 2017-01-01 | 2017-03-01 | 2017-01-02 |     |
                end2  | sohr       | ending       | sdf               | 2017-04-01 | 2017-05-01 | 2017-04-02 |     |
                # a later validFrom wins though reported earlier and recorded earlier
                lf1   | sohr       | later-from   | sdf               | 2017-02-01 |            | 2017-02-02 | 100 |
                lf2   | sohr       | later-from   | isis              | 2017-01-01 |            | 2017-06-01 | 101 |
                # same validFrom: the later reportedOn wins though recorded earlier
                lr1   | sohr       | later-report | sdf               | 2017-01-01 |            | 2017-01-10 | 200 |
                lr2   | sohr       | later-report | isis              | 2017-01-01 |            | 2017-01-05 | 201 |
                # same validFrom and reportedOn: the later recorded wins, whatever the table order
                rec1  | sohr       | later-record | sdf               | 2017-01-01 |            | 2017-01-05 | 301 |
                rec2  | sohr       | later-record | isis              | 2017-01-01 |            | 2017-01-05 | 300 |
                # a newer, shorter claim over an older open one: the older one stands again when the newer ends
                sh1   | sohr       | shadow       | isis              | 2017-01-01 |            | 2017-01-01 |     |
                sh2   | sohr       | shadow       | sdf               | 2017-02-01 | 2017-03-01 | 2017-02-01 |     |
                sh3   | sohr       | shadow       | not-isis          | 2017-02-10 | 2017-02-20 | 2017-02-10 |     |
                # told late: in force from February, reported only in April
                ln1   | sohr       | late-news    | isis              | 2017-01-01 |            | 2017-01-01 |     |
                ln2   | sohr       | late-news    | sdf               | 2017-02-01 |            | 2017-04-01 |     |
                ret1  | sohr       | retracted    | isis              | 2017-01-01 |            | 2017-01-01 |     |
                ret2  | sohr       | retracted    | sdf               | 2017-02-01 |            | 2017-02-01 |     | retracted
                ts1   | sohr       | two-sources  | isis              | 2017-01-01 |            | 2017-01-01 |     |
                ts2   | russia-mod | two-sources  | syrian-government | 2017-01-15 |            | 2017-01-20 |     |
                # reported before it comes into force
                fut   | sohr       | future       | sdf               | 2017-06-01 |            | 2017-01-01 |     |
                # starts the source did not give: in force from before every day, and earlier than any dated start
                un1   | sohr       | unstated     | isis              |            | 2017-10-15 | 2018-01-26 |     |
                un2   | sohr       | unstated     | sdf               | 2017-10-15 |            | 2017-10-20 |     |
                un3   | russia-mod | unstated     | syrian-government |            |            | 2017-01-01 |     |
                un4   | russia-mod | unstated     | isis              | 2016-01-01 |            | 2017-02-01 |     |
                # stance and extent do not change which claim wins
                pr1   | sohr       | presence-wins | isis             | 2017-01-01 |            |            |     | presence part
                pr2   | sohr       | presence-wins | sdf              | 2016-12-01 |            |            |     |
                # about a place the index does not know
                ghost | sohr       | atlantis     | isis              | 2017-01-01 |            | 2017-01-01 |     |
                """));

    @ParameterizedTest(name = "{0} by {1} on {2} as of {3} -> {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        # place      | source     | date       | as of      | winner
        open         | sohr       | 2016-12-31 | -          | -
        open         | sohr       | 2017-01-01 | -          | open
        open         | sohr       | 9999-12-31 | -          | open
        ending       | sohr       | 2017-02-28 | -          | end1
        # validTo is exclusive: a claim ending on D is not in force on D
        ending       | sohr       | 2017-03-01 | -          | -
        ending       | sohr       | 2017-03-31 | -          | -
        ending       | sohr       | 2017-04-01 | -          | end2
        ending       | sohr       | 2017-04-30 | -          | end2
        ending       | sohr       | 2017-05-01 | -          | -
        later-from   | sohr       | 2017-01-31 | -          | lf2
        later-from   | sohr       | 2017-02-01 | -          | lf1
        later-from   | sohr       | 2017-02-01 | 2017-05-31 | lf1
        later-report | sohr       | 2017-01-01 | -          | lr1
        later-report | sohr       | 2017-01-01 | 2017-01-09 | lr2
        later-report | sohr       | 2017-01-01 | 2017-01-10 | lr1
        later-record | sohr       | 2017-01-01 | -          | rec1
        shadow       | sohr       | 2017-01-31 | -          | sh1
        shadow       | sohr       | 2017-02-01 | -          | sh2
        shadow       | sohr       | 2017-02-15 | -          | sh3
        shadow       | sohr       | 2017-02-20 | -          | sh2
        shadow       | sohr       | 2017-03-01 | -          | sh1
        shadow       | sohr       | 2017-03-01 | 2016-12-31 | -
        # as of K: a claim reported after K is invisible; K before everything: absent
        late-news    | sohr       | 2017-03-01 | -          | ln2
        late-news    | sohr       | 2017-03-01 | 2017-03-31 | ln1
        late-news    | sohr       | 2017-03-01 | 2017-04-01 | ln2
        late-news    | sohr       | 2017-03-01 | 2016-12-31 | -
        late-news    | sohr       | 2016-12-31 | 2017-04-01 | -
        retracted    | sohr       | 2017-03-01 | -          | ret1
        two-sources  | sohr       | 2017-01-10 | -          | ts1
        two-sources  | russia-mod | 2017-01-10 | -          | -
        two-sources  | russia-mod | 2017-01-15 | -          | ts2
        two-sources  | russia-mod | 2017-01-15 | 2017-01-19 | -
        two-sources  | afp        | 2017-01-15 | -          | -
        future       | sohr       | 2017-05-31 | -          | -
        future       | sohr       | 2017-06-01 | 2017-01-01 | fut
        unstated     | sohr       | 1900-01-01 | -          | un1
        unstated     | sohr       | 2017-10-14 | -          | un1
        unstated     | sohr       | 2017-10-15 | -          | un2
        unstated     | sohr       | 2017-10-14 | 2018-01-25 | -
        unstated     | russia-mod | 2015-12-31 | -          | un3
        unstated     | russia-mod | 2016-01-01 | -          | un4
        unstated     | russia-mod | 2016-06-01 | 2017-01-31 | un3
        presence-wins | sohr      | 2016-12-31 | -          | pr2
        presence-wins | sohr      | 2017-01-01 | -          | pr1
        atlantis     | sohr       | 2017-01-01 | -          | -
        nowhere      | sohr       | 2017-01-01 | -          | -
        """)
    void winner(String place, String source, LocalDate date, LocalDate asOf, String expected) {
        String winner = INDEX.winner(place, source, date, asOf).map(c -> c.id()).orElse(null);

        assertEquals(expected, winner);
    }

    @ParameterizedTest(name = "{0} by {1} as of {2} -> {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        # date     | source     | as of      | entries: place/source=claim, by place id then source id
        2017-01-15 | -          | -          | ending/sohr=end1 late-news/sohr=ln1 later-from/sohr=lf2 later-record/sohr=rec1 later-report/sohr=lr1 open/sohr=open presence-wins/sohr=pr1 retracted/sohr=ret1 shadow/sohr=sh1 two-sources/russia-mod=ts2 two-sources/sohr=ts1 unstated/russia-mod=un4 unstated/sohr=un1
        2017-01-15 | russia-mod | -          | two-sources/russia-mod=ts2 unstated/russia-mod=un4
        2017-01-15 | sohr       | 2017-01-04 | ending/sohr=end1 late-news/sohr=ln1 open/sohr=open presence-wins/sohr=pr1 retracted/sohr=ret1 shadow/sohr=sh1 two-sources/sohr=ts1
        2017-03-01 | -          | 2017-01-01 | late-news/sohr=ln1 presence-wins/sohr=pr1 retracted/sohr=ret1 shadow/sohr=sh1 two-sources/sohr=ts1 unstated/russia-mod=un3
        2016-12-31 | -          | -          | presence-wins/sohr=pr2 unstated/russia-mod=un4 unstated/sohr=un1
        1900-01-01 | -          | -          | unstated/russia-mod=un3 unstated/sohr=un1
        2017-01-15 | afp        | -          | ''
        """)
    void control(LocalDate date, String source, LocalDate asOf, String expected) {
        List<ControlEntry> entries = INDEX.control(new ControlQuery(date, source, asOf, null));

        String got = entries.stream()
                .map(e -> e.place().id() + "/" + e.claim().source() + "=" + e.claim().id())
                .collect(Collectors.joining(" "));
        assertEquals(expected, got);
    }
}
