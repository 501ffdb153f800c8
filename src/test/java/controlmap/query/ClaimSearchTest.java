package controlmap.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import controlmap.domain.Claim;
import controlmap.domain.Place;
import controlmap.query.ClaimConditions.DateField;
import controlmap.query.ClaimConditions.Field;
import controlmap.synth.SyntheticDataset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The claim indexes list exactly the page, count and "more" that filtering every claim with plain predicates gives,
 * for many random combinations of conditions, residual checks, offsets and limits: on random small data sets dense in
 * edge cases (unstated starts, open ends, validities that end before they start, own shapes, retractions) and on a
 * generated one of a few thousand claims.
 */
class ClaimSearchTest {

    private static final GeometryFactory FACTORY = new GeometryFactory();

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 25);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void smallRandomDataSetsAnswerAsAFullScan(long seed) {
        RandomDataset data = new RandomDataset(seed);
        List<Claim> claims = new ArrayList<>(data.claims);
        if (seed % 2 == 0) {
            // a validity that ends before it starts: the in-force count may not take the shortcut of two ranges
            claims.add(ClaimBuilder.claim("backwards").source("afp").place("p1").actor("isis")
                    .valid("2017-02-10", "2017-02-01").reported("2017-02-11").recorded(100_000).build());
        }
        ClaimIndex index = ClaimIndex.build(data.places, Fixtures.ACTORS, claims);
        Random r = new Random(seed);
        for (int i = 0; i < 400; i++) {
            check(index, randomConditions(r, index, () -> plainBox(data)), r, "seed " + seed + " #" + i);
        }
    }

    @Test
    void aGeneratedArchiveAnswersAsAFullScan() {
        SyntheticDataset data = new SyntheticDataset(150, 4, 4, 3);
        ClaimIndex index = ClaimIndex.build(data.places(), data.actors(), claims(data));
        Envelope all = index.extent().bbox();
        Random r = new Random(5);
        for (int i = 0; i < 600; i++) {
            check(index, randomConditions(r, index, () -> {
                double w = all.getWidth() * (0.02 + r.nextDouble() * 0.3);
                double h = all.getHeight() * (0.02 + r.nextDouble() * 0.3);
                double x = all.getMinX() + r.nextDouble() * (all.getWidth() - w);
                double y = all.getMinY() + r.nextDouble() * (all.getHeight() - h);
                return new Envelope(x, x + w, y, y + h);
            }), r, "generated #" + i);
        }
    }

    @Test
    void aResidualCheckBeyondTheCountLimitLeavesTheCountOut() {
        SyntheticDataset data = new SyntheticDataset(60, 3, 3, 2);
        ClaimIndex index = ClaimIndex.build(data.places(), data.actors(), claims(data));
        ClaimSearch.Result r = index.search().find(ClaimConditions.ALL, c -> true, 0, 10, 50);
        assertNull(r.matched(), "540 candidates, 60 checks allowed");
        assertEquals(index.claims().subList(0, 10), r.page());
        assertTrue(r.more());
        ClaimSearch.Result all = index.search().find(ClaimConditions.ALL, c -> true, 0, 10, 1000);
        assertEquals(index.claims().size(), all.matched());
    }

    /** Every claim of {@code data}, recorded in a shuffled order. */
    private static List<Claim> claims(SyntheticDataset data) {
        List<Claim> out = new ArrayList<>();
        for (int p = 0; p < data.placeCount(); p++) {
            out.addAll(data.claimsAbout(p));
        }
        List<Long> sequence = new ArrayList<>(LongStream.rangeClosed(1, out.size()).boxed().toList());
        java.util.Collections.shuffle(sequence, new Random(9));
        List<Claim> recorded = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            recorded.add(out.get(i).recordedAs(1, sequence.get(i), java.time.Instant.EPOCH, "test"));
        }
        return recorded;
    }

    private static void check(ClaimIndex index, Case c, Random r, String where) {
        Predicate<Claim> residual = r.nextInt(3) == 0 ? claim -> (claim.id().hashCode() & 3) != 0 : null;
        List<Claim> expected = index.claims().stream().filter(c.truth())
                .filter(residual == null ? x -> true : residual).toList();
        int offset = r.nextInt(4) == 0 ? r.nextInt(Math.max(1, expected.size() + 3)) : r.nextInt(3);
        int limit = 1 + r.nextInt(r.nextBoolean() ? 5 : 60);
        int countLimit = r.nextInt(4) == 0 ? r.nextInt(20) : 100_000;
        ClaimSearch.Result got = index.search().find(c.conditions(), residual, offset, limit, countLimit);
        String what = where + ": " + c.words() + (residual == null ? "" : " + residual") + ", offset " + offset
                + ", limit " + limit;
        int from = Math.min(offset, expected.size());
        assertEquals(expected.subList(from, Math.min(expected.size(), from + limit)), got.page(), what);
        assertEquals(offset + limit < expected.size(), got.more(), what + " (more)");
        if (got.matched() == null) {
            assertTrue(residual != null && countLimit < 100_000, what + ": count left out without a residual check");
        } else {
            assertEquals(expected.size(), got.matched(), what + " (matched)");
        }
    }

    /** Conditions and what they mean, written out plainly. */
    private record Case(ClaimConditions conditions, Predicate<Claim> truth, String words) {
        Case and(ClaimConditions c, Predicate<Claim> t, String w) {
            return new Case(conditions.and(c), truth.and(t), words + " AND " + w);
        }
    }

    private static Case randomConditions(Random r, ClaimIndex index, java.util.function.Supplier<Envelope> boxes) {
        Case out = new Case(ClaimConditions.ALL, c -> true, "all");
        List<Claim> claims = index.claims();
        if (claims.isEmpty()) {
            return out;
        }
        LocalDate[] days = dayRange(claims);
        int parts = r.nextInt(4);
        for (int i = 0; i < parts; i++) {
            Claim some = claims.get(r.nextInt(claims.size()));
            switch (r.nextInt(9)) {
                case 0 -> out = out.and(ClaimConditions.ALL.equalTo(Field.SOURCE, some.source()),
                        c -> c.source().equals(some.source()), "source=" + some.source());
                case 1 -> out = out.and(ClaimConditions.ALL.equalTo(Field.ACTOR, some.actor()),
                        c -> c.actor().equals(some.actor()), "actor=" + some.actor());
                case 2 -> {
                    String other = claims.get(r.nextInt(claims.size())).place();
                    List<String> values = List.of(some.place(), other, "nowhere");
                    out = out.and(ClaimConditions.ALL.oneOf(Field.PLACE, values), c -> values.contains(c.place()),
                            "place in " + values);
                }
                case 3 -> {
                    String id = r.nextInt(5) == 0 ? "x" : some.id();
                    out = out.and(ClaimConditions.ALL.equalTo(Field.ID, id), c -> c.id().equals(id), "id=" + id);
                }
                case 4 -> {
                    LocalDate first = r.nextInt(4) == 0 ? null : day(r, days);
                    LocalDate last = r.nextInt(4) == 0 ? null : day(r, days);
                    out = out.and(ClaimConditions.ALL.inForce(first, last),
                            c -> (last == null || c.validFrom() == null || !c.validFrom().isAfter(last))
                                    && (first == null || c.validTo() == null || c.validTo().isAfter(first)),
                            "in force " + first + ".." + last);
                }
                case 5 -> {
                    DateField f = DateField.values()[r.nextInt(3)];
                    LocalDate lo = r.nextInt(3) == 0 ? null : day(r, days);
                    LocalDate hi = r.nextInt(3) == 0 ? null : day(r, days);
                    out = out.and(ClaimConditions.ALL.between(f, lo, hi), c -> {
                        LocalDate d = date(c, f);
                        return d != null && (lo == null || !d.isBefore(lo)) && (hi == null || !d.isAfter(hi));
                    }, f + " in " + lo + ".." + hi);
                }
                case 6 -> {
                    DateField f = r.nextBoolean() ? DateField.VALID_FROM : DateField.VALID_TO;
                    out = out.and(ClaimConditions.ALL.isNull(f), c -> date(c, f) == null, f + " is null");
                }
                case 7 -> {
                    List<Envelope> box = r.nextBoolean() ? List.of(boxes.get()) : List.of(boxes.get(), boxes.get());
                    out = out.and(ClaimConditions.ALL.intersecting(box),
                            c -> box.stream().anyMatch(b -> intersects(index, c, b)), "intersecting " + box);
                }
                default -> {
                    Envelope box = boxes.get();
                    out = out.and(ClaimConditions.ALL.near(box),
                            c -> box.intersects(geometry(index, c).getEnvelopeInternal()), "near " + box);
                }
            }
        }
        return out;
    }

    private static LocalDate[] dayRange(List<Claim> claims) {
        Map<Long, Boolean> seen = new TreeMap<>();
        claims.forEach(c -> seen.put(c.reportedOn().toEpochDay(), true));
        long min = ((TreeMap<Long, Boolean>) seen).firstKey() - 40;
        long max = ((TreeMap<Long, Boolean>) seen).lastKey() + 40;
        return new LocalDate[] {LocalDate.ofEpochDay(min), LocalDate.ofEpochDay(max)};
    }

    private static LocalDate day(Random r, LocalDate[] range) {
        long span = range[1].toEpochDay() - range[0].toEpochDay();
        return range[0].plusDays((long) (r.nextDouble() * span));
    }

    private static LocalDate date(Claim c, DateField f) {
        return switch (f) {
            case VALID_FROM -> c.validFrom();
            case VALID_TO -> c.validTo();
            case REPORTED_ON -> c.reportedOn();
        };
    }

    private static Geometry geometry(ClaimIndex index, Claim c) {
        return c.geometry() != null ? c.geometry() : index.place(c.place()).map(Place::geometry).orElseThrow();
    }

    private static boolean intersects(ClaimIndex index, Claim c, Envelope box) {
        return geometry(index, c).intersects(FACTORY.toGeometry(box));
    }

    /** A random box of the data set that does not cross the antimeridian (the oracle here compares envelopes). */
    private static Envelope plainBox(RandomDataset data) {
        controlmap.domain.Bbox b;
        do {
            b = data.box();
        } while (b.crossesAntimeridian());
        return b.envelopes().get(0);
    }
}
