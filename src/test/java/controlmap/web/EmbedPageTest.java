package controlmap.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The embed on its own, at the iframe's default 600 × 400: what it draws, its options, its language. */
class EmbedPageTest extends PageTest {

    static String embed(String query) {
        return svc.uri("/embed" + query).toString();
    }

    @AfterEach
    void desktopAgain() {
        browser.resize(1280, 800);
    }

    @Test
    void drawsTheViewWithLegendCaptionAndAFullMapLink() {
        browser.resize(600, 400);
        browser.open(embed("?date=2017-12-08&source=sohr"));
        assertNoConsoleProblems();
        assertEquals(600L, browser.js("return window.innerWidth"));
        int places = svc.json("/api/places").path("features").size();
        assertEquals(places, browser.findAll("#map-a path[data-place]").size(), "one path per place");
        Map<String, String> colours = actorColours();
        assertEquals(colours.get("isis"), placeAttr("#map-a", "deir-ezzor-east", "fill"));
        assertTrue(browser.find("#legend").getText().contains("ISIS (Islamic State)"), browser.find("#legend").getText());
        assertTrue(browser.find("#caption").getText().contains("8 December 2017"));
        assertTrue(browser.find("#caption").getText().contains(sourceName("sohr")));
        browser.screenshot("embed-600x400");
    }
}
