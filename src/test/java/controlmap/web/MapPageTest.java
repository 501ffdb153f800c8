package controlmap.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import controlmap.domain.Basis;
import controlmap.domain.Claim;
import controlmap.domain.DatePrecision;
import controlmap.testing.RunningService;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.io.WKTReader;

/** The map page draws what the API says: places in their actor's colour, two maps to compare, disputes, a table. */
class MapPageTest extends PageTest {

    @Test
    void loadsWithoutConsoleErrorsAndFillsPlacesInTheirActorsColour() {
        browser.open(page("?date=2017-12-08&source=sohr"));
        assertNoConsoleProblems();
        int places = svc.json("/api/places").path("features").size();
        assertEquals(places, browser.findAll("#map-a path[data-place]").size(), "one SVG path per place");

        Map<String, String> colours = actorColours();
        JsonNode control = svc.json("/api/control?date=2017-12-08&source=sohr");
        Set<String> held = new HashSet<>();
        for (JsonNode f : control.path("features")) {
            String place = f.path("properties").path("place").asText();
            held.add(place);
            assertEquals(f.path("properties").path("color").asText(), placeAttr("#map-a", place, "fill"), place);
        }
        assertEquals(colours.get("isis"), placeAttr("#map-a", "deir-ezzor-east", "fill"), "SOHR: ISIS east of the river");
        assertEquals("isis", placeAttr("#map-a", "deir-ezzor-east", "data-actor"));
        assertEquals(colours.get("not-isis"), placeAttr("#map-a", "deir-ezzor-west", "fill"));
        for (JsonNode f : svc.json("/api/places").path("features")) {
            if (!held.contains(f.path("id").asText())) {
                assertEquals("", placeAttr("#map-a", f.path("id").asText(), "data-actor"), "SOHR silent: no fill");
            }
        }
        assertTrue(browser.find(".legend").getText().contains("ISIS (Islamic State)"), "legend names the actors");
        assertTrue(browser.find(".leaflet-control-scale").isDisplayed(), "scale bar");
        assertTrue(browser.text("return document.querySelector('#map-a .leaflet-control-layers').textContent")
                .contains("OpenStreetMap"), "OpenStreetMap offered in the layer control");
        assertEquals(0L, browser.js("return performance.getEntriesByType('resource')"
                + ".filter(e => !e.name.startsWith(location.origin)).length"), "nothing loaded from elsewhere: tiles are off");
        assertEquals(0L, browser.js("return document.querySelectorAll('#map-a .leaflet-tile').length"));
        assertTrue(browser.driver.getTitle().contains("8 December 2017"), browser.driver.getTitle());
        assertTrue(browser.driver.getTitle().contains("Syrian Observatory"), browser.driver.getTitle());
        browser.screenshot("desktop-1280x800");
    }

    @Test
    void zoomingInSwapsInFinerPlacesAndOutlines() {
        browser.open(page("?date=2017-12-08&source=sohr"));
        String vertices = "let n = 0; window.controlmap.app.mapA.outlines.eachLayer(l => {"
                + " n += l.getLatLngs().flat(Infinity).length; }); return n;";
        long before = (Long) browser.js(vertices);
        assertTrue((Boolean) browser.js("return performance.getEntriesByType('resource')"
                + ".some(e => e.name.endsWith('/api/basemap?zoom=6'))"), "the country view's outlines are coarse");
        browser.js("window.controlmap.app.mapA.map.setView([33.5, 36.4], 11, {animate: false})");
        browser.waitFor("finer outlines", "return performance.getEntriesByType('resource')"
                + ".some(e => e.name.endsWith('/api/basemap?zoom=10'))"
                + " && performance.getEntriesByType('resource').some(e => e.name.endsWith('/api/places?zoom=12'))");
        browser.waitFor("the outlines to be swapped", "let n = 0; window.controlmap.app.mapA.outlines.eachLayer(l => {"
                + " n += l.getLatLngs().flat(Infinity).length; }); return n > " + before + ";");
        assertEquals(svc.json("/api/places").path("features").size(), browser.findAll("#map-a path[data-place]").size(),
                "every place still drawn once");
        assertEquals(svc.json("/api/control?date=2017-12-08&source=sohr").path("features").path(0).path("properties")
                .path("color").asText(), placeAttr("#map-a", svc.json("/api/control?date=2017-12-08&source=sohr")
                .path("features").path(0).path("properties").path("place").asText(), "fill"), "and coloured as before");
        assertNoConsoleProblems();
    }

