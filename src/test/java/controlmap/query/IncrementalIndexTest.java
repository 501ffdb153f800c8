package controlmap.query;

import controlmap.domain.Bbox;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import controlmap.domain.Claim;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An index updated with newer claim versions answers exactly as one built from everything at once: new claims,
 * corrections (to other dates, actors, places, shapes), retractions, claims about unknown places, in one step or several.
 */
class IncrementalIndexTest {

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 40);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void updatedIndexAnswersAsARebuiltOne(long seed) {
        RandomDataset data = new RandomDataset(seed);
        List<Claim> all = new ArrayList<>(data.claims);
        all.addAll(movesAndRetractions(data));
        all.sort(Comparator.comparingLong(Claim::recorded));
        int cut = data.random.nextInt(all.size());
        ClaimIndex updated = ClaimIndex.build(data.places, Fixtures.ACTORS, all.subList(0, cut));
        // the rest arrives in a few writes, as a store lists them
        for (int from = cut; from < all.size(); ) {
            int to = Math.min(all.size(), from + 1 + data.random.nextInt(12));
            updated = updated.withChanges(all.subList(from, to));
            from = to;
        }
        ClaimIndex rebuilt = ClaimIndex.build(data.places, Fixtures.ACTORS, all);
        assertSameAnswers(seed, data, rebuilt, updated);
    }

    /** Later versions moving claims to another place (or one we do not know), or retracting them. */
    private static List<Claim> movesAndRetractions(RandomDataset data) {
        List<Claim> out = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Claim old = data.pick(data.claims);
            ClaimBuilder b = ClaimBuilder.claim(old.id()).version(old.version() + 10).source(old.source())
                    .actor(old.actor()).from(old.validFrom()).to(old.validTo()).reported(old.reportedOn())
                    .recorded(10_000 + i)
                    .place(i % 4 == 3 ? "atlantis" : "p" + data.random.nextInt(data.places.size()));
            out.add(i % 3 == 2 ? b.retracted().build() : b.build());
        }
        return out;
    }

    static void assertSameAnswers(long seed, RandomDataset data, ClaimIndex expected, ClaimIndex actual) {
        assertEquals(expected.claims(), actual.claims(), "claims, seed " + seed);
        assertEquals(expected.maxRecorded(), actual.maxRecorded());
        assertEquals(expected.extent(), actual.extent());
        List<String> sources = new ArrayList<>(RandomDataset.SOURCES);
        sources.add(null);
        List<Bbox> boxes = Arrays.asList(null, data.box(), data.box());
        for (String source : sources) {
            assertEquals(expected.changeDates(source), actual.changeDates(source), "change dates of " + source);
            for (int p = 0; p < data.places.size(); p++) {
                assertEquals(expected.timeline("p" + p, source), actual.timeline("p" + p, source));
            }
        }
        for (LocalDate day = RandomDataset.START.minusDays(1); day.isBefore(RandomDataset.START.plusDays(70));
                day = day.plusDays(3)) {
            for (Bbox box : boxes) {
                for (String source : sources) {
                    ControlQuery q = new ControlQuery(day, source, null, box);
                    assertEquals(expected.control(q), actual.control(q), "seed " + seed + " " + q);
                }
                assertEquals(expected.disputes(day, null, null, box), actual.disputes(day, null, null, box));
            }
        }
    }

    @Test
    void nothingNewIsTheSameIndexAndAnOlderVersionIsRefused() {
        RandomDataset data = new RandomDataset(7);
        ClaimIndex index = ClaimIndex.build(data.places, Fixtures.ACTORS, data.claims);
        assertSame(index, index.withChanges(List.of()));
        Claim old = data.claims.get(0);
        assertThrows(IllegalArgumentException.class, () -> index.withChanges(List.of(old)));
    }
}
