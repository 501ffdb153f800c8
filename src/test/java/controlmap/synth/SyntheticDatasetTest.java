package controlmap.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import controlmap.domain.Claim;
import controlmap.domain.Place;
import controlmap.geo.GeometryValidator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.valid.IsValidOp;

/** The synthetic dataset: exact counts, valid non-overlapping places inside Syria, chained claims, determinism. */
class SyntheticDatasetTest {

    @ParameterizedTest
    @CsvSource({"1, 1, 1", "7, 2, 3", "300, 3, 2", "2000, 1, 1"})
    void givesExactlyTheCountsAskedFor(int places, int sources, int changes) {
        SyntheticDataset d = new SyntheticDataset(places, sources, changes, 1);
        assertEquals(places, d.places().size());
        assertEquals(sources, d.sources().size());
        long claims = 0;
        Set<String> ids = new HashSet<>();
        for (int p = 0; p < places; p++) {
            for (Claim c : d.claimsAbout(p)) {
                assertTrue(ids.add(c.id()), "claim ids are unique: " + c.id());
                claims++;
            }
        }
        assertEquals((long) places * sources * changes, claims);
        assertEquals(claims, d.claimCount());
    }

    @Test
    void placesAreValidDoNotOverlapAndLieInSyria() {
        List<Place> places = new SyntheticDataset(1500, 1, 1, 3).places();
        Geometry syria = SyntheticDataset.outline();
        STRtree tree = new STRtree();
        Set<String> ids = new HashSet<>();
        for (Place p : places) {
            Geometry g = p.geometry();
            assertTrue(IsValidOp.isValid(g), p.id() + ": " + new IsValidOp(g).getValidationError());
            assertNull(GeometryValidator.validate(g), p.id());
            assertTrue(g.getNumPoints() >= 10, p.id() + " has " + g.getNumPoints() + " vertices");
            assertTrue(syria.buffer(1e-9).covers(g), p.id() + " lies within Syria");
            assertTrue(ids.add(p.id()));
            tree.insert(g.getEnvelopeInternal(), p);
        }
        int interior = 0;
        for (Place p : places) {
            int n = p.geometry().getNumPoints();
            if (n <= 61) {
                interior++;
            }
            for (Object o : tree.query(p.geometry().getEnvelopeInternal())) {
                Place q = (Place) o;
                if (q.id().compareTo(p.id()) > 0) {
                    double shared = p.geometry().intersection(q.geometry()).getArea();
                    assertTrue(shared < 1e-12, p.id() + " and " + q.id() + " overlap by " + shared);
                }
            }
        }
        assertTrue(interior > places.size() * 0.8, "most cells have 20-60 vertices: " + interior);
    }

    @Test
    void claimsOfOneSourceAboutOnePlaceChainOneIntoTheNext() {
        SyntheticDataset d = new SyntheticDataset(40, 3, 4, 9);
        for (int p = 0; p < 40; p++) {
            Map<String, List<Claim>> bySource = new HashMap<>();
            d.claimsAbout(p).forEach(c -> bySource.computeIfAbsent(c.source(), s -> new ArrayList<>()).add(c));
            assertEquals(3, bySource.size());
            for (List<Claim> chain : bySource.values()) {
                assertEquals(4, chain.size());
                for (int k = 0; k < chain.size(); k++) {
                    Claim c = chain.get(k);
                    assertEquals(d.places().get(p).id(), c.place());
                    assertTrue(!c.validFrom().isBefore(SyntheticDataset.FIRST) && !c.validFrom().isAfter(SyntheticDataset.LAST));
                    assertTrue(!c.reportedOn().isBefore(c.validFrom()));
                    assertTrue(!c.quote().isBlank() && !c.article().isBlank() && c.url().startsWith("https://"));
                    if (k + 1 < chain.size()) {
                        assertEquals(chain.get(k + 1).validFrom(), c.validTo(), "chained");
                        assertTrue(c.validFrom().isBefore(c.validTo()));
                        assertNotEquals(c.actor(), chain.get(k + 1).actor(), "a change of hands");
                    } else {
                        assertNull(c.validTo(), "the last claim is open");
                    }
                }
            }
        }
    }

    @Test
    void theSameSeedGivesTheSameDataAndAnotherSeedOtherData() {
        SyntheticDataset a = new SyntheticDataset(200, 2, 3, 42);
        SyntheticDataset b = new SyntheticDataset(200, 2, 3, 42);
        SyntheticDataset c = new SyntheticDataset(200, 2, 3, 43);
        assertEquals(a.places(), b.places());
        assertNotEquals(a.places(), c.places());
        for (int p = 0; p < 200; p++) {
            assertEquals(a.claimsAbout(p), b.claimsAbout(p));
        }
        assertNotEquals(a.claimsAbout(5), c.claimsAbout(5));
    }
}
