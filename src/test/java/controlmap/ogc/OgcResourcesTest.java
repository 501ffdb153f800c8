package controlmap.ogc;

import static controlmap.ogc.OgcAnswers.link;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import controlmap.testing.RunningService;
import controlmap.testing.SeededServiceTest;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The capabilities of /ogc: landing page, conformance, collections, errors and content negotiation. */
class OgcResourcesTest extends SeededServiceTest {


    static String local(JsonNode link) {
        return OgcAnswers.local(svc, link);
    }

    @Test
    void landingPageLinksEveryRequiredResource() {
        JsonNode landing = svc.json("/ogc");
        assertFalse(landing.path("title").asText().isBlank());
        assertEquals("/ogc", local(link(landing, "self", "application/json")));
        assertEquals("/ogc?f=html", local(link(landing, "alternate", "text/html")));
        assertEquals("/ogc/api", local(link(landing, "service-desc", "application/vnd.oai.openapi+json;version=3.0")));
        assertEquals("/ogc/api?f=html", local(link(landing, "service-doc", "text/html")));
        assertEquals("/ogc/conformance", local(link(landing, "conformance", "application/json")));
        assertEquals("/ogc/collections", local(link(landing, "data", "application/json")));
        for (JsonNode l : landing.path("links")) {
            HttpResponse<String> r = svc.get(local(l), "Accept", l.path("type").asText());
            assertEquals(200, r.statusCode(), l.toString());
            String type = r.headers().firstValue("Content-Type").orElse("");
            assertTrue(type.startsWith(l.path("type").asText()), l + " answered " + type);
        }
    }

    @Test
    void conformanceDeclaresTheFourClassesOfPartOneAndTheFilterAndTilesClasses() {
        JsonNode conf = svc.json("/ogc/conformance");
        Set<String> classes = new HashSet<>();
        conf.path("conformsTo").forEach(c -> classes.add(c.asText()));
        String base = "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/";
        Set<String> partOne = Set.of(base + "core", base + "geojson", base + "html", base + "oas30");
        assertTrue(classes.containsAll(partOne), classes.toString());
        classes.removeAll(partOne);
        classes.forEach(c -> assertTrue(c.startsWith("http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/")
                || c.startsWith("http://www.opengis.net/spec/cql2/1.0/conf/")
                || c.startsWith("http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/")
                || c.startsWith("http://www.opengis.net/spec/tms/2.0/conf/"), c));
    }

