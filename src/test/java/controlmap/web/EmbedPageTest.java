package controlmap.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

/** The embed on its own, at the iframe's default 600 × 400: what it draws, its options, its language. */
class EmbedPageTest extends PageTest {

    static String embed(String query) {
        return svc.uri("/embed" + query).toString();
    }

    @AfterEach
    void desktopAgain() {
        browser.resize(1280, 800);
    }

    /** The page URL the oEmbed discovery link in the head is about, decoded. */
    static String discoveredUrl() {
        String href = browser.text("return document.querySelector('link[rel=alternate][type=\"application/json+oembed\"]').href");
        String query = URI.create(href).getRawQuery();
        assertTrue(href.startsWith(svc.uri("/oembed?").toString()), href);
        for (String pair : query.split("&")) {
            if (pair.startsWith("url=")) {
                return URLDecoder.decode(pair.substring(4), StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("no url in " + href);
    }

    @Test
    void drawsTheViewWithLegendCaptionAndAFullMapLink() {
        browser.resize(600, 400);
        browser.open(embed("?date=2017-12-08&source=sohr"));
        assertNoConsoleProblems();
        assertEquals(600L, browser.js("return window.innerWidth"));
        int places = svc.json("/api/places").path("features").size();
        assertEquals(places, browser.findAll("#map-a path[data-place]").size(), "one path per place");
        assertDrawn("#map-a", "deir-ezzor-east", "isis", "part");
        assertEquals("url(#hatch)", browser.text("return document.querySelector('#map-a path[data-dispute=\"deir-ezzor-east\"]')"
                + ".getAttribute('fill')"), "disputed: hatched");
        String legend = browser.find("#legend").getText();
        assertTrue(legend.contains("ISIS (Islamic State)") && legend.contains("Not ISIS"), legend);
        assertFalse(legend.contains("Hayat Tahrir al-Sham"), "only the actors drawn: " + legend);
        assertTrue(browser.find("#caption").getText().contains("8 December 2017"));
        assertTrue(browser.find("#caption").getText().contains(sourceName("sohr")));
        assertEquals(svc.uri("/?date=2017-12-08&source=sohr").toString(), browser.find("#full-map").getAttribute("href"));
        assertEquals("_blank", browser.find("#full-map").getAttribute("target"));
        assertTrue(browser.find("#time").getAttribute("hidden") != null, "no timeline unless asked for");
        assertEquals(svc.uri("/embed?date=2017-12-08&source=sohr").toString(), discoveredUrl());
        browser.screenshot("embed-600x400");
    }

    @Test
    void inArabicTheEmbedIsRightToLeftWithArabicNames() {
        browser.resize(600, 400);
        browser.open(embed("?date=2017-12-08&source=sohr&lang=ar"));
        assertEquals("rtl", browser.text("return document.documentElement.dir"));
        assertEquals("ar", browser.text("return document.documentElement.lang"));
        assertTrue(browser.find("#legend").getText().contains("تنظيم الدولة الإسلامية"), browser.find("#legend").getText());
        assertTrue(browser.find("#caption").getText().contains("المرصد السوري لحقوق الإنسان"), browser.find("#caption").getText());
        assertTrue(browser.find("#caption").getText().contains("ديسمبر"), "the month in Arabic: " + browser.find("#caption").getText());
        assertEquals("عرض الخريطة كاملة", browser.find("#full-map").getText().replace("↗", "").trim());
        // the title the page gives itself is the one the server gives crawlers and oEmbed consumers
        String served = svc.json("/oembed?url=" + java.net.URLEncoder.encode(
                embed("?date=2017-12-08&source=sohr&lang=ar"), StandardCharsets.UTF_8)).path("title").asText();
        assertEquals("ControlMap — 8 ديسمبر 2017 — المرصد السوري لحقوق الإنسان", served);
        assertEquals(served, browser.text("return document.title"));
        // the tooltip of a place names it in Arabic
        browser.js("window.controlmap.embed.mapA.placeLayers.get('deir-ezzor-east').openTooltip()");
        browser.waitFor("the tooltip", "return !!document.querySelector('.place-tooltip')");
        String tip = browser.find(".place-tooltip").getText();
        assertTrue(tip.contains(placeProps("deir-ezzor-east").path("name_ar").asText()), tip);
        browser.js("window.controlmap.embed.mapA.placeLayers.get('deir-ezzor-east').closeTooltip()");
        double captionRight = ((Number) browser.js("return document.getElementById('caption').getBoundingClientRect().right")).doubleValue();
        assertTrue(captionRight > 590, "the caption starts at the right: " + captionRight);
        assertNoConsoleProblems();
        browser.screenshot("embed-600x400-ar");
    }

    @Test
    void controlsTimeAddsATinyTimelineAndTheLinksFollowTheDay() {
        browser.resize(600, 400);
        browser.open(embed("?date=2017-12-08&source=sohr&controls=time"));
        assertTrue(browser.find("#embed-day").isDisplayed());
        assertTrue(browser.find("#embed-play").isDisplayed());
        assertEquals("8 December 2017", browser.find("#embed-day").getAttribute("aria-valuetext"));
        browser.find("#embed-day").sendKeys(Keys.ARROW_RIGHT);
        browser.waitFor("the next day", "return new URLSearchParams(location.search).get('date') === '2017-12-09'");
        assertTrue(query().get("controls").equals("time"), "the embed's options stay in its address");
        assertTrue(browser.find("#caption").getText().contains("9 December 2017"));
        assertEquals(svc.uri("/?date=2017-12-09&source=sohr").toString(), browser.find("#full-map").getAttribute("href"));
        assertEquals(svc.uri("/embed?date=2017-12-09&source=sohr&controls=time").toString(), discoveredUrl(),
                "the discovery link follows the day");
        browser.find("#embed-day").sendKeys(Keys.ARROW_LEFT);
        browser.waitFor("back to the 8th", "return new URLSearchParams(location.search).get('date') === '2017-12-08'");
        browser.find("#embed-play").click();
        browser.waitFor("play to move to another day", "return new URLSearchParams(location.search).get('date') !== '2017-12-08'");
        browser.find("#embed-play").click();
        assertNoConsoleProblems();
        browser.js("history.replaceState(null, '', '?date=2017-12-08&source=sohr&controls=time')");
        browser.open(embed("?date=2017-12-08&source=sohr&controls=time"));
        browser.screenshot("embed-600x400-controls-time");
    }

    @Test
    void controlsFullOffersTheSourcesAndLegendZeroHidesTheLegend() {
        browser.resize(600, 400);
        browser.open(embed("?date=2017-12-08&controls=full&legend=0"));
        assertFalse(browser.find("#legend").isDisplayed(), "legend=0");
        assertTrue(browser.find("#embed-day").isDisplayed());
        browser.js("const s = document.getElementById('embed-source'); s.value = 'russia-mod';"
                + "s.dispatchEvent(new Event('change'))");
        browser.waitFor("the source in the URL", "return new URLSearchParams(location.search).get('source') === 'russia-mod'");
        assertDrawn("#map-a", "deir-ezzor-east", "not-isis", "whole");
        assertNoConsoleProblems();
    }

    @Test
    void compareDrawsTwoMapsThatMoveTogether() {
        browser.resize(600, 400);
        browser.open(embed("?date=2017-12-08&source=sohr&compare=russia-mod&lat=35.0&lng=39.5&z=6"));
        assertDrawn("#map-a", "deir-ezzor-east", "isis", "part");
        assertDrawn("#map-b", "deir-ezzor-east", "not-isis", "whole");
        assertEquals(6L, ((Number) browser.js("return window.controlmap.embed.mapA.map.getZoom()")).longValue());
        browser.js("window.controlmap.embed.mapA.map.panBy([80, 30], {animate: false})");
        assertEquals((Double) browser.js("return window.controlmap.embed.mapA.map.getCenter().lng"),
                (Double) browser.js("return window.controlmap.embed.mapB.map.getCenter().lng"), 1e-6);
        assertTrue(browser.find("#title-b").getText().contains("Russian Ministry of Defence"));
        assertNoConsoleProblems();
        browser.screenshot("embed-600x400-compare");
    }
}
