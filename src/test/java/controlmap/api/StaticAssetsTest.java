package controlmap.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import controlmap.testing.RunningService;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the map page loads from us rather than from a CDN: the basemap, Leaflet from its webjar, our own files. */
class StaticAssetsTest {

    static RunningService svc;

    @BeforeAll
    static void start() {
        svc = RunningService.start();
    }

    @AfterAll
    static void stop() {
        svc.close();
    }

    @Test
    void basemapIsTheCountryOutlinesAsGeoJson() {
        HttpResponse<String> r = svc.get("/api/basemap");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/geo+json"));
        JsonNode fc = RunningService.parse(r.body());
        assertEquals("FeatureCollection", fc.path("type").asText());
        Set<String> names = new HashSet<>();
        fc.path("features").forEach(f -> names.add(f.path("properties").path("name").asText()));
        assertTrue(names.containsAll(Set.of("Syria", "Turkey", "Iraq", "Lebanon", "Jordan")), names.toString());
    }

    @Test
    void leafletComesFromItsWebjar() {
        HttpResponse<String> js = svc.get("/webjars/leaflet/1.9.4/dist/leaflet.js");
        assertEquals(200, js.statusCode());
        assertTrue(js.body().contains("1.9.4"), "the Leaflet 1.9.4 build");
        HttpResponse<String> css = svc.get("/webjars/leaflet/1.9.4/dist/leaflet.css");
        assertEquals(200, css.statusCode());
        assertTrue(css.headers().firstValue("Content-Type").orElse("").startsWith("text/css"));
    }

    @Test
    void thePageAndItsModulesAreServedFromTheJar() {
        HttpResponse<String> page = svc.get("/");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("/webjars/leaflet/1.9.4/dist/leaflet.js"), "Leaflet from the webjar");
        assertTrue(!page.body().contains("unpkg.com") && !page.body().contains("cdn"), "nothing from a CDN");
        HttpResponse<String> main = svc.get("/js/main.js");
        assertEquals(200, main.statusCode());
        assertTrue(main.headers().firstValue("Content-Type").orElse("").contains("javascript"),
                main.headers().toString());
    }
}
