package controlmap.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import controlmap.domain.Claim;
import controlmap.testing.RunningService;
import java.util.List;

/** A store with a history worth copying, and the claim-by-claim comparison of two stores. */
public final class StoreCopyCheck {

    private StoreCopyCheck() {
    }

    /** Seeds {@code store} with data/geojson, then corrects one claim twice and retracts another. */
    public static void seedWithHistory(ClaimStore store) {
        RunningService.seedData().seedIfEmpty(store);
        List<Claim> claims = store.claims(ClaimQuery.all());
        Claim first = claims.get(0);
        store.supersede(first.id(), first, "editor-a");
        store.supersede(first.id(), StoreFixtures.claim(first.id()).place(first.place()).source(first.source())
                .geometry(StoreFixtures.DAMASCUS_WKT).quote("corrected twice").build(), "editor-b");
        store.retract(claims.get(1).id(), "editor-c", "the source withdrew it");
    }

    /** Fails unless {@code copy} holds what {@code original} holds: every list, every claim, every version. */
    public static void assertSameData(ClaimStore original, ClaimStore copy) {
        assertEquals(original.actors(), copy.actors());
        assertEquals(original.sources(), copy.sources());
        assertEquals(original.places(), copy.places());
        List<Claim> claims = original.claims(ClaimQuery.everything());
        assertEquals(claims, copy.claims(ClaimQuery.everything()));
        assertEquals(original.claims(ClaimQuery.all()), copy.claims(ClaimQuery.all()));
        for (Claim c : claims) {
            assertEquals(original.history(c.id()), copy.history(c.id()), c.id());
        }
    }
}
