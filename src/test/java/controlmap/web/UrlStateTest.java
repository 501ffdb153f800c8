package controlmap.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The view lives in the URL; the slider works from the keyboard; Back and Forward walk deliberate changes. */
class UrlStateTest extends PageTest {

    static final String VIEW = "?date=2017-12-07&source=russia-mod&compare=sohr&as_of=2017-12-07&lat=35.1&lng=39.6&z=7";

    @Test
    void openingAUrlRestoresThatViewAndMovingUpdatesIt() {
        browser.open(page(VIEW));
        assertEquals("russia-mod", value("#source"));
        assertEquals("sohr", value("#compare"));
        assertEquals("2017-12-07", value("#date"));
        assertEquals(Boolean.TRUE, browser.js("return document.getElementById('asof-on').checked"));
        assertEquals("2017-12-07", value("#asof"));
        assertEquals("7 December 2017", sliderText());
        assertTrue(browser.find("#map-b").isDisplayed(), "compare map shown");
        @SuppressWarnings("unchecked")
        List<Number> view = (List<Number>) browser.js("const m = window.controlmap.app.mapA.map, c = m.getCenter();"
                + "const b = window.controlmap.app.mapB.map.getCenter(); return [c.lat, c.lng, m.getZoom(), b.lat, b.lng]");
        assertEquals(35.1, view.get(0).doubleValue(), 1e-4);
        assertEquals(39.6, view.get(1).doubleValue(), 1e-4);
        assertEquals(7.0, view.get(2).doubleValue(), 1e-9);
        assertEquals(35.1, view.get(3).doubleValue(), 1e-4, "the compare map shows the same place");
        assertEquals(39.6, view.get(4).doubleValue(), 1e-4);
        String title = browser.driver.getTitle();
        assertTrue(title.contains("7 December 2017") && title.contains(sourceName("russia-mod"))
                && title.contains("vs " + sourceName("sohr")) && title.contains("as reported by"), title);

        browser.find("#day-slider").sendKeys(Keys.ARROW_RIGHT);
        waitForQuery("date", "2017-12-08");
        assertEquals("8 December 2017", sliderText());
        Map<String, String> q = query();
        assertEquals("russia-mod", q.get("source"));
        assertEquals("sohr", q.get("compare"));
        assertEquals("2017-12-07", q.get("as_of"));
        assertEquals(35.1, Double.parseDouble(q.get("lat")), 1e-4);
        assertEquals(39.6, Double.parseDouble(q.get("lng")), 1e-4);
        assertEquals("7", q.get("z"));
        assertTrue(browser.driver.getTitle().contains("8 December 2017"));

        browser.js("window.controlmap.app.mapA.map.setView([34.5, 38.25], 8, {animate: false})");
        waitForQuery("z", "8");
        assertEquals("34.5000", query().get("lat"));
        assertEquals("38.2500", query().get("lng"));

        String moved = browser.driver.getCurrentUrl();
        browser.open(moved);
        assertEquals("2017-12-08", value("#date"));
        assertEquals(8.0, ((Number) browser.js("return window.controlmap.app.mapA.map.getZoom()")).doubleValue(), 1e-9);
        assertEquals(moved, browser.driver.getCurrentUrl(), "restoring a view leaves its URL alone");
        assertNoConsoleProblems();
    }

    @Test
    void keyboardMovesADayWithArrowsAndAChangeWithPageKeys() {
        List<String> changes = new ArrayList<>();
        svc.json("/api/changes").path("dates").forEach(d -> changes.add(d.asText()));
        browser.open(page("?date=2017-12-08"));
        WebElement slider = browser.find("#day-slider");
        slider.sendKeys(Keys.ARROW_LEFT);
        waitForQuery("date", "2017-12-07");
        assertEquals("7 December 2017", sliderText());
        String expected = previous(changes, "2017-12-07");
        slider.sendKeys(Keys.PAGE_UP);
        waitForQuery("date", expected);
        for (String d = next(changes, expected); d != null; d = next(changes, d)) {
            slider.sendKeys(Keys.PAGE_DOWN);
            waitForQuery("date", d);
        }
        assertEquals(changes.get(changes.size() - 1), query().get("date"));
        slider.sendKeys(Keys.END);
        waitForQuery("date", "2018-01-26");
        assertEquals("26 January 2018", sliderText());
        slider.sendKeys(Keys.ARROW_LEFT);
        waitForQuery("date", "2018-01-25");
        assertEquals("25 January 2018", sliderText());
        slider.sendKeys(Keys.HOME);
        waitForQuery("date", svc.json("/api/extent").path("first").asText());
    }

