package controlmap.ogc;

import static controlmap.ogc.OgcAnswers.ids;
import static controlmap.ogc.OgcAnswers.link;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import controlmap.testing.RunningService;
import controlmap.testing.SeededServiceTest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** /ogc/collections/{id}/items and /items/{featureId}: paging, limit, bbox, datetime, extra filters. */
class OgcItemsTest extends SeededServiceTest {

    static final String CLAIMS = "/ogc/collections/claims/items";
    static final String PLACES = "/ogc/collections/places/items";
    /** Every claim as /api/claims gives it: the reference the OGC answers are checked against. */
    static JsonNode reference;

    @BeforeAll
    static void start() {
        reference = svc.json("/api/claims").path("features");
    }

    /** Ids of the reference claims whose properties satisfy {@code keep}. */
    static Set<String> expected(Predicate<JsonNode> keep) {
        return OgcAnswers.idsWhere(reference, keep);
    }

    /** Every feature of {@code first} and the pages its {@code next} links lead to. */
    static List<String> allPages(String first) {
        List<String> seen = new ArrayList<>();
        String next = first;
        for (int pages = 0; next != null; pages++) {
            assertTrue(pages < 100, "paging does not end");
            JsonNode page = svc.json(next);
            page.path("features").forEach(f -> seen.add(f.path("id").asText()));
            next = null;
            for (JsonNode l : page.path("links")) {
                if (l.path("rel").asText().equals("next")) {
                    next = OgcAnswers.local(svc, l);
                }
            }
        }
        return seen;
    }

    @Test
    void aPageIsAGeoJsonFeatureCollectionWithTheOgcMembers() {
        HttpResponse<String> r = svc.get(CLAIMS);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/geo+json"));
        assertEquals("<http://www.opengis.net/def/crs/OGC/1.3/CRS84>", r.headers().firstValue("Content-Crs")
                .orElse(""));
        JsonNode fc = RunningService.parse(r.body());
        assertEquals("FeatureCollection", fc.path("type").asText());
        assertEquals(10, fc.path("features").size(), "default limit");
        assertEquals(10, fc.path("numberReturned").asInt());
        assertEquals(reference.size(), fc.path("numberMatched").asInt());
        Instant stamp = Instant.parse(fc.path("timeStamp").asText());
        assertTrue(Math.abs(stamp.getEpochSecond() - Instant.now().getEpochSecond()) < 120, "timeStamp is now");
        link(fc, "self", "application/geo+json");
        link(fc, "alternate", "text/html");
        link(fc, "next", "application/geo+json");
        link(fc, "collection", "application/json");
        JsonNode f = fc.path("features").path(0);
        assertEquals("Feature", f.path("type").asText());
        assertEquals(f.path("id").asText(), f.path("properties").path("id").asText(), "feature id = claim id");
        assertTrue(Set.of("Polygon", "MultiPolygon").contains(f.path("geometry").path("type").asText()));
    }

    @Test
    void pagingWithNextReturnsEveryClaimExactlyOnce() {
        List<String> seen = allPages(CLAIMS + "?limit=7");
        assertEquals(reference.size(), seen.size(), "no claim twice: " + seen);
        assertEquals(expected(p -> true), new HashSet<>(seen));
        int lastOffset = (reference.size() - 1) / 7 * 7;
        JsonNode last = svc.json(CLAIMS + "?limit=7&offset=" + lastOffset);
        assertEquals(reference.size() - lastOffset, last.path("numberReturned").asInt());
        assertFalse(last.path("links").findValuesAsText("rel").contains("next"));
        assertEquals(CLAIMS + "?limit=7&offset=" + (lastOffset - 7), OgcAnswers.local(svc, link(last, "prev", null)));
        JsonNode beyond = svc.json(CLAIMS + "?offset=1000");
        assertEquals(0, beyond.path("numberReturned").asInt());
        assertEquals(reference.size(), beyond.path("numberMatched").asInt());
    }