    @Test
    void theOpenStreetMapLayerIsOfferedOffByDefaultWithAConfigurableUrl() {
        String template = svc.uri("/test-tiles/").toString() + "{z}/{x}/{y}.png";
        browser.open(page("?date=2017-12-08&tiles=" + template.replace("{", "%7B").replace("}", "%7D")));
        assertEquals(0L, browser.js("return document.querySelectorAll('#map-a .leaflet-tile').length"), "off by default");
        browser.js("[...document.querySelectorAll('#map-a .leaflet-control-layers label')]"
                + ".find(l => l.textContent.includes('OpenStreetMap')).querySelector('input').click()");
        browser.waitFor("tiles from the configured URL", "return [...document.querySelectorAll('#map-a img.leaflet-tile')]"
                + ".some(t => t.src.startsWith(arguments[0]))", svc.uri("/test-tiles/").toString());
        assertEquals(0L, browser.js("return document.querySelectorAll('#map-a path[data-place]').length === 0 ? 1 : 0"),
                "places still drawn over the tiles");
        assertTrue(query().get("tiles").startsWith(svc.uri("/test-tiles/").toString()), "the tile URL stays in the URL");
    }

    @Test
    void allSourcesShowTheMajorityAndMarkDisputes() {
        browser.open(page("?date=2017-12-08"));
        Map<String, String> colours = actorColours();
        // raqqa-city: crss-blog and daily-sheeple; sdf (daily-sheeple) vs not-isis (crss-blog) do not conflict
        JsonNode disputes = svc.json("/api/disputes?date=2017-12-08");
        Set<String> expected = new HashSet<>();
        disputes.path("features").forEach(f -> expected.add(f.path("id").asText()));
        assertEquals(expected, hatched("#map-a"));
        assertEquals(expected, labelled("#map-a"), "each disputed place labelled, the others not");
        // yarmouk-camp: afp (a presence) and al-Abdullah (part of the camp) say isis, russia-mod not-isis
        assertEquals(colours.get("isis"), placeAttr("#map-a", "yarmouk-camp", "fill"));
        assertNoConsoleProblems();
    }

    /** The places whose "disputed" label is on (shown, or left out only because it would cover another). */
    static Set<String> labelled(String map) {
        @SuppressWarnings("unchecked")
        List<String> ids = (List<String>) browser.js("return [...document.querySelectorAll(arguments[0] + "
                + "' .dispute-label:not(.off)')].map(l => l.dataset.place)", map);
        return new HashSet<>(ids);
    }

    static Set<String> hatched(String map) {
        @SuppressWarnings("unchecked")
        List<String> ids = (List<String>) browser.js("return [...document.querySelectorAll(arguments[0] + "
                + "' path[data-dispute]')].filter(p => p.getAttribute('fill') === 'url(#hatch)').map(p => p.dataset.dispute)", map);
        return new HashSet<>(ids);
    }

    @Test
    void compareShowsTwoSynchronisedMapsAndHatchesWhereTheyDisagree() {
        browser.open(page("?date=2017-12-08&source=sohr&compare=russia-mod"));
        assertTrue(browser.find("#map-b").isDisplayed(), "second map shown");
        Map<String, String> colours = actorColours();
        assertEquals(colours.get("isis"), placeAttr("#map-a", "deir-ezzor-east", "fill"));
        assertEquals(colours.get("not-isis"), placeAttr("#map-b", "deir-ezzor-east", "fill"));
        assertEquals(Set.of("deir-ezzor-east"), hatched("#map-a"), "SOHR vs Russia: only east of the river");
        assertEquals(Set.of("deir-ezzor-east"), hatched("#map-b"));
        Set<String> server = new HashSet<>();
        svc.json("/api/disputes?date=2017-12-08&sources=sohr,russia-mod").path("features")
                .forEach(f -> server.add(f.path("id").asText()));
        assertEquals(server, hatched("#map-a"), "same rule as /api/disputes");
        assertEquals(Set.of("deir-ezzor-east"), labelled("#map-a"));
        assertEquals("disputed", browser.find("#map-a .dispute-label:not(.off)").getText().toLowerCase());
        assertTrue(browser.find("#title-b").getText().contains("Russian Ministry of Defence"));

        browser.find("#map-a .leaflet-control-zoom-in").click();
        browser.waitFor("map B to follow map A's zoom", "const a = window.controlmap.app.mapA.map, b = window.controlmap.app.mapB.map;"
                + "return !a._animatingZoom && a.getZoom() === b.getZoom()");
        browser.js("window.controlmap.app.mapA.map.panBy([120, -40], {animate: false})");
        @SuppressWarnings("unchecked")
        List<Number> centres = (List<Number>) browser.js("const a = window.controlmap.app.mapA.map.getCenter(),"
                + " b = window.controlmap.app.mapB.map.getCenter(); return [a.lat, a.lng, b.lat, b.lng]");
        assertEquals(centres.get(0).doubleValue(), centres.get(2).doubleValue(), 1e-6, "same centre latitude");
        assertEquals(centres.get(1).doubleValue(), centres.get(3).doubleValue(), 1e-6, "same centre longitude");
        browser.open(page("?date=2017-12-08&source=sohr&compare=russia-mod"));
        browser.screenshot("desktop-compare-sohr-russia-mod");
        assertNoConsoleProblems();
    }