    @Test
    void collectionsDescribePlacesAndClaimsWithExtents() {
        JsonNode all = svc.json("/ogc/collections");
        link(all, "self", "application/json");
        link(all, "alternate", "text/html");
        List<String> ids = all.path("collections").findValuesAsText("id");
        assertEquals(List.of("places", "claims", "control"), ids);
        for (String id : ids) {
            JsonNode c = svc.json("/ogc/collections/" + id);
            assertEquals(id, c.path("id").asText());
            assertEquals("/ogc/collections/" + id + "/items", local(link(c, "items", "application/geo+json")));
            link(c, "items", "text/html");
            link(c, "self", "application/json");
            JsonNode bbox = c.path("extent").path("spatial").path("bbox").path(0);
            assertEquals(4, bbox.size(), c.toString());
            assertTrue(bbox.get(0).asDouble() > 35 && bbox.get(2).asDouble() < 43, "Syria: " + bbox);
            assertEquals("http://www.opengis.net/def/crs/OGC/1.3/CRS84",
                    c.path("extent").path("spatial").path("crs").asText());
            assertEquals("http://www.opengis.net/def/crs/OGC/1.3/CRS84", c.path("crs").path(0).asText());
            assertEquals("feature", c.path("itemType").asText());
        }
        JsonNode interval = svc.json("/ogc/collections/claims").path("extent").path("temporal").path("interval");
        assertEquals(svc.json("/api/extent").path("first").asText() + "T00:00:00Z", interval.path(0).path(0).asText(),
                "the data's first day, as /api/extent gives it: the earliest date a claim states");
        assertTrue(interval.path(0).path(1).isNull(), "claims still in force: open end");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/ogc/collections/nowhere | 404 | NotFound",
        "/ogc/collections/nowhere/items | 404 | NotFound",
        "/ogc/collections/claims/items/no-such-claim | 404 | NotFound",
        "/ogc/collections/places/items/no-such-place | 404 | NotFound",
        "/ogc/no/such/path | 404 | NotFound",
        "/ogc?f=xml | 406 | NotAcceptable",
        "/ogc/collections/claims/items?f=xml | 406 | NotAcceptable",
        "/ogc/collections/claims/items?sauce=sohr | 400 | InvalidParameterValue",
        "/ogc?limit=10 | 400 | InvalidParameterValue",
        "/ogc/conformance?x=1 | 400 | InvalidParameterValue",
        "/ogc/collections?bbox=1,2,3,4 | 400 | InvalidParameterValue",
        "/ogc/collections/claims?limit=3 | 400 | InvalidParameterValue",
        "/ogc/collections/claims/items/x?limit=3 | 400 | InvalidParameterValue",
        "/ogc/api?datetime=2017-12-07 | 400 | InvalidParameterValue",
        "/ogc/collections/places/items?source=sohr | 400 | InvalidParameterValue",
        "/ogc/collections/claims/items?limit=1&limit=2 | 400 | InvalidParameterValue",
        "/ogc/collections/claims/items?limit=0 | 400 | InvalidParameterValue",
        "/ogc/collections/claims/items?limit=ten | 400 | InvalidParameterValue",
    })
    void errorsAreOgcExceptionDocuments(String path, int status, String code) {
        HttpResponse<String> r = svc.get(path);
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode e = RunningService.parse(r.body());
        assertEquals(code, e.path("code").asText(), r.body());
        assertFalse(e.path("description").asText().isBlank());
    }

    @Test
    void theRestApiKeepsProblemJson() {
        HttpResponse<String> r = svc.get("/api/claims?sauce=sohr");
        assertEquals(400, r.statusCode());
        assertEquals("application/problem+json", r.headers().firstValue("Content-Type").orElse(""));
        assertEquals(404, svc.get("/api/nothing").statusCode());
        assertEquals("application/problem+json", svc.get("/api/nothing").headers().firstValue("Content-Type")
                .orElse(""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/ogc", "/ogc/conformance", "/ogc/api", "/ogc/collections", "/ogc/collections/claims",
        "/ogc/collections/claims/items", "/ogc/collections/places/items/raqqa-city"})
    void negotiatesByAcceptAndFBeatsAccept(String path) {
        assertTrue(type(svc.get(path)).contains("json"), "no Accept: JSON");
        assertTrue(type(svc.get(path, "Accept", "text/html,application/xhtml+xml,*/*;q=0.8")).startsWith("text/html"));
        assertTrue(type(svc.get(path + "?f=html", "Accept", "application/json")).startsWith("text/html"));
        assertTrue(type(svc.get(path + "?f=json", "Accept", "text/html")).contains("json"));
        assertEquals(406, svc.get(path, "Accept", "application/xml").statusCode());
        assertEquals(406, svc.get(path + "?f=xml").statusCode());
    }

    private static String type(HttpResponse<String> r) {
        assertEquals(200, r.statusCode(), r.body());
        return r.headers().firstValue("Content-Type").orElse("");
    }

    @Test
    void everyAnswerCarriesAnEtagAndHonoursIfNoneMatch() {
        HttpResponse<String> first = svc.get("/ogc/collections/claims/items?limit=3");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertNotNull(first.headers().firstValue("Cache-Control").orElse(null));
        assertEquals(304, svc.get("/ogc/collections/claims/items?limit=3", "If-None-Match", etag).statusCode());
        assertEquals("*", first.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
    }

    @Test
    void headAnswersLikeGetWithoutABodyAndPreflightAllowsReads() {
        HttpResponse<String> head = svc.send(java.net.http.HttpRequest.newBuilder(svc.uri("/ogc/collections/claims/items"))
                .method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
        assertEquals(svc.get("/ogc/collections/claims/items").headers().firstValue("ETag"),
                head.headers().firstValue("ETag"));
        HttpResponse<String> preflight = svc.send(java.net.http.HttpRequest.newBuilder(svc.uri("/ogc/collections"))
                .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://example.org").header("Access-Control-Request-Method", "GET").build());
        assertEquals(204, preflight.statusCode());
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("GET"));
    }
}