    @Test
    void nextLinksKeepTheFilters() {
        List<String> seen = allPages(CLAIMS + "?limit=2&source=russia-mod&datetime=2017-12-07");
        assertEquals(expected(p -> p.path("source").asText().equals("russia-mod")
                && inForce(p, LocalDate.parse("2017-12-07"))), new HashSet<>(seen));
        assertEquals(new HashSet<>(seen).size(), seen.size());
    }

    @Test
    void limitRange() {
        assertEquals(1, svc.json(CLAIMS + "?limit=1").path("features").size());
        assertEquals(reference.size(), svc.json(CLAIMS + "?limit=10000").path("features").size());
        assertEquals(23, svc.json(PLACES + "?limit=10000").path("numberReturned").asInt());
        for (String bad : List.of("0", "-1", "abc", "1.5", "", "1e3")) {
            assertEquals(400, svc.get(CLAIMS + "?limit=" + bad).statusCode(), "limit=" + bad);
        }
        // 17-069r4 /req/core/fc-limit-response-1 C: above the maximum is not an error, the maximum stands
        for (String big : List.of("10001", "99999999999999999999999")) {
            JsonNode fc = svc.json(PLACES + "?limit=" + big);
            assertEquals(23, fc.path("numberReturned").asInt(), "limit=" + big);
        }
        assertEquals(400, svc.get(CLAIMS + "?offset=-1").statusCode());
    }

    @Test
    void bboxOfFourOrSixNumbers() {
        Set<String> damascus = ids(svc.json(PLACES + "?bbox=36.1,33.3,36.7,33.8&limit=100"));
        assertTrue(damascus.contains("yarmouk-camp"), damascus.toString());
        assertFalse(damascus.contains("raqqa-city"));
        assertEquals(damascus, ids(svc.json(PLACES + "?bbox=36.1,33.3,-100,36.7,33.8,100&limit=100")));
        Set<String> claims = ids(svc.json(CLAIMS + "?bbox=36.1,33.3,36.7,33.8&limit=100"));
        assertEquals(expected(p -> damascus.contains(p.path("place").asText())), claims);
        assertEquals(0, svc.json(PLACES + "?bbox=0,0,1,1").path("numberMatched").asInt());
        assertEquals(23, svc.json(PLACES + "?bbox=170,-90,60,90&limit=100").path("numberMatched").asInt(),
                "a box across the antimeridian from 170°E to 60°E covers Syria");
        for (String bad : List.of("1,2,3", "1,2,3,4,5", "a,b,c,d", "0,0,1,200", "0,10,1,5", "1,2,3,NaN")) {
            assertEquals(400, svc.get(CLAIMS + "?bbox=" + bad).statusCode(), "bbox=" + bad);
        }
    }

    /** A claim's start; a start the source did not give is before every day. */
    static LocalDate from(JsonNode p) {
        return p.path("valid_from").isNull() ? LocalDate.MIN : LocalDate.parse(p.path("valid_from").asText());
    }

    static boolean inForce(JsonNode p, LocalDate day) {
        String to = p.path("valid_to").asText(null);
        return !from(p).isAfter(day) && (to == null || LocalDate.parse(to).isAfter(day));
    }

    /** Claims whose validity [from, to) meets the closed interval of days [a, b] (null = open). */
    static Set<String> meeting(LocalDate a, LocalDate b) {
        return expected(p -> (b == null || !from(p).isAfter(b))
                && (a == null || p.path("valid_to").isNull() || LocalDate.parse(p.path("valid_to").asText()).isAfter(a)));
    }

    static Set<String> claims(String datetime) {
        return ids(svc.json(CLAIMS + "?limit=10000&datetime=" + datetime));
    }

