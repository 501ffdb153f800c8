package controlmap.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import controlmap.testing.RunningService;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.logging.LogEntry;

/** A running service over the seed data and a desktop Chromium (1280 × 800), for the tests of the map page. */
abstract class PageTest {

    static RunningService svc;
    static Browser browser;

    @BeforeAll
    static void startServiceAndBrowser() {
        Browser.requireChromium();
        svc = RunningService.start();
        browser = Browser.desktop(1280, 800);
    }

    @AfterAll
    static void stopServiceAndBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
        if (svc != null) {
            svc.close();
            svc = null;
        }
    }

    /** The page URL with a query ("?date=…"), or with none (""). */
    static String page(String query) {
        return svc.uri("/" + query).toString();
    }

    static Map<String, String> actorColours() {
        Map<String, String> out = new HashMap<>();
        svc.json("/api/actors").forEach(a -> out.put(a.path("id").asText(), a.path("color").asText()));
        return out;
    }

    static JsonNode placeProps(String id) {
        for (JsonNode f : svc.json("/api/places").path("features")) {
            if (f.path("id").asText().equals(id)) {
                return f.path("properties");
            }
        }
        throw new AssertionError("no place " + id);
    }

    static JsonNode claim(String id) {
        for (JsonNode f : svc.json("/api/claims").path("features")) {
            if (f.path("id").asText().equals(id)) {
                return f.path("properties");
            }
        }
        throw new AssertionError("no claim " + id);
    }

    static String sourceName(String id) {
        for (JsonNode s : svc.json("/api/sources")) {
            if (s.path("id").asText().equals(id)) {
                return s.path("name").asText();
            }
        }
        throw new AssertionError("no source " + id);
    }

    /** The query parameters of the page's current address. */
    static Map<String, String> query() {
        String q = URI.create(browser.driver.getCurrentUrl()).getRawQuery();
        Map<String, String> out = new HashMap<>();
        if (q != null) {
            for (String pair : q.split("&")) {
                int eq = pair.indexOf('=');
                out.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    static void waitForQuery(String name, String value) {
        browser.waitFor("the URL to have " + name + "=" + value,
                "return new URLSearchParams(location.search).get(arguments[0]) === arguments[1]", name, value);
    }

    /** An attribute of the place's path in a map ({@code #map-a} / {@code #map-b}). */
    static String placeAttr(String map, String place, String attr) {
        return browser.text("const p = document.querySelector(arguments[0] + ' path[data-place=\"' + arguments[1] + '\"]');"
                + "return p ? p.getAttribute(arguments[2]) : null", map, place, attr);
    }

    /**
     * Asserts how a place is drawn on a map: its holder and the kind of mark (look.js: whole = a fill of the actor's
     * colour, part = its stripes, presence = a dotted outline of it and no fill).
     */
    static void assertDrawn(String map, String place, String actor, String kind) {
        String colour = actorColours().get(actor);
        assertEquals(actor, placeAttr(map, place, "data-actor"), place);
        assertEquals(kind, placeAttr(map, place, "data-draw"), place);
        switch (kind) {
            case "whole" -> assertEquals(colour, placeAttr(map, place, "fill"), place);
            case "part" -> assertEquals("url(#part-" + colour.substring(1).toLowerCase() + ")", placeAttr(map, place, "fill"), place);
            case "presence" -> {
                assertEquals(colour, placeAttr(map, place, "stroke"), place);
                assertEquals("0", placeAttr(map, place, "fill-opacity"), place + ": never a fill");
            }
            default -> throw new AssertionError("no such kind " + kind);
        }
    }

    /** The kind of mark a claim of the API gets: presence, part or whole. */
    static String kindOf(JsonNode claim) {
        return "presence".equals(claim.path("stance").asText()) ? "presence"
                : "part".equals(claim.path("extent").asText()) ? "part" : "whole";
    }

    static String value(String css) {
        return browser.text("return document.querySelector(arguments[0]).value", css);
    }

    static String sliderText() {
        return browser.text("return document.getElementById('day-slider').getAttribute('aria-valuetext')");
    }

    /**
     * Clicks a place on a map, as a user does (its polygon, or its dot when the polygon is too small to see at this
     * zoom), and waits for the citation panel.
     */
    static void clickPlace(String map, String place) {
        String dot = map + " path[data-marker=\"" + place + "\"]";
        browser.find(browser.findAll(dot).isEmpty() ? map + " path[data-place=\"" + place + "\"]" : dot).click();
        browser.waitFor("the citation panel of " + place,
                "const p = document.getElementById('panel'); return !p.hidden && !!p.querySelector('h2')"
                        + " && p.querySelector('.place-timeline, .timeline-of-place p') !== null");
    }

    static void assertNoConsoleProblems() {
        List<LogEntry> problems = browser.problems();
        assertTrue(problems.isEmpty(), "browser console: " + problems);
    }
}
