package controlmap.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import controlmap.domain.Claim;
import controlmap.domain.Place;
import controlmap.query.ClaimIndex;
import controlmap.query.ControlQuery;
import controlmap.store.gpkg.GeoPackageClaimStore;
import controlmap.synth.SyntheticDataset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After writes of claims only, a refresh reads just the claims written since and updates the index; its answers are
 * those of a service that reads the whole store afresh. A write of places reads everything again.
 */
class IncrementalRefreshTest {

    @TempDir
    Path dir;

    @Test
    void claimWritesAreReadIncrementallyAndAnswerAsAFullRead() {
        SyntheticDataset data = new SyntheticDataset(40, 3, 3, 11);
        try (GeoPackageClaimStore store = GeoPackageClaimStore.open(dir.resolve("s.gpkg"))) {
            store.putActors(data.actors());
            store.putSources(data.sources());
            store.putPlaces(data.places());
            for (int p = 0; p < 30; p++) {
                store.addClaims(data.claimsAbout(p), "test");
            }
            ControlMapService service = new ControlMapService(store);
            ControlMapService.Snapshot first = service.snapshot();

            store.addClaims(data.claimsAbout(30), "test");
            Claim moved = store.claims(controlmap.store.ClaimQuery.all()).get(5);
            store.supersede(moved.id(), new Claim(null, moved.source(), data.places().get(35).id(), "sdf",
                    moved.validFrom(), moved.validTo(), moved.datePrecision(), moved.reportedOn(),
                    moved.reportedOnPrecision(), moved.basis(), moved.quote(), moved.url(), moved.article(), null,
                    null, null, null, 0, 0, null, null, null), "test");
            Claim gone = store.claims(controlmap.store.ClaimQuery.all()).get(17);
            store.retract(gone.id(), "test", "test");
            ControlMapService.Snapshot updated = service.refresh();
            assertSame(first.sources(), updated.sources(), "only the claims were read again");
            assertSameAnswers(new ControlMapService(store).snapshot().index(), updated.index(), data.places());

            Place renamed = data.places().get(3);
            store.putPlaces(List.of(new Place(renamed.id(), "Renamed", null, renamed.kind(), renamed.geometryQuality(),
                    null, renamed.geometry())));
            ControlMapService.Snapshot full = service.refresh();
            assertNotSame(updated.sources(), full.sources(), "a places write reads everything again");
            assertEquals("Renamed", full.index().place(renamed.id()).orElseThrow().name());
        }
    }

    private static void assertSameAnswers(ClaimIndex expected, ClaimIndex actual, List<Place> places) {
        assertEquals(expected.claims(), actual.claims());
        assertEquals(expected.maxRecorded(), actual.maxRecorded());
        assertEquals(expected.changeDates(null), actual.changeDates(null));
        for (LocalDate day = LocalDate.parse("2014-01-01"); day.isBefore(LocalDate.parse("2020-01-01"));
                day = day.plusDays(45)) {
            for (String source : new String[] {null, "synth-1", "synth-3"}) {
                ControlQuery q = new ControlQuery(day, source, null, null);
                assertEquals(expected.control(q), actual.control(q), q.toString());
            }
            assertEquals(expected.disputes(day, null, null, null), actual.disputes(day, null, null, null));
        }
        for (Place p : places) {
            assertEquals(expected.timeline(p.id(), null), actual.timeline(p.id(), null), p.id());
        }
    }
}
