package controlmap.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Where am I: the map names towns, rivers and countries with no tile server, more towns as it zooms in, and the
 * search box finds our places and the gazetteer's towns in English and Arabic and moves the map (and the URL) there.
 */
class GazetteerPageTest extends PageTest {

    /** The gazetteer labels of a kind shown inside the map's visible rectangle: their text by id. */
    @SuppressWarnings("unchecked")
    static Map<String, String> visibleLabels(String map, String kind) {
        return (Map<String, String>) browser.js("const box = document.querySelector(arguments[0]).getBoundingClientRect();"
                + "const out = {}; for (const n of document.querySelectorAll(arguments[0] + ' [data-gz-kind=\"' + arguments[1] + '\"]')) {"
                + "  if (n.hidden) continue; const r = n.firstElementChild.getBoundingClientRect();"
                + "  if (r.width > 0 && r.left >= box.left && r.right <= box.right && r.top >= box.top && r.bottom <= box.bottom"
                + "      && getComputedStyle(n).visibility === 'visible') out[n.dataset.gz] = n.textContent; }"
                + "return out;", map, kind);
    }

    static void waitForLabels() {
        browser.waitFor("the gazetteer's names", "return document.querySelectorAll('#map-a [data-gz-kind]:not([hidden])').length > 0"
                + " && document.querySelector('#map-a .gazetteer-names').dataset.settled === 'true'");
    }

    @Test
    void theDefaultViewNamesTheRiversTheBigCitiesAndTheCountries() {
        browser.open(page(""));
        waitForLabels();
        browser.screenshot("gazetteer-default-view");
        Map<String, String> rivers = visibleLabels("#map-a", "river");
        assertTrue(rivers.containsKey("euphrates"), "the Euphrates is named: " + rivers);
        assertTrue(rivers.get("euphrates").contains("Euphrates") && rivers.get("euphrates").contains("الفرات"),
                rivers.get("euphrates"));
        assertEquals(3L, browser.js("return document.querySelectorAll('#map-a path[data-gz-river]').length"),
                "the three rivers drawn");
        Map<String, String> towns = visibleLabels("#map-a", "town");
        for (String[] t : List.of(new String[] {"gn-170654", "Damascus", "دمشق"}, new String[] {"gn-170063", "Aleppo", "حلب"})) {
            assertTrue(towns.containsKey(t[0]), t[1] + " named at the country view: " + towns.values());
            assertTrue(towns.get(t[0]).contains(t[1]) && towns.get(t[0]).contains(t[2]), towns.get(t[0]));
        }
        assertFalse(towns.containsKey("gn-163808"), "Palmyra (50,000 people) waits for a closer view");
        Map<String, String> countries = visibleLabels("#map-a", "country");
        assertTrue(countries.keySet().containsAll(List.of("country-sy", "country-iq", "country-tr")), countries.toString());
        assertNoOverlap("#map-a");
        assertEquals(0L, browser.js("return performance.getEntriesByType('resource')"
                + ".filter(e => !e.name.startsWith(location.origin)).length"), "all offline");
        assertNoConsoleProblems();
    }

    @Test
    void zoomingOnDamascusNamesMoreTownsAndPlacesStayClickable() {
        browser.open(page("?date=2017-12-08&lat=33.52&lng=36.40&z=9"));
        waitForLabels();
        Map<String, String> towns = visibleLabels("#map-a", "town");
        assertTrue(towns.size() >= 5, "more towns close in: " + towns.values());
        assertTrue(towns.containsKey("gn-170592") || towns.containsKey("gn-170892"), "Douma or Darayya: " + towns.values());
        assertEquals("none", browser.text("return getComputedStyle(document.querySelector('#map-a .gazetteer-names')).pointerEvents"),
                "names never take a click meant for a place");
        assertNoOverlap("#map-a");
        browser.screenshot("gazetteer-damascus");
    }

