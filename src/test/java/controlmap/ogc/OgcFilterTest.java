package controlmap.ogc;

import static controlmap.ogc.OgcAnswers.ids;
import static controlmap.ogc.OgcItemsTest.CLAIMS;
import static controlmap.ogc.OgcItemsTest.expected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import controlmap.testing.SeededServiceTest;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * OGC API - Features Part 3 over HTTP: queryables, {@code filter} in cql2-text and cql2-json on the claims and the
 * control collections, checked against {@code /api/claims} and {@code /api/control} read with plain Java predicates.
 */
class OgcFilterTest extends SeededServiceTest {

    @BeforeAll
    static void reference() {
        OgcItemsTest.reference = svc.json("/api/claims").path("features");
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static Set<String> filtered(String path, String filter, String lang) {
        String url = path + "?limit=10000&filter=" + enc(filter) + (lang == null ? "" : "&filter-lang=" + lang);
        JsonNode fc = svc.json(url);
        assertEquals(fc.path("features").size(), fc.path("numberMatched").asInt(), url);
        return ids(fc);
    }

    private static String text(JsonNode p, String field) {
        return p.path(field).isNull() ? null : p.path(field).asText(null);
    }

    /** {@code field} is a day on or after {@code day} (ISO days compare as text). */
    private static Predicate<JsonNode> onOrAfter(String field, String day) {
        return p -> text(p, field) != null && text(p, field).compareTo(day) >= 0;
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("valid_from >= '2017-12-08'", onOrAfter("valid_from", "2017-12-08")),
                Arguments.of("reported_on >= '2017-12-08'", onOrAfter("reported_on", "2017-12-08")),
                Arguments.of("valid_to < DATE('2016-01-01')",
                        (Predicate<JsonNode>) p -> text(p, "valid_to") != null
                                && text(p, "valid_to").compareTo("2016-01-01") < 0),
                Arguments.of("valid_to IS NULL", (Predicate<JsonNode>) p -> text(p, "valid_to") == null),
                Arguments.of("source = 'sohr' OR actor IN ('isis', 'not-isis')",
                        (Predicate<JsonNode>) p -> p.path("source").asText().equals("sohr")
                                || List.of("isis", "not-isis").contains(p.path("actor").asText())),
                Arguments.of("NOT (source = 'sohr') AND valid_from BETWEEN '2015-01-01' AND '2016-12-31'",
                        (Predicate<JsonNode>) p -> !p.path("source").asText().equals("sohr")
                                && text(p, "valid_from") != null && text(p, "valid_from").compareTo("2015-01-01") >= 0
                                && text(p, "valid_from").compareTo("2016-12-31") <= 0),
                Arguments.of("quote LIKE '%Raqqa%'", (Predicate<JsonNode>) p -> p.path("quote").asText()
                        .contains("Raqqa")),
                Arguments.of("T_INTERSECTS(INTERVAL(valid_from, valid_to), INTERVAL('2017-12-08', '2017-12-08'))",
                        (Predicate<JsonNode>) p -> (text(p, "valid_from") == null
                                || text(p, "valid_from").compareTo("2017-12-08") <= 0)
                                && (text(p, "valid_to") == null || text(p, "valid_to").compareTo("2017-12-08") >= 0)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void textFiltersGiveTheClaimsThatSatisfyThem(String filter, Predicate<JsonNode> keep) {
        Set<String> want = expected(keep);
        assertEquals(want, filtered(CLAIMS, filter, null), filter);
        assertEquals(want, filtered(CLAIMS, filter, "cql2-text"), filter);
    }

    @Test
    void aDateComparisonIsOnTheFieldNotTheValidity() {
        Set<String> starting = filtered(CLAIMS, "valid_from >= '2017-12-08'", null);
        Set<String> inForce = ids(svc.json(CLAIMS + "?limit=10000&datetime=2017-12-08/.."));
        assertTrue(inForce.size() > starting.size(), "datetime keeps claims in force after; filter only those "
                + "starting: " + inForce.size() + " vs " + starting.size());
    }

    @Test
    void jsonFiltersAnswerAsTheTextOnes() {
        String json = "{\"op\":\"or\",\"args\":[{\"op\":\"=\",\"args\":[{\"property\":\"source\"},\"sohr\"]},"
                + "{\"op\":\">=\",\"args\":[{\"property\":\"valid_from\"},{\"date\":\"2017-12-01\"}]}]}";
        Set<String> got = filtered(CLAIMS, json, "cql2-json");
        assertEquals(filtered(CLAIMS, "source = 'sohr' OR valid_from >= DATE('2017-12-01')", null), got);
        assertFalse(got.isEmpty());
        assertTrue(got.size() > filtered(CLAIMS, "source = 'sohr'", null).size());
    }

    @Test
    void aSpatialFilterAnswersAsBbox() {
        Set<String> box = ids(svc.json(CLAIMS + "?limit=10000&bbox=36.1,33.3,36.7,33.8"));
        assertFalse(box.isEmpty());
        assertEquals(box, filtered(CLAIMS, "S_INTERSECTS(geometry, BBOX(36.1, 33.3, 36.7, 33.8))", null));
        assertEquals(box, filtered(CLAIMS, "S_INTERSECTS(geometry, "
                + "POLYGON((36.1 33.3, 36.7 33.3, 36.7 33.8, 36.1 33.8, 36.1 33.3)))", null));
        Set<String> both = new HashSet<>(box);
        both.retainAll(expected(p -> p.path("source").asText().equals("sohr")));
        assertEquals(both, ids(svc.json(CLAIMS + "?limit=10000&bbox=36.1,33.3,36.7,33.8&filter="
                + enc("source = 'sohr'"))));
    }

    @Test
    void pagesOfAFilteredAnswerKeepTheFilter() {
        Set<String> want = filtered(CLAIMS, "valid_to IS NULL", null);
        assertTrue(want.size() > 3);
        assertEquals(want, new HashSet<>(OgcItemsTest.allPages(CLAIMS + "?limit=3&filter=" + enc("valid_to IS NULL"))));
    }

    @Test
    void theControlCollectionIsFilteredToo() {
        JsonNode control = svc.json("/api/control?date=2017-12-08&source=sohr");
        Set<String> isis = new HashSet<>();
        control.path("features").forEach(f -> {
            if (f.path("properties").path("actor").asText().equals("isis")) {
                isis.add("2017-12-08:" + f.path("properties").path("place").asText() + ":sohr");
            }
        });
        assertFalse(isis.isEmpty());
        assertEquals(isis, ids(svc.json("/ogc/collections/control/items?limit=10000&datetime=2017-12-08&source=sohr"
                + "&filter=" + enc("actor = 'isis' AND day = '2017-12-08'"))));
    }

    @Test
    void queryablesAreAJsonSchemaWithDatesTyped() {
        HttpResponse<String> r = svc.get("/ogc/collections/claims/queryables");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/schema+json"));
        JsonNode q = svc.json("/ogc/collections/claims/queryables");
        assertEquals("date", q.at("/properties/valid_from/format").asText());
        assertEquals("date", q.at("/properties/reported_on/format").asText());
        assertEquals("string", q.at("/properties/source/type").asText());
        assertEquals("primary-geometry", q.at("/properties/geometry/x-ogc-role").asText());
        assertEquals("date", svc.json("/ogc/collections/control/queryables").at("/properties/day/format").asText());
        JsonNode collection = svc.json("/ogc/collections/claims");
        assertTrue(OgcAnswers.local(svc, OgcAnswers.link(collection,
                "http://www.opengis.net/def/rel/ogc/1.0/queryables", "application/schema+json"))
                .endsWith("/collections/claims/queryables"));
        assertEquals(406, svc.get("/ogc/collections/claims/queryables?f=html").statusCode());
        assertEquals(404, svc.get("/ogc/collections/nothing/queryables").statusCode());
    }

    @Test
    void conformanceDeclaresFilteringAndCql2() {
        Set<String> classes = new HashSet<>();
        svc.json("/ogc/conformance").path("conformsTo").forEach(c -> classes.add(c.asText()));
        for (String c : List.of("http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/filter",
                "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/features-filter",
                "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables",
                "http://www.opengis.net/spec/cql2/1.0/conf/basic-cql2",
                "http://www.opengis.net/spec/cql2/1.0/conf/advanced-comparison-operators",
                "http://www.opengis.net/spec/cql2/1.0/conf/basic-spatial-functions",
                "http://www.opengis.net/spec/cql2/1.0/conf/temporal-functions",
                "http://www.opengis.net/spec/cql2/1.0/conf/cql2-json")) {
            assertTrue(classes.contains(c), c);
        }
    }

    @Test
    void deepNestingIsAnsweredOrRefusedNeverAServerError() {
        HttpResponse<String> r = svc.get(CLAIMS + "?filter=" + enc("(".repeat(1000) + "TRUE" + ")".repeat(1000)));
        assertTrue(r.statusCode() == 200 || r.statusCode() == 400 && r.body().contains("nested too deeply"),
                r.statusCode() + " " + r.body());
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of("filter=" + enc("source = 'sohr' AND"), "line 1, column 20"),
                Arguments.of("filter=" + enc("colour = 'red'"), "unknown property 'colour'"),
                Arguments.of("filter=" + enc("valid_from >= 'last week'"), "'last week' (a string) is not a day"),
                Arguments.of("filter=" + enc("{\"op\":\"=\"}") + "&filter-lang=cql2-json", "\"args\""),
                Arguments.of("filter=" + enc("source = 'sohr'") + "&filter-lang=sql", "filter-lang"),
                Arguments.of("filter=" + enc("source = 'sohr'") + "&filter-crs=EPSG:3857", "filter-crs"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void aFilterThatCannotBeAppliedIsA400SayingWhy(String query, String why) {
        HttpResponse<String> r = svc.get(CLAIMS + "?" + query);
        assertEquals(400, r.statusCode(), r.body());
        JsonNode e = controlmap.testing.RunningService.parse(r.body());
        assertEquals("InvalidParameterValue", e.path("code").asText());
        assertTrue(e.path("description").asText().contains(why), e.toString());
    }
}
