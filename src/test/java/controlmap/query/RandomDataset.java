package controlmap.query;

import controlmap.domain.Bbox;
import controlmap.domain.Claim;
import controlmap.domain.Extent;
import controlmap.domain.Place;
import controlmap.domain.Stance;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.locationtech.jts.geom.Envelope;

/**
 * Test-only: a small random data set, the same for the same seed, dense in the cases the as-of rule must break ties
 * on: shared validFrom and reportedOn, retractions, corrections, own shapes, unknown places and actors, starts the
 * source did not give, presence and part claims.
 */
final class RandomDataset {

    static final LocalDate START = LocalDate.parse("2017-01-01");
    static final List<String> SOURCES = List.of("sohr", "russia-mod", "afp");
    static final List<String> ACTORS = List.of("isis", "not-isis", "syrian-government", "sdf", "not-sdf", "mystery");

    final Random random;
    final List<Place> places = new ArrayList<>();
    final List<Claim> claims = new ArrayList<>();
    private final List<Long> sequence = new ArrayList<>();

    RandomDataset(long seed) {
        random = new Random(seed);
        for (int i = 0; i < 6; i++) {
            places.add(Fixtures.place("p" + i, shape(1 + random.nextInt(3))));
        }
        int n = 30 + random.nextInt(40);
        for (long s = 1; s <= 3L * n; s++) {
            sequence.add(s);
        }
        Collections.shuffle(sequence, random);
        for (int i = 0; i < n; i++) {
            claims.add(next("c" + i));
        }
        for (int i = 0; i < n / 8; i++) {
            Claim old = claims.get(random.nextInt(n));
            claims.add(correction(old));
        }
    }

    private Claim next(String id) {
        ClaimBuilder b = ClaimBuilder.claim(id).recorded(sequence.remove(sequence.size() - 1));
        if (!claims.isEmpty() && random.nextInt(4) == 0) {
            Claim twin = claims.get(random.nextInt(claims.size()));
            b.source(twin.source()).place(twin.place()).from(twin.validFrom());
            b.reported(random.nextBoolean() ? twin.reportedOn() : startOf(twin).plusDays(random.nextInt(20)));
        } else {
            LocalDate from = START.plusDays(random.nextInt(45));
            boolean unknownPlace = random.nextInt(20) == 0;
            b.source(pick(SOURCES)).place(unknownPlace ? "atlantis" : "p" + random.nextInt(places.size())).from(from)
                    .reported(from.plusDays(random.nextInt(30) - 5));
            if (random.nextInt(6) == 0) {
                b.unstatedStart();
            }
        }
        return details(b).build();
    }

    private ClaimBuilder details(ClaimBuilder b) {
        b.actor(pick(ACTORS));
        b.stance(random.nextInt(5) == 0 ? Stance.PRESENCE : Stance.CONTROL);
        b.extent(random.nextInt(3) == 0 ? Extent.PART : Extent.WHOLE);
        Claim probe = b.build();
        b.to(random.nextInt(5) < 2 ? null : startOf(probe).plusDays(1 + random.nextInt(20)));
        if (random.nextInt(7) == 0) {
            b.geometry(shape(1 + random.nextInt(2)));
        }
        if (random.nextInt(10) == 0) {
            b.retracted();
        }
        return b;
    }

    /** A later version of {@code old}: other dates or holder, sometimes a retraction. */
    private Claim correction(Claim old) {
        ClaimBuilder b = ClaimBuilder.claim(old.id()).version(old.version() + 1).source(old.source())
                .place(old.place()).from(startOf(old).plusDays(random.nextInt(5))).reported(old.reportedOn())
                .recorded(sequence.remove(sequence.size() - 1) + 1000);
        return details(b).build();
    }

    /** The claim's start, or for one the source did not give the day it was reported on. */
    private static LocalDate startOf(Claim c) {
        return c.validFrom() != null ? c.validFrom() : c.reportedOn();
    }

    /** A square or, half the time, a right triangle, whose envelope is twice its area: boxes can miss it. */
    private String shape(int size) {
        double x = random.nextInt(20);
        double y = random.nextInt(20);
        if (random.nextBoolean()) {
            return "POLYGON((%s %s, %s %s, %s %s, %s %s))".formatted(x, y, x + size, y, x, y + size, x, y);
        }
        return "POLYGON((%s %s, %s %s, %s %s, %s %s, %s %s))".formatted(x, y, x + size, y, x + size, y + size, x,
                y + size, x, y);
    }

    /** A random box over the area the places and shapes lie in. */
    Bbox box() {
        double x = random.nextInt(22) - 1 + random.nextDouble();
        double y = random.nextInt(22) - 1 + random.nextDouble();
        if (random.nextInt(5) == 0) { // across the antimeridian: x to 180 and -180 to a little further
            return new Bbox(x, y, -180 + random.nextDouble(), y + 0.5 + random.nextInt(8));
        }
        if (random.nextInt(5) == 0) { // across the antimeridian, seeing the data through its eastern part (-180 to x)
            return new Bbox(100 + random.nextInt(80), y, x, y + 0.5 + random.nextInt(8));
        }
        return new Bbox(x, y, x + 0.5 + random.nextInt(8), y + 0.5 + random.nextInt(8));
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