    @Test
    void datetimeInstantMatchesFromValidFromUntilBeforeValidTo() {
        JsonNode ended = null;
        for (JsonNode f : reference) {
            if (!f.path("properties").path("valid_to").isNull() && !f.path("properties").path("valid_from").isNull()) {
                ended = f;
                break;
            }
        }
        assertTrue(ended != null, "the seed has a claim that ended");
        String id = ended.path("id").asText();
        JsonNode p = ended.path("properties");
        LocalDate to = LocalDate.parse(p.path("valid_to").asText());
        assertTrue(claims(p.path("valid_from").asText()).contains(id), "instant = valid_from matches");
        assertTrue(claims(to.minusDays(1).toString()).contains(id), "the last day matches");
        assertFalse(claims(to.toString()).contains(id), "instant = valid_to does not match");
        assertFalse(claims(to + "T00:00:00Z").contains(id));
        assertTrue(claims(to.minusDays(1) + "T23:59:59Z").contains(id));
        assertFalse(claims(LocalDate.parse(p.path("valid_from").asText()).minusDays(1) + "T23:59:59Z").contains(id));
        LocalDate day = LocalDate.parse("2017-12-07");
        assertEquals(expected(q -> inForce(q, day)), claims("2017-12-07"));
    }

    @Test
    void datetimeIntervalsOpenEndsAndDurations() {
        assertEquals(meeting(null, LocalDate.parse("2017-01-01")), claims("../2017-01-01"));
        assertEquals(meeting(null, LocalDate.parse("2017-01-01")), claims("/2017-01-01"));
        assertEquals(meeting(LocalDate.parse("2017-12-07"), null), claims("2017-12-07/.."));
        assertEquals(meeting(LocalDate.parse("2017-12-07"), null), claims("2017-12-07/"));
        Set<String> week = meeting(LocalDate.parse("2017-12-01"), LocalDate.parse("2017-12-08"));
        assertEquals(week, claims("2017-12-01/2017-12-08"));
        assertEquals(week, claims("2017-12-01/P7D"));
        assertEquals(week, claims("P7D/2017-12-08"));
        assertTrue(claims("../2017-01-01").size() < reference.size(), "the filter filters");
        assertTrue(claims("2017-12-07/..").size() < reference.size());
        for (String bad : List.of("../..", "2017-02-30", "tomorrow", "2017-12-08/2017-12-01", "P7D")) {
            HttpResponse<String> r = svc.get(CLAIMS + "?datetime=" + bad);
            assertEquals(400, r.statusCode(), "datetime=" + bad);
            assertEquals("InvalidParameterValue", RunningService.parse(r.body()).path("code").asText());
        }
    }

    @Test
    void placesHaveNoTimeSoDatetimeKeepsThemAll() {
        assertEquals(23, svc.json(PLACES + "?datetime=1990-01-01").path("numberMatched").asInt());
        assertEquals(400, svc.get(PLACES + "?datetime=1990-13-01").statusCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"source=sohr", "actor=isis", "place=raqqa-city", "source=russia-mod&actor=not-isis"})
    void extraFiltersKeepEqualProperties(String query) {
        Set<String> got = ids(svc.json(CLAIMS + "?limit=10000&" + query));
        Predicate<JsonNode> keep = p -> true;
        for (String pair : query.split("&")) {
            String[] kv = pair.split("=");
            keep = keep.and(p -> p.path(kv[0]).asText().equals(kv[1]));
        }
        assertEquals(expected(keep), got);
        assertFalse(got.isEmpty(), query);
    }

    @Test
    void anUnknownIdInAFilterMatchesNothing() {
        JsonNode fc = svc.json(CLAIMS + "?source=nobody");
        assertEquals(0, fc.path("numberMatched").asInt());
    }

    @Test
    void oneFeatureById() {
        String id = reference.path(0).path("id").asText();
        HttpResponse<String> r = svc.get(CLAIMS + "/" + id);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/geo+json"));
        assertEquals("<http://www.opengis.net/def/crs/OGC/1.3/CRS84>", r.headers().firstValue("Content-Crs")
                .orElse(""));
        JsonNode f = RunningService.parse(r.body());
        assertEquals(id, f.path("id").asText());
        assertEquals(reference.path(0).path("properties").path("quote"), f.path("properties").path("quote"));
        link(f, "self", "application/geo+json");
        link(f, "alternate", "text/html");
        link(f, "collection", "application/json");
        JsonNode place = svc.json(PLACES + "/raqqa-city");
        assertEquals("raqqa-city", place.path("id").asText());
        assertFalse(place.path("properties").path("name").asText().isBlank());
    }
}
