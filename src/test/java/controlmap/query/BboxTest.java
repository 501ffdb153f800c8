package controlmap.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import controlmap.domain.Bbox;

/** Which answers a lon/lat box shows: the winning claim's own shape when it has one, else the place's; exactly. */
class BboxTest {

    private static final ClaimIndex INDEX = ClaimIndex.build(
            List.of(Fixtures.square("west", 0, 0),
                    Fixtures.square("drawn-out", 0.5, 0.5),
                    Fixtures.square("drawn-in", 10, 5),
                    Fixtures.square("east", 10, 0),
                    Fixtures.place("triangle", "POLYGON((20 0, 22 0, 20 2, 20 0))"),
                    Fixtures.square("contested", 40, 40)),
            Fixtures.ACTORS,
            ClaimTable.parse("""
                # id | source     | place     | actor             | from       | to         | reported | rec | own geometry
                w    | sohr       | west      | isis              | 2017-01-01 |            |          |     |
                e    | sohr       | east      | isis              | 2017-01-01 |            |          |     |
                t    | sohr       | triangle  | isis              | 2017-01-01 |            |          |     |
                # sohr drew drawn-out far away from the place; russia-mod did not draw it
                o1   | sohr       | drawn-out | isis              | 2017-01-01 |            |          |     | POLYGON((30 30, 31 30, 31 31, 30 31, 30 30))
                o2   | russia-mod | drawn-out | isis              | 2017-01-01 |            |          |     |
                # sohr first drew drawn-in inside west, then took the place's own shape
                i1   | sohr       | drawn-in  | isis              | 2017-01-01 | 2017-06-01 |          |     | POLYGON((0.2 0.2, 0.4 0.2, 0.4 0.4, 0.2 0.4, 0.2 0.2))
                i2   | sohr       | drawn-in  | isis              | 2017-06-01 |            |          |     |
                k1   | sohr       | contested | isis              | 2017-01-01 |            |          |     | POLYGON((50 50, 51 50, 51 51, 50 51, 50 50))
                k2   | russia-mod | contested | syrian-government | 2017-01-01 |            |          |     |
                """));

    @ParameterizedTest(name = "{0} in {1} by {2} -> {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        # date     | bbox                  | source | entries: place/source=claim
        2017-03-01 | 0,0,1.5,1.5           | -      | drawn-in/sohr=i1 drawn-out/russia-mod=o2 west/sohr=w
        2017-03-01 | 0,0,1.5,1.5           | sohr   | drawn-in/sohr=i1 west/sohr=w
        # touching counts: the box's left edge lies on west's right edge
        2017-03-01 | 1,0,2,1               | -      | drawn-out/russia-mod=o2 west/sohr=w
        # inside the triangle's envelope but off the triangle
        2017-03-01 | 21.5,1.5,22,2         | -      | ''
        2017-03-01 | 20.5,0.2,20.8,0.5     | -      | triangle/sohr=t
        2017-03-01 | 29.5,29.5,30.5,30.5   | -      | drawn-out/sohr=o1
        # the place's own polygon does not stand while the winner has a shape of its own
        2017-03-01 | 10.5,5.5,11,6         | -      | ''
        2017-07-01 | 10.5,5.5,11,6         | -      | drawn-in/sohr=i2
        2017-07-01 | 0,0,1.5,1.5           | -      | drawn-out/russia-mod=o2 west/sohr=w
        2016-12-31 | -180,-90,180,90       | -      | ''
        2017-03-01 | 100,100,101,101       | -      | ''
        # across the antimeridian: from 15 east to 180, then from -180 to -179
        2017-03-01 | 15,0,-179,2           | -      | triangle/sohr=t
        # across the antimeridian, seen through its eastern part only (-180 to 0.5)
        2017-03-01 | 170,0,0.5,0.4         | sohr   | drawn-in/sohr=i1 west/sohr=w
        2017-03-01 | 179,29.5,30.5,30.5    | -      | drawn-out/sohr=o1
        2017-03-01 | -180,-90,180,90       | -      | contested/russia-mod=k2 contested/sohr=k1 drawn-in/sohr=i1 drawn-out/russia-mod=o2 drawn-out/sohr=o1 east/sohr=e triangle/sohr=t west/sohr=w
        """)
    void control(LocalDate date, String bbox, String source, String expected) {
        List<ControlEntry> entries = INDEX.control(new ControlQuery(date, source, null, bbox(bbox)));

        String got = entries.stream()
                .map(e -> e.place().id() + "/" + e.claim().source() + "=" + e.claim().id())
                .collect(Collectors.joining(" "));
        assertEquals(expected, got);
    }

    @ParameterizedTest(name = "disputes in {0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        # bbox                | disputes
        -                     | contested: k2 k1
        -180,-90,180,90       | contested: k2 k1
        # seen through sohr's own shape of the place
        50.2,50.2,50.5,50.5   | contested: k2 k1
        # seen through the place's shape, which russia-mod's claim keeps
        40.2,40.2,40.5,40.5   | contested: k2 k1
        45,45,46,46           | ''
        0,0,1,1               | ''
        # across the antimeridian
        30,40.2,-170,40.5     | contested: k2 k1
        60,40.2,-170,40.5     | ''
        """)
    void disputes(String bbox, String expected) {
        List<Dispute> disputes = INDEX.disputes(LocalDate.parse("2017-03-01"), null, null, bbox(bbox));

        assertEquals(expected, DisputesTest.render(disputes));
    }

    /** "minLon,minLat,maxLon,maxLat" as a box (crossing the antimeridian when minLon > maxLon); null stays null. */
    static Bbox bbox(String bbox) {
        if (bbox == null) {
            return null;
        }
        String[] v = bbox.split(",");
        return new Bbox(Double.parseDouble(v[0]), Double.parseDouble(v[1]), Double.parseDouble(v[2]),
                Double.parseDouble(v[3]));
    }
}
