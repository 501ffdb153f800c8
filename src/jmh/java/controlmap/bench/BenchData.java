package controlmap.bench;

import controlmap.domain.Bbox;
import controlmap.domain.Claim;
import controlmap.domain.Place;
import controlmap.query.ClaimIndex;
import controlmap.synth.SyntheticDataset;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.locationtech.jts.geom.Envelope;

/**
 * A synthetic dataset of a given number of claims (10 sources, 2 changes of hands per place and source, so
 * claims / 20 places), indexed in memory, and a fixed list of random questions to ask it.
 */
final class BenchData {

    static final int SOURCES = 10;
    static final int CHANGES = 2;
    static final int QUESTIONS = 4096;

    final List<Claim> claims;
    final List<Place> places;
    final ClaimIndex index;
    final LocalDate[] days = new LocalDate[QUESTIONS];
    final String[] sources = new String[QUESTIONS];
    final Bbox[] viewports = new Bbox[QUESTIONS];
    final String[] placeIds = new String[QUESTIONS];
    final String[] claimIds = new String[QUESTIONS];

    BenchData(int claimCount) {
        SyntheticDataset data = new SyntheticDataset(Math.max(1, claimCount / (SOURCES * CHANGES)), SOURCES, CHANGES, 1);
        places = data.places();
        claims = new ArrayList<>(claimCount);
        Instant at = Instant.parse("2020-01-01T00:00:00Z");
        long recorded = 1;
        for (int p = 0; p < places.size(); p++) {
            for (Claim c : data.claimsAbout(p)) {
                claims.add(c.recordedAs(1, recorded++, at, "bench"));
            }
        }
        index = ClaimIndex.build(places, data.actors(), claims);
        SplittableRandom r = new SplittableRandom(7);
        Envelope all = index.extent().bbox();
        for (int i = 0; i < QUESTIONS; i++) {
            days[i] = LocalDate.of(2014, 1, 1).plusDays(r.nextInt(6 * 365));
            sources[i] = data.sources().get(r.nextInt(SOURCES)).id();
            double x = all.getMinX() + r.nextDouble() * (all.getWidth() - 0.5);
            double y = all.getMinY() + r.nextDouble() * (all.getHeight() - 0.5);
            viewports[i] = new Bbox(x, y, x + 0.5, y + 0.5);
            placeIds[i] = places.get(r.nextInt(places.size())).id();
            claimIds[i] = claims.get(r.nextInt(claims.size())).id();
        }
    }
}
