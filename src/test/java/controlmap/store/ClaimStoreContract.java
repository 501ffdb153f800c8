package controlmap.store;

import static controlmap.store.StoreFixtures.asMulti;
import static controlmap.store.StoreFixtures.claim;
import static controlmap.store.StoreFixtures.day;
import static controlmap.store.StoreFixtures.wkt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import controlmap.domain.Actor;
import controlmap.domain.Basis;
import controlmap.domain.Claim;
import controlmap.domain.DatePrecision;
import controlmap.domain.Extent;
import controlmap.domain.Place;
import controlmap.domain.Retraction;
import controlmap.domain.Source;
import controlmap.domain.Stance;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What every {@link ClaimStore} must do, tested through the interface only. A backend's test extends this class and
 * supplies {@link #newStore()}; backend-specific checks (files, SQL, durability) live in that subclass.
 *
 * <p>Where the interface leaves room, these tests fix one reading for every backend:
 * <ul>
 *   <li>shapes come back as MultiPolygons (a Polygon is stored as a one-member MultiPolygon); any other geometry
 *       type is refused with a {@link StoreException};</li>
 *   <li>instants ({@code recordedAt}, retraction time) are kept to the millisecond, and what a write method returns
 *       equals what is read back afterwards;</li>
 *   <li>a claim's place, actor and source ids are not checked by the store (the API validates them); a claim whose
 *       place arrives later is found by bbox once the place exists, and follows later changes of the place's shape;</li>
 *   <li>{@code supersede} takes every field from the replacement except id, version and recording fields, and keeps
 *       the current retraction (only {@code retract} sets one); a replacement with another non-null id is refused;</li>
 *   <li>retracting a retracted claim is refused with a {@link StoreException};</li>
 *   <li>actors, sources and places are listed ordered by id;</li>
 *   <li>{@code recorded} only has to increase strictly; a failed write may or may not use up numbers;</li>
 *   <li>{@code restoreClaims} takes versions exactly as given, and refuses gaps in a claim's versions, a repeated
 *       {@code recorded} number, an id already stored, and numbers not above the last one the store handed out.</li>
 * </ul>
 */
public abstract class ClaimStoreContract {

    protected ClaimStore store;

    /** A fresh, empty store; called before each test and closed after it. */
    protected abstract ClaimStore newStore();

    @BeforeEach
    void openStore() {
        store = newStore();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    protected void seedReferences() {
        store.putActors(StoreFixtures.actors());
        store.putSources(StoreFixtures.sources());
        store.putPlaces(StoreFixtures.places());
    }

    private static List<String> ids(List<Claim> claims) {
        return claims.stream().map(Claim::id).toList();
    }

    // --- reference data -------------------------------------------------------------------------------------------

    @Test
    void claimsRecordedAfterListsEveryVersionWrittenSinceAndTheReferenceVersionMovesOnlyWithReferences() {
        seedReferences();
        long refs = store.referenceVersion();
        store.addClaims(List.of(claim("r1").build(), claim("r2").build()), "ed");
        long seen = store.claims(ClaimQuery.everything()).stream().mapToLong(Claim::recorded).max().orElseThrow();
        assertEquals(List.of(), store.claimsRecordedAfter(seen));
        store.addClaims(List.of(claim("r3").build()), "ed");
        Claim corrected = store.supersede("r1", claim("r1").quote("corrected").build(), "ed");
        Claim retracted = store.retract("r2", "ed", "wrong");
        List<Claim> since = store.claimsRecordedAfter(seen);
        assertEquals(List.of("r3", "r1", "r2"), ids(since), "new, corrected and retracted, in order");
        assertEquals(corrected, since.get(1));
        assertEquals(retracted, since.get(2));
        assertEquals(refs, store.referenceVersion(), "claims do not move the reference version");
        if (refs >= 0) {
            store.putPlaces(StoreFixtures.places());
            long afterPlaces = store.referenceVersion();
            assertTrue(afterPlaces > refs);
            store.putActors(StoreFixtures.actors());
            assertTrue(store.referenceVersion() > afterPlaces);
        }
    }

    @Test
    void aWriteThatExpectsAVersionTheClaimIsNoLongerAtStoresNothing() {
        seedReferences();
        store.addClaims(List.of(claim("v").build()), "ed");
        Claim v2 = store.supersede("v", claim("v").quote("first correction").build(), "alice", 1);
        assertEquals(2, v2.version());
        VersionConflict stale = assertThrows(VersionConflict.class,
                () -> store.supersede("v", claim("v").quote("second correction").build(), "bob", 1));
        assertEquals(1, stale.expected());
        assertEquals(2, stale.current());
        assertThrows(VersionConflict.class, () -> store.retract("v", "bob", "wrong", 1));
        assertEquals(List.of(1, 2), store.history("v").stream().map(Claim::version).toList(), "nothing stored");
        assertEquals(v2, store.claim("v").orElseThrow());
        Claim v3 = store.retract("v", "bob", "wrong", 2);
        assertEquals(3, v3.version());
        assertTrue(v3.retracted());
        assertEquals(4, store.supersede("v", claim("v").quote("any").build(), "ed", ClaimStore.ANY_VERSION).version());
    }

    @Test
    void arabicNamesOfSourcesAndActorsAreKeptAndCanBeLeftOut() {
        Source sohr = new Source("sohr", "Syrian Observatory for Human Rights", "monitor", null, null, null,
                "المرصد السوري لحقوق الإنسان");
        Source plain = new Source("plain", "No Arabic name", "outlet", null, null, null);
        Actor isis = new Actor("isis", "ISIS", "#000000", null, null, "تنظيم الدولة الإسلامية (داعش)");
        store.putSources(List.of(sohr, plain));
        store.putActors(List.of(isis));
        assertEquals(List.of(plain, sohr), store.sources());
        assertEquals(List.of(isis), store.actors());
        Source renamed = new Source("sohr", sohr.name(), "monitor", null, null, null, "المرصد");
        store.putSources(List.of(renamed));
        assertEquals("المرصد", store.sources().get(1).nameAr(), "an upsert changes the Arabic name too");
    }

    @Test
    void aFreshStoreIsEmpty() {
        assertTrue(store.isEmpty());
        assertEquals(List.of(), store.actors());
        assertEquals(List.of(), store.sources());
        assertEquals(List.of(), store.places());
        assertEquals(List.of(), store.claims(ClaimQuery.everything()));
    }

    static Stream<Arguments> singleWrites() {
        return Stream.of(
                Arguments.of("an actor", (Consumer<ClaimStore>) s -> s.putActors(StoreFixtures.actors())),
                Arguments.of("a source", (Consumer<ClaimStore>) s -> s.putSources(StoreFixtures.sources())),
                Arguments.of("a place", (Consumer<ClaimStore>) s -> s.putPlaces(StoreFixtures.places())),
                Arguments.of("a claim", (Consumer<ClaimStore>) s -> s.addClaims(List.of(claim("x").build()), "ed")));
    }

    @ParameterizedTest(name = "not empty once it holds {0}")
    @MethodSource("singleWrites")
    void notEmptyOnceItHoldsAnything(String what, Consumer<ClaimStore> write) {
        write.accept(store);
        assertFalse(store.isEmpty());
    }

    @Test
    void actorsRoundTripAndUpsertById() {
        store.putActors(StoreFixtures.actors());
        assertEquals(sortedById(StoreFixtures.actors()), store.actors());
        Actor renamed = new Actor("sdf", "SDF (Kurdish-led)", "#ffff00", "YPG and allies", null);
        store.putActors(List.of(renamed));
        assertEquals(4, store.actors().size());
        assertTrue(store.actors().contains(renamed));
    }

    @Test
    void sourcesRoundTripAndUpsertById() {
        store.putSources(StoreFixtures.sources());
        assertEquals(List.of(StoreFixtures.sources().get(1), StoreFixtures.sources().get(0)), store.sources());
        Source moved = new Source("sohr", "SOHR", "monitor", null, "Reuters", "رصد");
        store.putSources(List.of(moved));
        assertEquals(List.of(StoreFixtures.sources().get(1), moved), store.sources());
    }

    @Test
    void aPersonSourceKeepsItsAffiliation() {
        Source journalist = new Source("mohammed-al-abdullah", "Mohammed al-Abdullah", "journalist", null, null,
                "quoted in the article", null, "Diyaruna");
        store.putSources(List.of(journalist));
        assertEquals(List.of(journalist), store.sources());
        Source moved = new Source(journalist.id(), journalist.name(), "journalist", null, null, null, null, "AFP");
        store.putSources(List.of(moved));
        assertEquals("AFP", store.sources().get(0).affiliation(), "an upsert changes the affiliation too");
    }

    private static List<Actor> sortedById(List<Actor> actors) {
        return actors.stream().sorted((a, b) -> a.id().compareTo(b.id())).toList();
    }

    @ParameterizedTest(name = "place shape {0}")
    @ValueSource(strings = {
        "POLYGON ((38.9 35.9, 39.1 35.9, 39.1 36.0, 38.9 36.0, 38.9 35.9))",
        "POLYGON ((38 35, 40 35, 40 37, 38 37, 38 35), (38.5 35.5, 39 35.5, 39 36, 38.5 36, 38.5 35.5))",
        "MULTIPOLYGON (((38 35, 39 35, 39 36, 38 35)), ((40 35, 41 35, 41 36, 40 35)))",
        "POLYGON ((-179.5 -89.5, 179.5 -89.5, 179.5 89.5, -179.5 89.5, -179.5 -89.5))"})
    void placeShapesComeBackAsMultiPolygons(String shape) {
        Place p = new Place("p", "Name", "اسم", "region", "surveyed", "a \"note\"", wkt(shape));
        store.putPlaces(List.of(p));
        Place back = store.places().get(0);
        assertEquals(new Place("p", "Name", "اسم", "region", "surveyed", "a \"note\"", asMulti(wkt(shape))), back);
        assertEquals("MultiPolygon", back.geometry().getGeometryType());
    }

    @Test
    void placesUpsertById() {
        store.putPlaces(StoreFixtures.places());
        Place moved = new Place("raqqa-city", "Ar-Raqqah", null, "city", "surveyed", null,
                wkt(StoreFixtures.DAMASCUS_WKT));
        store.putPlaces(List.of(moved));
        List<Place> places = store.places();
        assertEquals(List.of("deir-camp", "raqqa-city"), places.stream().map(Place::id).toList());
        assertEquals(new Place("raqqa-city", "Ar-Raqqah", null, "city", "surveyed", null,
                asMulti(wkt(StoreFixtures.DAMASCUS_WKT))), places.get(1));
    }

    // --- adding and reading claims --------------------------------------------------------------------------------

    @Test
    void everyClaimFieldRoundTrips() {
        seedReferences();
        Claim full = new Claim("sohr-2017-10-17-raqqa", "sohr", "raqqa-city", "sdf", day("2017-10-17"),
                day("2019-03-23"), DatePrecision.APPROXIMATE, day("2017-10-20"), DatePrecision.MONTH, Basis.BLANKET,
                Stance.PRESENCE, Extent.PART,
                "<p>قوات سوريا الديمقراطية \"تسيطر\" على <b>الرقة</b> & it's 100%</p>",
                "https://www.syriahr.com/en/?p=76543&lang=en", "SDF takes Raqqa — «full control»",
                "seeds/001_b86b509722f25f8f.txt", "Rami Abdulrahman", "dates: 'mid-October' → approximate\nline 2",
                "AFP — «Agence France-Presse»", day("2017-10-21"),
                wkt("POLYGON ((38.95 35.92, 39.05 35.92, 39.05 35.98, 38.95 35.92))"),
                7, 99, Instant.EPOCH, "ignored", null);
        Instant before = Instant.now().minusMillis(1);
        Claim stored = store.addClaims(List.of(full), "editor-ü").get(0);
        Instant after = Instant.now().plusMillis(1);

        assertEquals(1, stored.version());
        assertTrue(stored.recorded() > 0);
        assertEquals("editor-ü", stored.editor());
        assertTrue(!stored.recordedAt().isBefore(before) && !stored.recordedAt().isAfter(after), stored::toString);
        Claim expected = new Claim(full.id(), full.source(), full.place(), full.actor(), full.validFrom(),
                full.validTo(), full.datePrecision(), full.reportedOn(), full.reportedOnPrecision(), full.basis(),
                Stance.PRESENCE, Extent.PART, full.quote(), full.url(), full.article(), full.articleRef(),
                full.speaker(), full.note(), full.publisher(), full.publishedOn(), asMulti(full.geometry()), 1,
                stored.recorded(), stored.recordedAt(), "editor-ü", null);
        assertEquals(expected, stored);
        assertEquals(Optional.of(stored), store.claim(full.id()));
        assertEquals(List.of(stored), store.claims(ClaimQuery.all()));
        assertEquals(List.of(stored), store.history(full.id()));
    }

    @Test
    void aClaimWithoutAStatedStartKeepsNoStartAndIsFoundByAnyPeriodBeforeItsEnd() {
        seedReferences();
        Claim unstated = claim("unstated").unstatedStart().to("2017-10-15").reported("2018-01-26").build();
        Claim stored = store.addClaims(List.of(unstated), "ed").get(0);
        Claim back = store.claim("unstated").orElseThrow();
        assertEquals(stored, back);
        assertNull(back.validFrom());
        assertNull(back.datePrecision());
        assertEquals(Stance.CONTROL, back.stance());
        assertEquals(Extent.WHOLE, back.extent());
        assertEquals(List.of(back), store.claims(new ClaimQuery(null, null, null, null, day("1990-01-01"), null,
                false)), "in force since before any day");
        assertEquals(List.of(), store.claims(new ClaimQuery(null, null, null, day("2017-10-15"), null, null,
                false)), "not in force from its valid_to on");
        assertEquals(List.of(back), store.history("unstated"));
    }

    @Test
    void optionalClaimFieldsMayBeNull() {
        Claim sparse = new Claim("sparse", "sohr", "raqqa-city", "isis", day("2014-01-13"), null, DatePrecision.DAY,
                day("2014-01-14"), DatePrecision.APPROXIMATE, Basis.EXPLICIT, "q", null, "title", null, null, null,
                null, 0, 0, null, null, null);
        Claim stored = store.addClaims(List.of(sparse), "ed").get(0);
        Claim back = store.claim("sparse").orElseThrow();
        assertEquals(stored, back);
        assertNull(back.validTo());
        assertNull(back.url());
        assertNull(back.geometry());
        assertNull(back.retraction());
        assertNull(back.publisher());
        assertNull(back.publishedOn());
        assertEquals(Stance.CONTROL, back.stance());
        assertEquals(Extent.WHOLE, back.extent());
    }

    @ParameterizedTest(name = "own shape {0}")
    @ValueSource(strings = {
        "POLYGON ((39 35.9, 39.1 35.9, 39.1 36, 39 35.9))",
        "MULTIPOLYGON (((39 35.9, 39.1 35.9, 39.1 36, 39 35.9)), ((38 35, 38.1 35, 38.1 35.1, 38 35)))"})
    void aClaimKeepsItsOwnShape(String shape) {
        seedReferences();
        Claim stored = store.addClaims(List.of(claim("own").geometry(shape).build()), "ed").get(0);
        assertEquals(asMulti(wkt(shape)), stored.geometry());
        assertEquals(asMulti(wkt(shape)), store.claim("own").orElseThrow().geometry());
        assertEquals(asMulti(wkt(shape)), store.history("own").get(0).geometry());
    }

    @Test
    void aClaimWithoutItsOwnShapeComesBackWithoutOne() {
        seedReferences();
        store.addClaims(List.of(claim("plain").build()), "ed");
        assertNull(store.claim("plain").orElseThrow().geometry());
        assertNull(store.claims(ClaimQuery.all()).get(0).geometry());
    }

    @Test
    void addClaimsReturnsInputOrderWithIncreasingRecorded() {
        List<Claim> stored = store.addClaims(List.of(claim("z").build(), claim("a").build(), claim("m").build()), "e");
        assertEquals(List.of("z", "a", "m"), ids(stored));
        assertTrue(stored.get(0).recorded() < stored.get(1).recorded());
        assertTrue(stored.get(1).recorded() < stored.get(2).recorded());
        assertEquals(List.of("z", "a", "m"), ids(store.claims(ClaimQuery.all())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejectedBatches")
    void aRejectedBatchWritesNothing(String why, List<Claim> batch) {
        seedReferences();
        Claim existing = store.addClaims(List.of(claim("old").build()), "ed").get(0);
        long version = store.dataVersion();
        assertThrows(StoreException.class, () -> store.addClaims(batch, "ed"));
        assertEquals(List.of(existing), store.claims(ClaimQuery.everything()));
        assertEquals(List.of(existing), store.history("old"));
        assertEquals(version, store.dataVersion());
        Claim next = store.addClaims(List.of(claim("new-1").build()), "ed").get(0);
        assertTrue(next.recorded() > existing.recorded());
    }

    static Stream<Arguments> rejectedBatches() {
        return Stream.of(
                Arguments.of("an id already stored", List.of(claim("new-1").build(), claim("old").build())),
                Arguments.of("the same id twice", List.of(claim("new-1").build(), claim("new-1").build())),
                Arguments.of("a point for a shape", List.of(claim("new-1").build(),
                        claim("new-2").geometry("POINT (39 36)").build())));
    }

    @Test
    void unknownIdsAreAbsent() {
        assertEquals(Optional.empty(), store.claim("nope"));
        assertEquals(List.of(), store.history("nope"));
    }

    // --- filters --------------------------------------------------------------------------------------------------

    protected void seedQueryCases() {
        seedReferences();
        store.addClaims(ClaimQueryCases.claims(), "ed");
        store.retract(ClaimQueryCases.RETRACTED, "ed", "wrong place");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("controlmap.store.ClaimQueryCases#cases")
    void claimsMatchTheQuery(String name, ClaimQuery query, List<String> expected) {
        seedQueryCases();
        assertEquals(expected, ids(store.claims(query)));
    }

    @Test
    void aBboxFollowsThePlaceWhenItsShapeChanges() {
        seedQueryCases();
        ClaimQuery damascus = new ClaimQuery(null, null, null, null, null, StoreFixtures.box(36.25, 33.45, 36.3, 33.5),
                false);
        assertEquals(List.of("c"), ids(store.claims(damascus)));
        store.putPlaces(List.of(new Place("raqqa-city", "Raqqa", null, "city", "approximate", null,
                wkt(StoreFixtures.DAMASCUS_WKT))));
        assertEquals(List.of("a", "b", "c", "d"), ids(store.claims(damascus)));
        assertNull(store.claim("a").orElseThrow().geometry(), "the place's shape is not the claim's own");
    }

    @Test
    void aClaimAddedBeforeItsPlaceIsFoundByBboxOnceThePlaceExists() {
        store.addClaims(List.of(claim("early").build()), "ed");
        ClaimQuery raqqa = new ClaimQuery(null, null, null, null, null, StoreFixtures.box(39, 35.95, 39.01, 35.96),
                false);
        assertEquals(List.of(), ids(store.claims(raqqa)));
        store.putPlaces(StoreFixtures.places());
        assertEquals(List.of("early"), ids(store.claims(raqqa)));
    }

    // --- versions: supersede, retract, history --------------------------------------------------------------------

    @Test
    void supersedeMakesANewVersionAndKeepsTheOld() {
        seedReferences();
        Claim v1 = store.addClaims(List.of(claim("k").build()), "alice").get(0);
        Claim replacement = claim("k").actor("sdf").valid("2014-01-13", "2017-10-17").quote("corrected")
                .geometry(StoreFixtures.RAQQA_WKT).build();
        Claim v2 = store.supersede("k", replacement, "bob");

        assertEquals(2, v2.version());
        assertTrue(v2.recorded() > v1.recorded());
        assertEquals("bob", v2.editor());
        assertEquals("sdf", v2.actor());
        assertEquals(day("2017-10-17"), v2.validTo());
        assertEquals("corrected", v2.quote());
        assertEquals(asMulti(wkt(StoreFixtures.RAQQA_WKT)), v2.geometry());
        assertEquals(Optional.of(v2), store.claim("k"));
        assertEquals(List.of(v1, v2), store.history("k"));
        assertEquals(List.of(v2), store.claims(ClaimQuery.all()));
    }

    @Test
    void supersedeCanDropTheClaimsOwnShape() {
        seedReferences();
        store.addClaims(List.of(claim("k").geometry(StoreFixtures.DAMASCUS_WKT).build()), "alice");
        store.supersede("k", claim("k").build(), "bob");
        assertNull(store.claim("k").orElseThrow().geometry());
        ClaimQuery damascus = new ClaimQuery(null, null, null, null, null, StoreFixtures.box(36.25, 33.45, 36.3, 33.5),
                false);
        assertEquals(List.of(), store.claims(damascus));
        assertNotNull(store.history("k").get(0).geometry());
    }

    @Test
    void aSupersededClaimMovesToTheEndOfRecordedOrder() {
        store.addClaims(List.of(claim("first").build(), claim("second").build()), "ed");
        store.supersede("first", claim("first").quote("fixed").build(), "ed");
        assertEquals(List.of("second", "first"), ids(store.claims(ClaimQuery.all())));
    }

    @Test
    void retractMarksTheClaimAndKeepsIt() {
        Claim v1 = store.addClaims(List.of(claim("r").build()), "alice").get(0);
        Instant before = Instant.now().minusMillis(1);
        Claim v2 = store.retract("r", "bob", "the source denied it");

        Retraction r = v2.retraction();
        assertEquals("bob", r.by());
        assertEquals("the source denied it", r.reason());
        assertFalse(r.at().isBefore(before));
        assertEquals(2, v2.version());
        assertTrue(v2.recorded() > v1.recorded());
        assertEquals(v1.quote(), v2.quote());
        assertEquals(Optional.of(v2), store.claim("r"));
        assertEquals(List.of(v1, v2), store.history("r"));
        assertEquals(List.of(), store.claims(ClaimQuery.all()));
        assertEquals(List.of(v2), store.claims(ClaimQuery.everything()));
    }

    @Test
    void retractingTwiceIsRefused() {
        store.addClaims(List.of(claim("r").build()), "alice");
        store.retract("r", "bob", "denied");
        long version = store.dataVersion();
        assertThrows(StoreException.class, () -> store.retract("r", "carol", "again"));
        assertEquals(2, store.history("r").size());
        assertEquals(version, store.dataVersion());
    }

    @Test
    void aCorrectionOfARetractedClaimStaysRetracted() {
        store.addClaims(List.of(claim("r").build()), "alice");
        Claim retracted = store.retract("r", "bob", "denied");
        Claim v3 = store.supersede("r", claim("r").quote("typo fixed").build(), "carol");
        assertEquals(3, v3.version());
        assertEquals(retracted.retraction(), v3.retraction());
        assertEquals(List.of(), store.claims(ClaimQuery.all()));
    }

    @Test
    void aReplacementWithAnotherIdIsRefused() {
        store.addClaims(List.of(claim("k").build()), "alice");
        assertThrows(StoreException.class, () -> store.supersede("k", claim("other").build(), "bob"));
        assertEquals(1, store.history("k").size());
        assertEquals(Optional.empty(), store.claim("other"));
    }

    @Test
    void versionsOfAnUnknownClaimAreRefused() {
        long version = store.dataVersion();
        assertThrows(NoSuchElementException.class, () -> store.supersede("nope", claim("nope").build(), "ed"));
        assertThrows(NoSuchElementException.class, () -> store.retract("nope", "ed", "why"));
        assertEquals(version, store.dataVersion());
        assertTrue(store.isEmpty());
    }

    // --- data version and recorded sequence -----------------------------------------------------------------------

    static Stream<Arguments> everyWrite() {
        return Stream.of(
                Arguments.of("putActors", (Consumer<ClaimStore>) s -> s.putActors(StoreFixtures.actors())),
                Arguments.of("putSources", (Consumer<ClaimStore>) s -> s.putSources(StoreFixtures.sources())),
                Arguments.of("putPlaces", (Consumer<ClaimStore>) s -> s.putPlaces(StoreFixtures.places())),
                Arguments.of("addClaims", (Consumer<ClaimStore>) s -> s.addClaims(List.of(claim("n").build()), "e")),
                Arguments.of("supersede", (Consumer<ClaimStore>) s -> s.supersede("k", claim("k").build(), "e")),
                Arguments.of("retract", (Consumer<ClaimStore>) s -> s.retract("k", "e", "why")));
    }

    @ParameterizedTest(name = "{0} raises the data version")
    @MethodSource("everyWrite")
    void everyWriteRaisesTheDataVersion(String name, Consumer<ClaimStore> write) {
        store.addClaims(List.of(claim("k").build()), "ed");
        long before = store.dataVersion();
        assertEquals(before, store.dataVersion(), "reading does not change it");
        write.accept(store);
        assertTrue(store.dataVersion() > before, name);
    }

    @Test
    void recordedStrictlyIncreasesAcrossAllWrites() {
        long last = 0;
        for (int i = 0; i < 3; i++) {
            for (Claim c : store.addClaims(List.of(claim("a" + i).build(), claim("b" + i).build()), "ed")) {
                assertTrue(c.recorded() > last);
                last = c.recorded();
            }
            Claim superseded = store.supersede("a" + i, claim("a" + i).quote("v2").build(), "ed");
            assertTrue(superseded.recorded() > last);
            Claim retracted = store.retract("b" + i, "ed", "why");
            assertTrue(retracted.recorded() > superseded.recorded());
            last = retracted.recorded();
        }
    }

    @Test
    void concurrentWritersAndReadersSeeConsistentData() throws Exception {
        int threads = 8;
        int perThread = 25;
        List<Thread> workers = new java.util.ArrayList<>();
        java.util.Queue<Throwable> failures = new java.util.concurrent.ConcurrentLinkedQueue<>();
        for (int t = 0; t < threads; t++) {
            int n = t;
            workers.add(new Thread(() -> {
                try {
                    for (int i = 0; i < perThread; i++) {
                        store.addClaims(List.of(claim("t" + n + "-" + i).build()), "thread-" + n);
                        store.claims(ClaimQuery.all());
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            }));
        }
        workers.forEach(Thread::start);
        for (Thread w : workers) {
            w.join();
        }
        assertEquals(List.of(), List.copyOf(failures));
        List<Claim> all = store.claims(ClaimQuery.all());
        assertEquals(threads * perThread, all.size());
        assertEquals(all.size(), all.stream().mapToLong(Claim::recorded).distinct().count());
    }
    // --- restoring history (store-to-store copies) ----------------------------------------------------------------

    private static Claim version(String id, int version, long recorded, String at, String editor,
                                 Retraction retraction) {
        return claim(id).quote(id + " v" + version).build()
                .recordedAs(version, recorded, Instant.parse(at), editor).retractedBy(retraction);
    }

    @Test
    void restoreKeepsEveryVersionAsGiven() {
        seedReferences();
        Claim k1 = version("k", 1, 10, "2018-01-01T10:00:00.123Z", "alice", null);
        Claim m1 = version("m", 1, 11, "2018-01-02T10:00:00Z", "bob", null);
        Claim k2 = version("k", 2, 12, "2018-01-03T10:00:00Z", "carol",
                new Retraction("carol", Instant.parse("2018-01-03T10:00:00Z"), "denied"));
        long before = store.dataVersion();

        store.restoreClaims(List.of(k2, m1, k1));

        assertTrue(store.dataVersion() > before);
        assertEquals(List.of(k1, k2), store.history("k"));
        assertEquals(Optional.of(k2), store.claim("k"));
        assertEquals(List.of(m1, k2), store.claims(ClaimQuery.everything()));
        assertEquals(List.of(m1), store.claims(ClaimQuery.all()));
        assertTrue(store.addClaims(List.of(claim("next").build()), "ed").get(0).recorded() > 12);
        assertTrue(store.retract("m", "ed", "why").recorded() > 12);
    }

    @Test
    void aRestoredClaimWithItsOwnShapeIsFoundByBbox() {
        seedReferences();
        Claim own = claim("own").geometry(StoreFixtures.DAMASCUS_WKT).build()
                .recordedAs(1, 5, Instant.parse("2018-01-01T00:00:00Z"), "ed");
        store.restoreClaims(List.of(own, version("plain", 1, 6, "2018-01-01T00:00:00Z", "ed", null)));
        assertEquals(List.of("own"), ids(store.claims(new ClaimQuery(null, null, null, null, null,
                StoreFixtures.box(36.25, 33.45, 36.3, 33.5), false))));
        assertEquals(List.of("plain"), ids(store.claims(new ClaimQuery(null, null, null, null, null,
                StoreFixtures.box(38.95, 35.92, 39.05, 35.98), false))));
    }

    static Stream<Arguments> refusedRestores() {
        String t = "2018-01-01T00:00:00Z";
        return Stream.of(
                Arguments.of("a gap in versions", List.of(version("n", 1, 100, t, "e", null),
                        version("n", 3, 101, t, "e", null))),
                Arguments.of("a repeated version", List.of(version("n", 1, 100, t, "e", null),
                        version("n", 1, 101, t, "e", null))),
                Arguments.of("no version 1", List.of(version("n", 2, 100, t, "e", null))),
                Arguments.of("a repeated recorded number", List.of(version("n", 1, 100, t, "e", null),
                        version("o", 1, 100, t, "e", null))),
                Arguments.of("an id already stored", List.of(version("n", 1, 100, t, "e", null),
                        version("old", 1, 101, t, "e", null))),
                Arguments.of("a recorded number already handed out", List.of(version("n", 1, 1, t, "e", null))));
    }

    @ParameterizedTest(name = "restore refuses {0}")
    @MethodSource("refusedRestores")
    void aRefusedRestoreWritesNothing(String why, List<Claim> versions) {
        Claim old = store.addClaims(List.of(claim("old").build()), "ed").get(0);
        long version = store.dataVersion();
        assertThrows(StoreException.class, () -> store.restoreClaims(versions));
        assertEquals(version, store.dataVersion());
        assertEquals(List.of(old), store.claims(ClaimQuery.everything()));
        assertEquals(List.of(), store.history("n"));
    }
}