    @Test
    void ticksMarkTheChosenSourcesChangesAndPlayMovesTheDate() {
        browser.open(page("?date=2014-01-01&source=sohr"));
        assertEquals(svc.json("/api/changes?source=sohr").path("dates").size(), browser.findAll("#ticks .tick").size());
        new Select(browser.find("#source")).selectByValue("");
        waitForQuery("source", null);
        assertEquals(svc.json("/api/changes").path("dates").size(), browser.findAll("#ticks .tick").size());

        new Select(browser.find("#speed")).selectByValue("182");
        browser.find("#play").click();
        assertEquals("true", browser.find("#play").getAttribute("aria-pressed"));
        browser.waitFor("play to move the date", "return document.getElementById('date').value > arguments[0]",
                svc.json("/api/extent").path("first").asText());
        browser.find("#play").click();
        assertEquals("false", browser.find("#play").getAttribute("aria-pressed"));
        String stopped = value("#date");
        browser.jsAsync("setTimeout(arguments[0], 300)");
        assertEquals(stopped, value("#date"), "paused");
        assertEquals(stopped, query().get("date"), "the URL follows play");

        // a date typed in the field applies on Enter (MapReadingTest types it key by key)
        browser.js("const d = document.getElementById('date'); d.focus(); d.value = '2017-12-08';"
                + "d.dispatchEvent(new KeyboardEvent('keydown', {key: 'Enter', bubbles: true}))");
        waitForQuery("date", "2017-12-08");
        assertEquals("8 December 2017", sliderText());
    }

    @Test
    void asReportedByHidesWhatWasSaidLater() {
        browser.open(page("?date=2017-12-08"));
        assertTrue(MapPageTest.hatched("#map-a").contains("eastern-ghouta"), "Diyaruna (26 January 2018) vs Russia");
        browser.find("#asof-on").click();
        waitForQuery("as_of", "2017-12-08");
        List<String> expected = new ArrayList<>();
        svc.json("/api/disputes?date=2017-12-08&as_of=2017-12-08").path("features")
                .forEach(f -> expected.add(f.path("id").asText()));
        assertEquals(new java.util.HashSet<>(expected), MapPageTest.hatched("#map-a"));
        assertTrue(!MapPageTest.hatched("#map-a").contains("eastern-ghouta"), "Diyaruna's article was not out yet");
        browser.js("const d = document.getElementById('asof'); d.value = '2018-01-26';"
                + "d.dispatchEvent(new Event('change', {bubbles: true}))");
        waitForQuery("as_of", "2018-01-26");
        assertTrue(MapPageTest.hatched("#map-a").contains("eastern-ghouta"));
        browser.find("#asof-on").click();
        waitForQuery("as_of", null);
        assertNoConsoleProblems();
    }

    static String previous(List<String> days, String day) {
        String out = null;
        for (String d : days) {
            if (d.compareTo(day) < 0) {
                out = d;
            }
        }
        return out;
    }

    static String next(List<String> days, String day) {
        for (String d : days) {
            if (d.compareTo(day) > 0) {
                return d;
            }
        }
        return null;
    }

    @Test
    void deliberateChangesPushHistoryAndBackRestoresThem() {
        browser.open(page("?date=2017-12-08&source=sohr"));
        new Select(browser.find("#source")).selectByValue("afp");
        waitForQuery("source", "afp");
        assertDrawn("#map-a", "yarmouk-camp", "isis", "presence"); // AFP: ISIS has a presence in the Yarmouk camp
        new Select(browser.find("#source")).selectByValue("");
        waitForQuery("source", null);
        browser.find("#prev-change").click();
        List<String> changes = new ArrayList<>();
        svc.json("/api/changes").path("dates").forEach(d -> changes.add(d.asText()));
        waitForQuery("date", previous(changes, "2017-12-08"));

        browser.driver.navigate().back();
        waitForQuery("date", "2017-12-08");
        assertEquals("2017-12-08", value("#date"));
        assertEquals("8 December 2017", sliderText());
        assertEquals("", value("#source"));
        browser.driver.navigate().back();
        waitForQuery("source", "afp");
        assertEquals("afp", value("#source"));
        browser.driver.navigate().back();
        waitForQuery("source", "sohr");
        assertEquals("sohr", value("#source"));
        assertEquals("isis", placeAttr("#map-a", "deir-ezzor-east", "data-actor"));
        browser.driver.navigate().forward();
        waitForQuery("source", "afp");
        assertEquals("afp", value("#source"));
        assertNoConsoleProblems();
    }
}
