package controlmap.query;

import controlmap.domain.Bbox;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** On random small data sets, the index answers exactly what a scan of every claim answers. */
class BruteForcePropertyTest {

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 30);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void controlAndDisputesMatchAFullScan(long seed) {
        RandomDataset data = new RandomDataset(seed);
        ClaimIndex index = ClaimIndex.build(data.places, Fixtures.ACTORS, data.claims);
        NaiveAsOf naive = new NaiveAsOf(data.places, Fixtures.ACTORS, data.claims);
        List<LocalDate> knowledge = knowledgeDates(data);
        List<Bbox> boxes = Arrays.asList(null, data.box(), data.box(), data.box());
        for (LocalDate day = RandomDataset.START.minusDays(2); day.isBefore(RandomDataset.START.plusDays(70));
                day = day.plusDays(1)) {
            for (LocalDate asOf : knowledge) {
                for (Bbox box : boxes) {
                    compare(seed, index, naive, day, asOf, box, data);
                }
            }
        }
    }

    private static List<LocalDate> knowledgeDates(RandomDataset data) {
        List<LocalDate> out = new ArrayList<>(Arrays.asList(null, RandomDataset.START.minusDays(10)));
        for (int i = 0; i < 4; i++) {
            out.add(RandomDataset.START.plusDays(data.random.nextInt(75)));
        }
        return out;
    }

    private static void compare(long seed, ClaimIndex index, NaiveAsOf naive, LocalDate day, LocalDate asOf,
                                Bbox box, RandomDataset data) {
        String where = "seed " + seed + ", day " + day + ", as of " + asOf + ", box " + box;
        List<String> asked = new ArrayList<>(RandomDataset.SOURCES);
        asked.add(null);
        asked.add("diyaruna");
        for (String source : asked) {
            ControlQuery q = new ControlQuery(day, source, asOf, box);
            assertEquals(naive.control(q), index.control(q), () -> where + ", source " + source);
        }
        assertEquals(naive.disputes(day, null, asOf, box), index.disputes(day, null, asOf, box), where);
        var some = new HashSet<>(List.of(data.pick(RandomDataset.SOURCES), data.pick(RandomDataset.SOURCES)));
        assertEquals(naive.disputes(day, some, asOf, box), index.disputes(day, some, asOf, box),
                () -> where + ", sources " + some);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void timelinesAndChangeDatesMatchADayByDayWalk(long seed) {
        RandomDataset data = new RandomDataset(seed);
        ClaimIndex index = ClaimIndex.build(data.places, Fixtures.ACTORS, data.claims);
        NaiveAsOf naive = new NaiveAsOf(data.places, Fixtures.ACTORS, data.claims);
        LocalDate first = RandomDataset.START.minusDays(1);
        LocalDate last = RandomDataset.START.plusDays(100);
        List<String> asked = new ArrayList<>(RandomDataset.SOURCES);
        asked.add(null);
        for (String source : asked) {
            for (int p = 0; p < data.places.size(); p++) {
                String place = "p" + p;
                assertEquals(naive.timeline(place, source, first, last), index.timeline(place, source),
                        () -> "seed " + seed + ", " + place + ", source " + source);
            }
            assertEquals(naive.changeDates(source), index.changeDates(source), "seed " + seed + ", " + source);
        }
    }
}
