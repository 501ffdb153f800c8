package controlmap.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import controlmap.testing.RunningService;
import controlmap.testing.SeededServiceTest;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ListsApiTest extends SeededServiceTest {


    static Set<String> ids(JsonNode array, String field) {
        Set<String> out = new HashSet<>();
        array.forEach(n -> out.add(n.path(field).asText()));
        return out;
    }

    @Test
    void sourcesListTheRequiredOnesWithKinds() {
        JsonNode sources = svc.json("/api/sources");
        assertTrue(ids(sources, "id").containsAll(Set.of("russia-mod", "sohr", "afp", "sdf",
                "mohammed-al-abdullah", "yahya-mohammed-ali")), sources.toString());
        Set<String> kinds = Set.of("government", "military", "monitor", "news-agency", "outlet", "analyst",
                "journalist", "official", "expert");
        sources.forEach(s -> assertTrue(kinds.contains(s.path("kind").asText()), s.toString()));
    }

    @Test
    void actorsHaveColours() {
        JsonNode actors = svc.json("/api/actors");
        assertTrue(ids(actors, "id").containsAll(Set.of("isis", "syrian-government", "sdf", "hts", "opposition")));
        actors.forEach(a -> assertTrue(a.path("color").asText().matches("#[0-9A-Fa-f]{6}"), a.toString()));
    }

    @Test
    void placesAreGeoJsonWithTheRequiredIds() {
        HttpResponse<String> r = svc.get("/api/places");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/geo+json"));
        JsonNode fc = RunningService.parse(r.body());
        assertEquals("FeatureCollection", fc.path("type").asText());
        Set<String> ids = new HashSet<>();
        for (JsonNode f : fc.path("features")) {
            ids.add(f.path("id").asText());
            JsonNode p = f.path("properties");
            assertFalse(p.path("name").asText("").isBlank());
            assertFalse(p.path("name_ar").asText("").isBlank(), "Arabic name of " + f.path("id"));
            assertEquals("approximate", p.path("geometry_quality").asText());
            assertTrue(Set.of("Polygon", "MultiPolygon").contains(f.path("geometry").path("type").asText()));
        }
        assertTrue(ids.containsAll(Set.of("raqqa-city", "deir-ezzor-city", "deir-ezzor-east", "deir-ezzor-west",
                "albu-kamal", "palmyra", "yarmouk-camp", "eastern-ghouta", "idlib-province", "ne-hama", "east-aleppo",
                "tabqa")), ids.toString());
    }

    @Test
    void placesBboxFilters() {
        JsonNode fc = svc.json("/api/places?bbox=36.1,33.3,36.7,33.8");
        Set<String> ids = new HashSet<>();
        fc.path("features").forEach(f -> ids.add(f.path("id").asText()));
        assertTrue(ids.contains("yarmouk-camp"));
        assertFalse(ids.contains("raqqa-city"));
    }

    @Test
    void claimsCarryEveryFieldAndFilter() {
        JsonNode all = svc.json("/api/claims");
        assertTrue(all.path("features").size() >= 30, "at least 30 seed claims");
        for (JsonNode f : all.path("features")) {
            JsonNode p = f.path("properties");
            assertEquals(f.path("id").asText(), p.path("id").asText());
            for (String field : new String[] {"source", "place", "actor", "stance", "extent", "reported_on", "basis",
                "quote", "article", "publisher"}) {
                assertFalse(p.path(field).asText("").isBlank(), field + " in " + p);
            }
            // valid_from is null when the source did not say since when, and date_precision with it
            assertEquals(p.path("valid_from").isNull(), p.path("date_precision").isNull(), p.toString());
        }
        JsonNode sohr = svc.json("/api/claims?source=sohr");
        assertTrue(sohr.path("features").size() >= 1);
        sohr.path("features").forEach(f -> assertEquals("sohr", f.path("properties").path("source").asText()));
        JsonNode isisRaqqa = svc.json("/api/claims?place=raqqa-city&actor=isis");
        isisRaqqa.path("features").forEach(f -> {
            assertEquals("raqqa-city", f.path("properties").path("place").asText());
            assertEquals("isis", f.path("properties").path("actor").asText());
        });
        JsonNode window = svc.json("/api/claims?from=2017-12-07&to=2017-12-07");
        window.path("features").forEach(f -> {
            JsonNode p = f.path("properties");
            assertTrue(p.path("valid_from").isNull() || p.path("valid_from").asText().compareTo("2017-12-07") <= 0,
                    p.toString());
            assertTrue(p.path("valid_to").isNull() || p.path("valid_to").asText().compareTo("2017-12-07") > 0);
        });
        assertTrue(window.path("features").size() < all.path("features").size());
    }

    @Test
    void changesCoverEveryClaimWithoutGeometry() {
        JsonNode changes = svc.json("/api/changes");
        int claims = svc.json("/api/claims").path("features").size();
        assertEquals(claims, changes.path("claims").size());
        assertTrue(changes.path("dates").size() > 5);
        changes.path("claims").forEach(c -> assertFalse(c.has("geometry")));
        JsonNode sohr = svc.json("/api/changes?source=sohr");
        sohr.path("claims").forEach(c -> assertEquals("sohr", c.path("source").asText()));
    }

    @Test
    void extentSpansTheData() {
        JsonNode e = svc.json("/api/extent");
        assertTrue(e.path("first").asText().compareTo("2017-01-01") < 0, e.toString());
        assertTrue(e.path("last").asText().compareTo("2018-01-01") > 0, e.toString());
        JsonNode bbox = e.path("bbox");
        assertEquals(4, bbox.size());
        assertTrue(bbox.get(0).asDouble() > 35 && bbox.get(2).asDouble() < 43, "Syria's longitudes: " + bbox);
    }

    @Test
    void healthNamesTheStore() {
        JsonNode h = svc.json("/health");
        assertEquals("geopackage", h.path("store").asText());
        assertTrue(h.path("data_version").asLong() > 0);
    }
}
