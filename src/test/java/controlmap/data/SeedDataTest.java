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
import controlmap.domain.Extent;
import controlmap.domain.Source;
import controlmap.domain.Stance;
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
import java.util.regex.Matcher;
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
    static final Set<String> CLAIM_FIELDS = Set.of("source", "place", "actor", "stance", "extent", "valid_from", "valid_to",
            "date_precision", "reported_on", "reported_on_precision", "basis", "quote", "url", "article", "article_ref",
            "speaker", "publisher", "published_on", "note");
    /** Source kinds that are persons: their own name must be found near their words. */
    static final Set<String> PERSON_KINDS = Set.of("journalist", "analyst", "official", "expert");
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
        for (String id : List.of("russia-mod", "sohr", "afp", "sdf", "the-duran", "crss-blog", "daily-sheeple",
                "mohammed-al-abdullah", "yahya-mohammed-ali")) {
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
            optionalText(s, "affiliation");
        }
        assertEquals("journalist", sources.get("mohammed-al-abdullah").path("kind").asText());
        assertEquals("expert", sources.get("yahya-mohammed-ali").path("kind").asText());
    }

    /** A source is the person or body who made a statement we record; nobody is listed for nothing. */
    @Test
    void everySourceIsCitedByAClaim() {
        Set<String> speaking = new HashSet<>();
        claims.forEach(c -> speaking.add(c.path("properties").path("source").asText()));
        assertEquals(sources.keySet(), speaking);
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
                "al-sayyal", "east-hama", "west-aleppo")) {
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
        Stance.fromWire(text(p, "stance"));
        Extent.fromWire(text(p, "extent"));
        Optional<LocalDate> from = optionalText(p, "valid_from").map(LocalDate::parse);
        Optional<String> precision = optionalText(p, "date_precision");
        assertEquals(from.isPresent(), precision.isPresent(), id + ": date_precision goes with valid_from");
        precision.ifPresent(DatePrecision::fromWire);
        LocalDate reported = LocalDate.parse(text(p, "reported_on"));
        from.ifPresent(start -> {
            optionalText(p, "valid_to").map(LocalDate::parse)
                    .ifPresent(to -> assertTrue(start.isBefore(to), id + ": valid_from must be before valid_to"));
            assertFalse(start.isAfter(reported), id + ": in force only after it was reported");
        });
        DatePrecision.fromWire(text(p, "reported_on_precision"));
        Basis.fromWire(text(p, "basis"));
        text(p, "publisher");
        optionalText(p, "published_on").map(LocalDate::parse)
                .ifPresent(pub -> assertFalse(reported.isAfter(pub), id + ": said after the article came out"));
        optionalText(p, "url").ifPresent(u -> assertTrue(u.startsWith("http"), id + ": url " + u));
        optionalText(p, "speaker");
        text(p, "article");
        text(p, "note");
        assertTrue(ARTICLE_REF.matcher(text(p, "article_ref")).matches(), id + ": article_ref");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("claims")
    void idReadsSourceReportedOnPlaceActor(JsonNode f) {
        JsonNode p = f.path("properties");
        String expected = String.join("-", p.path("source").asText(), p.path("reported_on").asText(),
                p.path("place").asText(), p.path("actor").asText());
        assertEquals(expected, f.path("id").asText());
    }

    // ---- every claim re-read against its article ----

    static String article(JsonNode p) throws IOException {
        String ref = text(p, "article_ref");
        Path file = articlesDir.resolve(ref.substring("data/articles/".length()));
        if (!Files.isRegularFile(file)) {
            fail("article " + file.toAbsolutePath() + " not found");
        }
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    /**
     * Who published each article and when, with the evidence: words of the article's dateline, or of its web address
     * when the text has none. Undated articles have no published_on.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', nullValues = "-", value = {
        "000_5c36fd0c85a56583.txt; Diyaruna;          2018-01-26; /features/2018/01/26/",
        "001_b86b509722f25f8f.txt; AFP;               2017-12-08; By AFP - Dec 08,2017",
        "002_6ec6e04141118325.txt; The Daily Sheeple; -;          -",
        "003_7d8e99867ac3ae18.txt; The Duran;         -;          -",
        "004_1a2832c2f1fca37f.txt; CRSS Blog;         -;          -",
    })
    void claimsOfAnArticleCarryItsPublisherAndDate(String file, String publisher, String publishedOn, String evidence)
            throws IOException {
        String text = Files.readString(articlesDir.resolve(file), StandardCharsets.UTF_8);
        List<JsonNode> cited = claims.stream().map(c -> c.path("properties"))
                .filter(p -> p.path("article_ref").asText().equals("data/articles/" + file)).toList();
        assertFalse(cited.isEmpty(), file + " is cited by no claim");
        for (JsonNode p : cited) {
            assertEquals(publisher, p.path("publisher").asText(), file);
            assertEquals(publishedOn, p.path("published_on").isNull() ? null : p.path("published_on").asText(), file);
            if (evidence != null) {
                assertTrue(text.contains(evidence) || p.path("url").asText().contains(evidence), file + ": " + evidence);
            } else {
                // An undated article cannot date a statement to the day on its own.
                assertEquals("approximate", p.path("reported_on_precision").asText(), file);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("claims")
    void quoteIsInItsArticleWordForWord(JsonNode f) throws IOException {
        JsonNode p = f.path("properties");
        assertTrue(article(p).contains(text(p, "quote")),
                f.path("id").asText() + ": quote not found verbatim in " + p.path("article_ref").asText());
    }

    /** How far from the quote the article must name who said it (characters, either side). */
    static final int SPEAKER_WINDOW = 600;

    /** The speaker (or the person who is the source) is named by the article close to the quote. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("claims")
    void speakerIsNamedNearTheQuote(JsonNode f) throws IOException {
        JsonNode p = f.path("properties");
        JsonNode source = sources.get(p.path("source").asText());
        String who = p.path("speaker").isNull()
                ? PERSON_KINDS.contains(source.path("kind").asText()) ? source.path("name").asText() : null
                : p.path("speaker").asText();
        if (who == null) {
            return; // an outlet's own narration
        }
        String name = who.split("[(,]")[0].trim();
        String surname = name.substring(name.lastIndexOf(' ') + 1);
        String text = article(p);
        int at = text.indexOf(text(p, "quote"));
        String around = text.substring(Math.max(0, at - SPEAKER_WINDOW),
                Math.min(text.length(), at + p.path("quote").asText().length() + SPEAKER_WINDOW));
        assertTrue(Pattern.compile("\\b" + Pattern.quote(surname) + "\\b").matcher(around).find(),
                f.path("id").asText() + ": " + surname + " is not named near the quote");
    }

    static final Pattern PRESENCE_WORDS = Pattern.compile("\\b(presence|positions|near|cells|pockets)\\b",
            Pattern.CASE_INSENSITIVE);
    static final Pattern PART_WORDS = Pattern.compile("\\b(parts?|areas|per cent)\\b", Pattern.CASE_INSENSITIVE);

    /** "A presence", "positions near", "cells", "pockets": not control, unless the note says why it is. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("claims")
    void presenceWordsMakePresenceClaims(JsonNode f) {
        JsonNode p = f.path("properties");
        if (PRESENCE_WORDS.matcher(p.path("quote").asText()).find() && p.path("stance").asText().equals("control")) {
            assertTrue(p.path("note").asText().contains("Control, not presence:"), f.path("id").asText()
                    + ": the quote speaks of presence but the claim is control, and the note does not say why");
        }
        if (p.path("stance").asText().equals("presence")) {
            assertTrue(actors.get(p.path("actor").asText()).negates() == null
                    && !p.path("actor").asText().equals("contested"), f.path("id").asText() + ": a presence of whom?");
        }
    }

    /** "Parts of", "areas in", "a small part", "per cent of": part of the place, unless the note says why not. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("claims")
    void partWordsMakePartClaims(JsonNode f) {
        JsonNode p = f.path("properties");
        if (PART_WORDS.matcher(p.path("quote").asText()).find() && p.path("extent").asText().equals("whole")) {
            assertTrue(p.path("note").asText().contains("Whole, not part:"), f.path("id").asText()
                    + ": the quote speaks of part of a place but the claim is whole, and the note does not say why");
        }
    }

    static final Pattern START = Pattern.compile("Start: '([^']+)'");

    /**
     * No invented starts: a claim without valid_from says "Start: not stated"; one with it quotes the article's words
     * it comes from ("Start: 'in mid-October' ..."). The placeholder 2014-01-01 of earlier versions is gone.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("claims")
    void everyStartComesFromTheArticle(JsonNode f) throws IOException {
        JsonNode p = f.path("properties");
        String id = f.path("id").asText();
        String note = p.path("note").asText();
        if (p.path("valid_from").isNull()) {
            assertTrue(note.contains("Start: not stated"), id + ": no valid_from, and the note does not say so");
            return;
        }
        assertFalse(p.path("valid_from").asText().equals("2014-01-01"), id + ": the invented 2014-01-01 start");
        Matcher m = START.matcher(note);
        assertTrue(m.find(), id + ": valid_from without \"Start: '<the article's words>'\" in the note");
        assertTrue(article(p).contains(m.group(1)), id + ": the start's words '" + m.group(1) + "' are not in the article");
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

    // ---- the disagreements the dataset exists to show ----

    /**
     * The as-of rule of docs/design.md on the raw data: of the source's claims about the place in force on the day
     * and reported by the knowledge date, the latest valid_from wins (an unstated start is earliest), then the latest
     * reported_on.
     */
    static Optional<JsonNode> claimOn(String source, String place, LocalDate day, LocalDate knownBy) {
        Comparator<JsonNode> byStart = Comparator.comparing(
                (JsonNode p) -> p.path("valid_from").isNull() ? LocalDate.MIN : LocalDate.parse(p.path("valid_from").asText()));
        return claims.stream().map(c -> c.path("properties"))
                .filter(p -> p.path("source").asText().equals(source) && p.path("place").asText().equals(place))
                .filter(p -> p.path("valid_from").isNull() || !LocalDate.parse(p.path("valid_from").asText()).isAfter(day))
                .filter(p -> p.path("valid_to").isNull() || LocalDate.parse(p.path("valid_to").asText()).isAfter(day))
                .filter(p -> !LocalDate.parse(p.path("reported_on").asText()).isAfter(knownBy))
                .max(byStart.thenComparing(p -> p.path("reported_on").asText()));
    }

    /** The dispute rule of docs/design.md: neither is presence, the actors conflict, and they are not both part. */
    static boolean conflict(JsonNode a, JsonNode b) {
        if (a.path("stance").asText().equals("presence") || b.path("stance").asText().equals("presence")) {
            return false;
        }
        if (a.path("extent").asText().equals("part") && b.path("extent").asText().equals("part")) {
            return false;
        }
        return actors.get(a.path("actor").asText()).conflictsWith(actors.get(b.path("actor").asText()));
    }

    static final LocalDate DAY_AFTER = LocalDate.of(2017, 12, 8);

    /** As known on 8 December 2017, Russia's "not a single village" disagrees with SOHR, and not with AFP. */
    @ParameterizedTest(name = "2017-12-08 as known that day: {0}, {1} says {2} ({3}); a dispute: {4}")
    @CsvSource({
        "deir-ezzor-east, sohr, isis,              control, true",
        "deir-ezzor-east, afp,  sdf,               presence, false",
        "deir-ezzor-west, afp,  syrian-government, presence, false",
        "yarmouk-camp,    afp,  isis,              presence, false",
        "homs-desert,     afp,  isis,              presence, false",
        "east-hama,       afp,  isis,              presence, false",
    })
    void onTheDayAfterTheRussianDeclaration(String place, String other, String actor, String stance, boolean dispute) {
        JsonNode russia = claimOn("russia-mod", place, DAY_AFTER, DAY_AFTER).orElseThrow();
        assertEquals("not-isis", russia.path("actor").asText());
        JsonNode them = claimOn(other, place, DAY_AFTER, DAY_AFTER).orElseThrow();
        assertEquals(actor, them.path("actor").asText());
        assertEquals(stance, them.path("stance").asText());
        assertEquals(dispute, conflict(russia, them));
    }

    /** Mohammed al-Abdullah's statement came out on 26 January 2018: the disagreement about 8 December exists only
     *  as known from then on. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"yarmouk-camp", "eastern-ghouta", "ne-hama", "homs-desert", "se-idlib", "deir-ezzor-east"})
    void alAbdullahDisagreesAsKnownFromJanuary2018(String place) {
        JsonNode russia = claimOn("russia-mod", place, DAY_AFTER, DAY_AFTER).orElseThrow();
        assertTrue(claimOn("mohammed-al-abdullah", place, DAY_AFTER, DAY_AFTER).isEmpty(), "known before it was said");
        JsonNode him = claimOn("mohammed-al-abdullah", place, DAY_AFTER, LocalDate.of(2018, 1, 26)).orElseThrow();
        assertEquals("isis", him.path("actor").asText());
        assertEquals("part", him.path("extent").asText());
        assertTrue(conflict(russia, him));
    }
}
