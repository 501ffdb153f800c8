package controlmap.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import controlmap.testing.RunningService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.logging.LogEntry;

/** The journalists' map in a real Chromium against the real service over a seeded GeoPackage. */
class MapPageTest {

    static RunningService svc;
    static Browser browser;

    @BeforeAll
    static void start() {
        Browser.requireChromium();
        svc = RunningService.start();
        browser = Browser.desktop(1280, 800);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (svc != null) {
            svc.close();
        }
    }

    static String url(String query) {
        return svc.uri("/" + query).toString();
    }

    static Map<String, String> actorColours() {
        Map<String, String> out = new HashMap<>();
        svc.json("/api/actors").forEach(a -> out.put(a.path("id").asText(), a.path("color").asText()));
        return out;
    }

    @Test
    void loadsWithoutConsoleErrorsAndFillsPlacesInTheirActorsColour() {
        browser.open(url("?date=2017-12-08&source=sohr"));
        List<LogEntry> problems = browser.problems();
        assertTrue(problems.isEmpty(), "browser console: " + problems);
        int places = svc.json("/api/places").path("features").size();
        assertEquals(places, browser.findAll("#map-a path[data-place]").size(), "one SVG path per place");

        Map<String, String> colours = actorColours();
        JsonNode control = svc.json("/api/control?date=2017-12-08&source=sohr");
        assertTrue(control.path("features").size() >= 2, control.toString());
        for (JsonNode f : control.path("features")) {
            String place = f.path("properties").path("place").asText();
            String actor = f.path("properties").path("actor").asText();
            assertEquals(colours.get(actor), browser.text(
                    "return document.querySelector('#map-a path[data-place=\"' + arguments[0] + '\"]').getAttribute('fill')",
                    place), place);
        }
        assertEquals("isis", browser.text("return document.querySelector('#map-a path[data-place=\"deir-ezzor-east\"]').dataset.actor"));
        assertEquals(colours.get("isis"), browser.text("return document.querySelector('#map-a path[data-place=\"deir-ezzor-east\"]').getAttribute('fill')"));
        System.out.println(browser.js("const m = window.controlmap.app.mapA.map; const c = m.getContainer();"
                + "return [m.getSize().x, m.getSize().y, c.clientWidth, c.clientHeight, m.getZoom()].join(',') + ' ' + "
                + "[...c.querySelectorAll('svg')].map(s => s.parentNode.className + ':' + s.getAttribute('viewBox') + ':' + s.style.transform).join(' | ')"));
        browser.screenshot("desktop-1280x800");
    }
}
