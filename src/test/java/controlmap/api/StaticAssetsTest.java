package controlmap.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import controlmap.geo.GeoJsonGeometry;
import controlmap.geo.ZoomSimplifier;
import controlmap.testing.RunningService;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.distance.DiscreteHausdorffDistance;
import org.locationtech.jts.geom.Geometry;

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
    void aBasemapForAZoomIsTheSameCountriesSimplifiedValidAndCloseToTheOutlines() {
        JsonNode full = svc.json("/api/basemap");
        for (int zoom : new int[] {6, 8, 12}) {
            HttpResponse<String> r = svc.get("/api/basemap?zoom=" + zoom);
            assertEquals(200, r.statusCode(), r.body());
            JsonNode fc = RunningService.parse(r.body());
            assertEquals(full.path("features").size(), fc.path("features").size());
            double tolerance = ZoomSimplifier.tolerance(zoom);
            int before = 0;
            int after = 0;
            for (int i = 0; i < fc.path("features").size(); i++) {
                JsonNode f = fc.path("features").get(i);
                JsonNode o = full.path("features").get(i);
                assertEquals(o.path("id"), f.path("id"));
                assertEquals(o.path("properties"), f.path("properties"));
                Geometry g = GeoJsonGeometry.read(f.path("geometry"));
                Geometry original = GeoJsonGeometry.read(o.path("geometry"));
                assertTrue(g.isValid() || !original.isValid(), zoom + " " + f.path("properties").path("name").asText()
                        + ": valid where the outline is");
                assertTrue(DiscreteHausdorffDistance.distance(g, original) <= 2 * tolerance + 1e-9,
                        zoom + " " + f.path("properties").path("name").asText() + ": within a pixel of the outline");
                before += original.getNumPoints();
                after += g.getNumPoints();
            }
            assertTrue(after < before, zoom + ": " + after + " of " + before + " vertices");
            if (zoom == 6) {
                assertTrue(after < before / 3, "the country view needs a third of the vertices at most: " + after
                        + " of " + before);
                assertTrue(r.body().length() < full.toString().length() / 3, "and a third of the bytes");
            }
        }
        String etag8 = svc.get("/api/basemap?zoom=8").headers().firstValue("ETag").orElseThrow();
        assertTrue(!etag8.equals(svc.get("/api/basemap").headers().firstValue("ETag").orElseThrow()));
        assertEquals(304, svc.get("/api/basemap?zoom=8", "If-None-Match", etag8).statusCode());
        assertEquals(400, svc.get("/api/basemap?zoom=eight").statusCode());
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