    @Test
    void tableListsEveryPlaceWithItsActorPerSource() {
        browser.open(page("?date=2017-12-08&source=sohr"));
        browser.find("#view-toggle").click();
        waitForQuery("view", "table");
        assertTrue(browser.find("#table-view").isDisplayed());
        assertEquals(svc.json("/api/places").path("features").size(), browser.findAll("#table-view tr[data-place]").size());
        assertEquals(sourceName("sohr"), browser.find("#table-view thead th:nth-child(2)").getText(), "chosen source first");
        assertEquals("isis", browser.text("return document.querySelector('#table-view tr[data-place=\"deir-ezzor-east\"] td').dataset.actor"));
        assertEquals("disputed", browser.find("#table-view tr[data-place=\"deir-ezzor-east\"] td.disputed").getText());
        String name = placeProps("deir-ezzor-east").path("name").asText();
        browser.find("#table-view tr[data-place=\"deir-ezzor-east\"] th button").click();
        browser.waitFor("the panel", "return !document.getElementById('panel').hidden && !!document.querySelector('#panel h2')");
        assertEquals(name, browser.find("#panel h2").getText());
        browser.screenshot("desktop-table");
        browser.find("#view-toggle").click();
        waitForQuery("view", null);
        assertTrue(browser.find("#map-a").isDisplayed());
        assertNoConsoleProblems();
    }

    @Test
    void aClaimWithItsOwnPolygonIsDrawnWithIt() throws Exception {
        try (RunningService own = RunningService.start()) {
            Claim c = new Claim("test-own-shape", "sohr", "raqqa-city", "sdf", LocalDate.parse("2017-12-01"), null,
                    DatePrecision.DAY, LocalDate.parse("2017-12-01"), DatePrecision.DAY, Basis.EXPLICIT, "a test shape",
                    null, "test", null, null, null,
                    new WKTReader().read("POLYGON ((38.9 35.9, 39.2 35.9, 39.2 36.1, 38.9 36.1, 38.9 35.9))"),
                    0, 0, null, null, null);
            own.service().store().addClaims(List.of(c), "browser-test");
            own.service().refresh();
            browser.open(own.uri("/?date=2017-12-08&source=sohr").toString());
            assertEquals(actorColours().get("sdf"), browser.text(
                    "return document.querySelector('#map-a path[data-claim=\"test-own-shape\"]').getAttribute('fill')"));
            assertEquals("0", placeAttr("#map-a", "raqqa-city", "fill-opacity"), "the place's own polygon is not filled");
            browser.open(own.uri("/?date=2017-11-01&source=sohr").toString());
            assertTrue(browser.findAll("#map-a path[data-claim]").isEmpty(), "not in force before 1 December");
            assertNoConsoleProblems();
        }
    }

    @Test
    void usableOnA375PixelPhone() {
        try (Browser phone = Browser.phone(375, 740)) {
            phone.open(page("?date=2017-12-08&source=sohr&compare=russia-mod"));
            Object wide = phone.js("return [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > 376)"
                    + ".map(e => e.tagName + '#' + e.id + '.' + e.className + ':' + Math.round(e.getBoundingClientRect().right)).slice(0, 12).join(' ')");
            assertTrue(((Number) phone.js("return document.documentElement.scrollWidth")).intValue() <= 375,
                    "no sideways scrolling; too wide: " + wide);
            assertEquals(375L, phone.js("return window.innerWidth"));
            for (String map : List.of("#map-a", "#map-b")) {
                Number h = (Number) phone.js("return document.querySelector(arguments[0]).clientHeight", map);
                assertTrue(h.intValue() >= 120, map + " is " + h + " px high");
            }
            for (String control : List.of("#day-slider", "#date", "#source", "#compare", "#prev-change", "#next-change", "#play")) {
                Number right = (Number) phone.js("return document.querySelector(arguments[0]).getBoundingClientRect().right", control);
                assertTrue(phone.find(control).isDisplayed() && right.doubleValue() <= 375.5, control + " fits: right=" + right);
            }
            phone.screenshot("phone-375-compare");
            phone.find("#map-a path[data-place=\"deir-ezzor-east\"]").click();
            phone.waitFor("the panel", "return !document.getElementById('panel').hidden && !!document.querySelector('#panel blockquote')");
            Number bottom = (Number) phone.js("return document.getElementById('panel').getBoundingClientRect().bottom");
            assertTrue(bottom.doubleValue() <= 740.5, "panel within the screen: " + bottom);
            phone.screenshot("phone-375-panel");
            assertTrue(phone.problems().isEmpty(), phone.problems().toString());
        }
    }
}
