package controlmap.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import controlmap.domain.Actor;
import controlmap.domain.Basis;
import controlmap.domain.DatePrecision;
import controlmap.domain.Source;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.locationtech.jts.operation.valid.IsValidOp;

/** The seed dataset in data/geojson keeps the design contract and says only what its articles say. */
class SeedDataTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Set<String> PLACE_KINDS = Set.of("city", "town", "village", "camp", "district", "region", "province");
    static final Set<String> CLAIM_FIELDS = Set.of("source", "place", "actor", "valid_from", "valid_to", "date_precision",
            "reported_on", "reported_on_precision", "basis", "quote", "url", "article", "article_ref", "speaker", "note");
    static final Pattern COLOR = Pattern.compile("#[0-9A-Fa-f]{6}");
    static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    static final Pattern ARTICLE_REF = Pattern.compile("data/articles/[A-Za-z0-9_.-]+\\.txt");

    static Path dataDir;
    static Path articlesDir;
    static Map<String, Actor> actors;
    static Map<String, JsonNode> sources;
    static Map<String, JsonNode> places;
    static List<JsonNode> claims;

    @BeforeAll
    static void load() throws IOException {
        dataDir = Path.of(System.getProperty("controlmap.dataDir", "data/geojson"));
        articlesDir = dataDir.toAbsolutePath().getParent().resolve("articles");
        actors = new HashMap<>();
        for (JsonNode a : JSON.readTree(dataDir.resolve("actors.json").toFile())) {
            Actor actor = new Actor(a.path("id").asText(), a.path("name").asText(), a.path("color").asText(),
                    a.path("description").asText(null), a.path("negates").isNull() ? null : a.path("negates").asText());
            assertEquals(null, actors.put(actor.id(), actor), "duplicate actor " + actor.id());
        }
        sources = byId(JSON.readTree(dataDir.resolve("sources.json").toFile()), "source");
        places = byId(JSON.readTree(dataDir.resolve("places.geojson").toFile()).path("features"), "place");
        claims = new ArrayList<>();
        JsonNode fc = JSON.readTree(dataDir.resolve("claims.geojson").toFile());
        assertEquals("FeatureCollection", fc.path("type").asText());
        fc.path("features").forEach(claims::add);
        Set<String> ids = new HashSet<>();
        for (JsonNode c : claims) {
            assertTrue(ids.add(c.path("id").asText()), "duplicate claim " + c.path("id"));
        }
    }

    static Map<String, JsonNode> byId(JsonNode array, String what) {
        Map<String, JsonNode> m = new HashMap<>();
        for (JsonNode n : array) {
            assertEquals(null, m.put(n.path("id").asText(), n), "duplicate " + what + " " + n.path("id"));
        }
        return m;
    }

    static Stream<JsonNode> claims() {
        return claims.stream();
    }

    static Stream<JsonNode> places() {
        return places.values().stream().sorted(Comparator.comparing(p -> p.path("id").asText()));
    }

    static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        assertNotNull(v, "missing " + field);
        assertTrue(v.isTextual() && !v.asText().isBlank(), field + " must be a non-blank string");
        return v.asText();
    }

    static Optional<String> optionalText(JsonNode n, String field) {
        JsonNode v = n.get(field);
        assertNotNull(v, "missing " + field + " (null is allowed, absence is not)");
        if (v.isNull()) {
            return Optional.empty();
        }
        assertTrue(v.isTextual() && !v.asText().isBlank(), field + " must be null or a non-blank string");
        return Optional.of(v.asText());
    }

    // ---- counts and the controlled vocabularies ----

    @Test
    void atLeastFortyClaims() {
        assertTrue(claims.size() >= 40, "only " + claims.size() + " claims");
    }

    @Test
    void requiredActorsWithTheirColours() {
        for (String id : List.of("isis", "syrian-government", "sdf", "hts", "opposition", "turkish-backed", "contested",
                "not-isis")) {
            assertTrue(actors.containsKey(id), "missing actor " + id);
        }
        assertEquals("isis", actors.get("not-isis").negates());
        assertEquals("#BBBBBB", actors.get("not-isis").color());
        assertEquals("#CC79A7", actors.get("contested").color());
        assertTrue(Set.of("#000000", "#444444").contains(actors.get("isis").color()));
        Set<String> colours = new HashSet<>();
        for (Actor a : actors.values()) {
            assertTrue(COLOR.matcher(a.color()).matches(), a.id() + ": colour " + a.color());
            assertTrue(colours.add(a.color().toUpperCase()), a.id() + ": colour used twice");
            assertTrue(a.negates() == null || actors.containsKey(a.negates()), a.id() + ": negates an unknown actor");
            assertFalse(a.name().isBlank(), a.id() + ": no name");
        }
    }

    @Test
    void sourcesHaveAKnownKindAndADescription() {
        for (String id : List.of("russia-mod", "kremlin", "sohr", "diyaruna", "afp", "un-envoy", "sdf", "the-duran",
                "crss-blog", "daily-sheeple")) {
            assertTrue(sources.containsKey(id), "missing source " + id);
        }
        for (JsonNode s : sources.values()) {
            String id = text(s, "id");
            assertTrue(SLUG.matcher(id).matches(), id);
            text(s, "name");
            assertTrue(Source.KINDS.contains(text(s, "kind")), id + ": kind " + s.get("kind"));
            text(s, "description");
            optionalText(s, "url").ifPresent(u -> assertTrue(u.startsWith("http"), id + ": url " + u));
            optionalText(s, "outlet");
        }
    }

    @Test
    void sourcesWithoutClaimsSayWhy() {
        Set<String> speaking = new HashSet<>();
        claims.forEach(c -> speaking.add(c.path("properties").path("source").asText()));
        for (JsonNode s : sources.values()) {
            if (!speaking.contains(s.path("id").asText())) {
                assertTrue(s.path("description").asText().contains("no claim"),
                        s.path("id").asText() + " has no claims and its description does not say why");
            }
        }
    }

    // ---- places ----

    @ParameterizedTest(name = "{0}")
    @MethodSource("places")
    void placeHasItsPropertiesAndAValidPolygon(JsonNode f) throws ParseException, IOException {
        String id = text(f, "id");
        assertTrue(SLUG.matcher(id).matches(), id);
        assertEquals("Feature", f.path("type").asText());
        JsonNode p = f.path("properties");
        text(p, "name");
        assertTrue(text(p, "name_ar").codePoints().anyMatch(cp -> Character.UnicodeBlock.of(cp)
                == Character.UnicodeBlock.ARABIC), id + ": name_ar is not Arabic");
        assertTrue(PLACE_KINDS.contains(text(p, "kind")), id + ": kind " + p.get("kind"));
        assertEquals("approximate", text(p, "geometry_quality"));
        text(p, "note");
        Geometry g = new GeoJsonReader().read(JSON.writeValueAsString(f.get("geometry")));
        assertTrue(g instanceof Polygon || g instanceof MultiPolygon, id + ": " + g.getGeometryType());
        assertTrue(IsValidOp.isValid(g), () -> id + ": " + new IsValidOp(g).getValidationError());
        for (var c : g.getCoordinates()) {
            assertTrue(c.x >= 35 && c.x <= 43 && c.y >= 32 && c.y <= 38, id + ": " + c + " is not lon/lat in Syria");
        }
    }

    @Test
    void requiredPlacesExist() {
        for (String id : List.of("raqqa-city", "deir-ezzor-city", "deir-ezzor-east", "deir-ezzor-west", "albu-kamal",
                "palmyra", "yarmouk-camp", "eastern-ghouta", "idlib-province", "ne-hama", "east-aleppo", "tabqa",
                "homs-desert", "se-idlib", "hama-city", "homs-city", "al-bab", "jalaa", "ramadi-dez", "buq",
                "al-sayyal")) {
            assertTrue(places.containsKey(id), "missing place " + id);
        }
    }

    // ---- claims ----

    @ParameterizedTest(name = "{0}")
    @MethodSource("claims")
    void claimIsWellFormed(JsonNode f) {
        String id = text(f, "id");
        assertTrue(SLUG.matcher(id).matches(), id);
        assertEquals("Feature", f.path("type").asText());
        assertTrue(f.has("geometry") && f.get("geometry").isNull(), id + ": geometry must be null");
        JsonNode p = f.path("properties");
        Set<String> names = new HashSet<>();
        p.fieldNames().forEachRemaining(names::add);
        assertEquals(CLAIM_FIELDS, names, id + ": properties");
        assertTrue(sources.containsKey(text(p, "source")), id + ": unknown source");
        assertTrue(places.containsKey(text(p, "place")), id + ": unknown place");
        assertTrue(actors.containsKey(text(p, "actor")), id + ": unknown actor");
        LocalDate from = LocalDate.parse(text(p, "valid_from"));
        optionalText(p, "valid_to").map(LocalDate::parse)
                .ifPresent(to -> assertTrue(from.isBefore(to), id + ": valid_from must be before valid_to"));
        LocalDate reported = LocalDate.parse(text(p, "reported_on"));
        assertFalse(from.isAfter(reported), id + ": in force only after it was reported");
        DatePrecision.fromWire(text(p, "date_precision"));
        DatePrecision.fromWire(text(p, "reported_on_precision"));
        Basis.fromWire(text(p, "basis"));
        optionalText(p, "url").ifPresent(u -> assertTrue(u.startsWith("http"), id + ": url " + u));
        optionalText(p, "speaker");
        text(p, "article");
        text(p, "note");
        assertTrue(ARTICLE_REF.matcher(text(p, "article_ref")).matches(), id + ": article_ref");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("claims")
    void quoteIsInItsArticleWordForWord(JsonNode f) throws IOException {
        JsonNode p = f.path("properties");
        String ref = text(p, "article_ref");
        Path file = articlesDir.resolve(ref.substring("data/articles/".length()));
        if (!Files.isRegularFile(file)) {
            fail("article " + file.toAbsolutePath() + " not found");
        }
        String article = Files.readString(file, StandardCharsets.UTF_8);
        String quote = text(p, "quote");
        assertTrue(article.contains(quote), f.path("id").asText() + ": quote not found verbatim in " + ref);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("claims")
    void idReadsSourceDatePlaceActor(JsonNode f) {
        JsonNode p = f.path("properties");
        String expected = String.join("-", p.path("source").asText(), p.path("valid_from").asText(),
                p.path("place").asText(), p.path("actor").asText());
        assertEquals(expected, f.path("id").asText());
    }

    /** A change of hands is two claims of the same source, so a timeline can show who held the place before. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("claims")
    void aClaimThatEndsIsFollowedByTheSameSource(JsonNode f) {
        JsonNode p = f.path("properties");
        if (p.path("valid_to").isNull()) {
            return;
        }
        boolean followed = claims.stream().map(c -> c.path("properties")).anyMatch(q ->
                q.path("source").equals(p.path("source")) && q.path("place").equals(p.path("place"))
                        && q.path("valid_from").equals(p.path("valid_to"))
                        && !q.path("actor").equals(p.path("actor")));
        assertTrue(followed, f.path("id").asText() + ": ends, but no claim of the same source takes over");
    }

    // ---- the disagreement the dataset exists to show ----

    /** The as-of rule of DESIGN.md on the raw data: latest valid_from, then latest reported_on. */
    static Optional<String> actorOn(String source, String place, LocalDate day) {
        return claims.stream().map(c -> c.path("properties"))
                .filter(p -> p.path("source").asText().equals(source) && p.path("place").asText().equals(place))
                .filter(p -> !LocalDate.parse(p.path("valid_from").asText()).isAfter(day))
                .filter(p -> p.path("valid_to").isNull() || LocalDate.parse(p.path("valid_to").asText()).isAfter(day))
                .max(Comparator.comparing((JsonNode p) -> p.path("valid_from").asText())
                        .thenComparing(p -> p.path("reported_on").asText()))
                .map(p -> p.path("actor").asText());
    }

    @ParameterizedTest(name = "2017-12-08 {0}: {1} says {2}")
    @CsvSource({
        "deir-ezzor-east, russia-mod, not-isis",
        "yarmouk-camp,    russia-mod, not-isis",
        "eastern-ghouta,  russia-mod, not-isis",
        "ne-hama,         russia-mod, not-isis",
        "deir-ezzor-east, sohr,       isis",
        "yarmouk-camp,    diyaruna,   isis",
        "eastern-ghouta,  diyaruna,   isis",
        "ne-hama,         diyaruna,   isis",
    })
    void sourcesDisagreeAboutIsisOnTheDayAfterTheRussianDeclaration(String place, String source, String actor) {
        assertEquals(Optional.of(actor), actorOn(source, place, LocalDate.of(2017, 12, 8)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"deir-ezzor-east, sohr", "yarmouk-camp, diyaruna", "eastern-ghouta, diyaruna", "ne-hama, diyaruna"})
    void theDisagreementIsAConflict(String place, String other) {
        LocalDate day = LocalDate.of(2017, 12, 8);
        Actor russia = actors.get(actorOn("russia-mod", place, day).orElseThrow());
        Actor them = actors.get(actorOn(other, place, day).orElseThrow());
        assertTrue(russia.conflictsWith(them) && them.conflictsWith(russia));
    }
}
