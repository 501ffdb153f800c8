package controlmap.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import controlmap.testing.RunningService;
import controlmap.testing.SeededServiceTest;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** GET /api/gazetteer: the towns, rivers and country names of the offline map, cached like the other static answers. */
class GazetteerApiTest extends SeededServiceTest {

    static Map<String, JsonNode> byId(JsonNode fc) {
        Map<String, JsonNode> out = new HashMap<>();
        fc.path("features").forEach(f -> out.put(f.path("id").asText(), f));
        return out;
    }

    @Test
    void answersTownsRiversAndCountriesWithEnglishAndArabicNames() {
        HttpResponse<String> r = svc.get("/api/gazetteer");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/geo+json"));
        JsonNode fc = RunningService.parse(r.body());
        assertTrue(fc.path("source").asText().contains("GeoNames") && fc.path("source").asText().contains("Natural Earth"),
                "says where it comes from: " + fc.path("source"));
        Map<String, JsonNode> f = byId(fc);

        JsonNode euphrates = f.get("euphrates");
        assertEquals("river", euphrates.path("properties").path("kind").asText());
        assertEquals("Euphrates", euphrates.path("properties").path("name").asText());
        assertEquals("نهر الفرات", euphrates.path("properties").path("name_ar").asText());
        assertEquals("MultiLineString", euphrates.path("geometry").path("type").asText());
        boolean throughDeirEzZor = false;
        for (JsonNode line : euphrates.path("geometry").path("coordinates")) {
            for (JsonNode pt : line) {
                throughDeirEzZor |= Math.abs(pt.get(0).asDouble() - 40.14) < 0.1 && Math.abs(pt.get(1).asDouble() - 35.34) < 0.1;
            }
        }
        assertTrue(throughDeirEzZor, "the river passes Deir ez-Zor");

        JsonNode damascus = f.get("gn-170654").path("properties");
        assertEquals("town", damascus.path("kind").asText());
        assertEquals("Damascus", damascus.path("name").asText());
        assertEquals("دمشق", damascus.path("name_ar").asText());
        assertTrue(damascus.path("capital").asBoolean());
        assertTrue(damascus.path("population").asLong() > 1_000_000);
        JsonNode palmyra = f.get("gn-163808").path("properties");
        assertEquals("Palmyra", palmyra.path("name").asText());
        assertTrue(palmyra.path("alt").toString().contains("Tadmur"), "found by its other name: " + palmyra.path("alt"));
        assertTrue(palmyra.path("min_zoom").asDouble() > damascus.path("min_zoom").asDouble(),
                "a town of 50,000 is named later than the capital");

        assertEquals("سوريا", f.get("country-sy").path("properties").path("name_ar").asText());
        assertEquals("Point", f.get("country-iq").path("geometry").path("type").asText());
    }

    @Test
    void isCachedLikeTheBasemapAndAnswersHead() {
        HttpResponse<String> first = svc.get("/api/gazetteer");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertTrue(first.headers().firstValue("Cache-Control").orElse("").contains("max-age"));
        assertEquals("*", first.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        HttpResponse<String> again = svc.get("/api/gazetteer", "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
        HttpResponse<String> head = svc.send(HttpRequest.newBuilder(svc.uri("/api/gazetteer"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(200, head.statusCode());
        assertEquals(etag, head.headers().firstValue("ETag").orElse(""));
        assertEquals("", head.body());
    }

    @Test
    void anUnknownParameterIsAProblemNamingIt() {
        HttpResponse<String> r = svc.get("/api/gazetteer?zoom=7");
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals("zoom", RunningService.parse(r.body()).path("parameter").asText());
    }
}