    @Test
    void searchingDeirEzMovesTheMapThereAndIntoTheUrl() {
        browser.open(page("?date=2017-12-08"));
        WebElement box = browser.find("#search input");
        box.sendKeys("deir ez");
        browser.waitFor("results", "return document.querySelectorAll('#search li[role=option]').length > 1");
        browser.screenshot("gazetteer-search-results");
        List<WebElement> options = browser.findAll("#search li[role=option]");
        assertTrue(options.get(0).getText().contains("Deir Ezzor"), options.get(0).getText());
        assertEquals("true", options.get(0).getAttribute("aria-selected"));
        box.sendKeys(Keys.ARROW_DOWN);
        assertEquals("true", browser.findAll("#search li[role=option]").get(1).getAttribute("aria-selected"),
                "the arrow keys move the choice");
        box.sendKeys(Keys.ARROW_UP, Keys.ENTER);
        browser.waitFor("the map at Deir ez-Zor", "const c = window.controlmap.app.mapA.map.getCenter();"
                + "return Math.abs(c.lat - 35.33) < 0.2 && Math.abs(c.lng - 40.14) < 0.3"
                + " && new URLSearchParams(location.search).get('lat') !== null"
                + " && Math.abs(Number(new URLSearchParams(location.search).get('lat')) - c.lat) < 0.001");
        assertTrue(Double.parseDouble(query().get("z")) >= 9, "zoomed in on the place: " + query());
        String url = browser.driver.getCurrentUrl();
        browser.open(url);
        browser.waitFor("the view restored from the URL", "const c = window.controlmap.app.mapA.map.getCenter();"
                + "return Math.abs(c.lat - 35.33) < 0.2 && Math.abs(c.lng - 40.14) < 0.3");
        browser.screenshot("gazetteer-search-deir-ez");
        browser.driver.navigate().back();
        browser.waitFor("Back returns to the view before the search", "const c = window.controlmap.app.mapA.map.getCenter();"
                + "return Math.abs(c.lng - 40.14) > 1");
    }

    @Test
    void arabicAndOtherNamesFindTheirTown() {
        browser.open(page("?date=2017-12-08"));
        for (String[] q : List.of(new String[] {"دير الزور", "35.33", "40.14"}, new String[] {"Tadmur", "34.56", "38.28"})) {
            WebElement box = browser.find("#search input");
            box.clear();
            box.sendKeys(q[0]);
            browser.waitFor("results for " + q[0], "return document.querySelectorAll('#search li[role=option]').length > 0");
            box.sendKeys(Keys.ENTER);
            browser.waitFor("the map at " + q[0], "const c = window.controlmap.app.mapA.map.getCenter();"
                    + "return Math.abs(c.lat - arguments[0]) < 0.25 && Math.abs(c.lng - arguments[1]) < 0.3"
                    + " && Math.abs(Number(new URLSearchParams(location.search).get('lng')) - c.lng) < 0.001",
                    Double.parseDouble(q[1]), Double.parseDouble(q[2]));
        }
        assertTrue(browser.find("#search input").getAttribute("value").contains("Palmyra"),
                "Tadmur is Palmyra: " + browser.find("#search input").getAttribute("value"));
        assertNoConsoleProblems();
    }

    @Test
    void theEmbedNamesTheEuphratesToo() {
        browser.open(svc.uri("/embed?date=2017-12-08&lang=ar").toString());
        browser.waitFor("the embed's names", "return document.querySelectorAll('#map-a [data-gz-kind=river]:not([hidden])').length > 0");
        Map<String, String> rivers = visibleLabels("#map-a", "river");
        assertTrue(rivers.getOrDefault("euphrates", "").startsWith("نهر الفرات"), "Arabic first in the Arabic embed: " + rivers);
        browser.screenshot("gazetteer-embed-ar");
        assertNoConsoleProblems();
    }

    /** No two names shown cover each other. */
    static void assertNoOverlap(String map) {
        Object overlaps = browser.js("const rs = [...document.querySelectorAll(arguments[0] + ' .gz-label:not([hidden])')]"
                + ".filter(n => n.dataset.gzKind !== 'river').map(n => [n.dataset.gz, (n.querySelector('.gz-text') ?? n.firstElementChild).getBoundingClientRect()]);"
                + "const out = []; for (let i = 0; i < rs.length; i++) for (let j = i + 1; j < rs.length; j++) {"
                + " const a = rs[i][1], b = rs[j][1];"
                + " if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1) out.push(rs[i][0] + '/' + rs[j][0] + ' ' + JSON.stringify([a, b, document.querySelector('[data-gz=' + rs[i][0] + ']').dataset.side, document.querySelector('[data-gz=' + rs[j][0] + ']').dataset.side])); }"
                + "return out.join(', ');", map);
        assertEquals("", overlaps, "names written over each other");
    }
}
