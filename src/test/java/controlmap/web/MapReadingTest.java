package controlmap.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * A map a reader understands at a glance: the day on the map, typed dates, year marks, a layout that Play does not
 * move, a legend of only what is drawn and looking like it, "no majority" for a tie, one source's disputes only,
 * labelled places, the keyboard, and the Raqqa question answered in a date and a click.
 */
class MapReadingTest extends PageTest {

    @Test
    void theDayIsWrittenLargeOnTheMapAndTheSliderHasYearMarks() {
        browser.open(page("?date=2017-11-01&source=sohr"));
        WebElement day = browser.find("#map-a .map-day");
        assertEquals("1 November 2017", day.getText());
        double size = Double.parseDouble(browser.text("return parseFloat(getComputedStyle(arguments[0]).fontSize)", day));
        assertTrue(size >= 20, "large: " + size + "px");
        @SuppressWarnings("unchecked")
        List<String> years = (List<String>) browser.js("return [...document.querySelectorAll('#years .year')].map(y => y.textContent)");
        JsonNode extent = svc.json("/api/extent");
        int first = Integer.parseInt(extent.path("first").asText().substring(0, 4));
        int last = Integer.parseInt(extent.path("last").asText().substring(0, 4));
        for (int y = first + 1; y <= last; y++) {
            assertTrue(years.contains(String.valueOf(y)), "a mark for " + y + ": " + years);
        }
        browser.find("#day-slider").sendKeys(Keys.ARROW_RIGHT);
        browser.waitFor("the map to draw the next day", "return document.getElementById('map-a').dataset.drawn === '2017-11-02'");
        assertEquals("2 November 2017", browser.text("return document.querySelector('#map-a .map-day').textContent"),
                "the day on the map follows");
        assertNoConsoleProblems();
    }

    @Test
    void aTypedDateAppliesOnEnterOrLeavingTheFieldAndIsNeverRewrittenWhileTyping() {
        browser.open(page("?date=2017-12-08"));
        WebElement date = browser.find("#date");
        browser.js("arguments[0].focus()", date);
        // en-GB: day, month, year; typed key by key (to the focused field, as a person types) the field passes
        // through days like 0002-01-11
        boolean dayFirst = dayFirst();
        type(dayFirst ? "11" : "01");
        type(dayFirst ? "01" : "11");
        type("2");
        type("0");
        assertEquals("2017-12-08", query().get("date"), "nothing applied while typing");
        assertFalse(svc.json("/api/extent").path("first").asText().equals(value("#date")),
                "the field is not sent to the first day while typing: " + value("#date"));
        type("17");
        assertEquals("2017-01-11", value("#date"));
        assertEquals("2017-12-08", query().get("date"));
        type(Keys.ENTER.toString());
        waitForQuery("date", "2017-01-11");
        assertEquals("11 January 2017", browser.find("#map-a .map-day").getText());
        // leaving the field applies too
        typeDate(date, "2017-03-05");
        assertEquals("2017-01-11", query().get("date"));
        browser.find("#summary").click(); // the reader clicks elsewhere: the field is left
        waitForQuery("date", "2017-03-05");
        assertNoConsoleProblems();
    }

    @Test
    void playDoesNotMoveTheLayout() {
        browser.open(page("?date=2015-01-01"));
        String rects = "return ['map-a', 'day-slider', 'play', 'date', 'summary'].map(id => {"
                + " const r = document.getElementById(id).getBoundingClientRect(); return [r.x, r.y, r.width, r.height].join(','); }).join(' ')";
        String before = browser.text(rects);
        long redraws = (Long) browser.js("return window.controlmap.redraws");
        browser.find("#play").click();
        browser.waitFor("a few days played", "return window.controlmap.redraws > arguments[0] + 5", redraws);
        String playing = browser.text(rects);
        browser.find("#play").click();
        assertEquals(before, playing, "nothing moves when Play starts");
        assertEquals(before, browser.text(rects), "nor when it stops");
    }

    @Test
    void theLegendListsOnlyWhatIsDrawnInViewAndLooksLikeTheFills() {
        browser.open(page("?date=2017-12-08&source=sohr"));
        waitForLegend();
        Set<String> listed = legendActors();
        Set<String> drawn = drawnActorsInView();
        assertEquals(drawn, listed, "the actors of the places in view, no more");
        // swatch = fill: the actor's colour at the fill's opacity over the country's paper, as the map paints it
        String place = browser.text("return document.querySelector('#map-a path[data-place][data-draw=\"whole\"]').dataset.place");
        String actor = placeAttr("#map-a", place, "data-actor");
        double opacity = Double.parseDouble(placeAttr("#map-a", place, "fill-opacity"));
        String fill = placeAttr("#map-a", place, "fill");
        String paper = browser.text("return window.controlmap.look.focus.fill");
        String expected = blend(fill, opacity, paper);
        String swatch = browser.text("return getComputedStyle(document.querySelector('.legend li[data-actor=\"' + arguments[0] + '\"] .swatch')).backgroundColor", actor);
        assertEquals(expected, swatch, "the legend's " + actor + " looks like its fill");

        // zoomed on Damascus: only what is drawn there
        browser.js("window.controlmap.app.mapA.map.setView([33.5, 36.35], 10, {animate: false})");
        waitForLegend();
        assertEquals(drawnActorsInView(), legendActors(), "after zooming in");
        MapPageTest.waitForLabels();
        browser.screenshot("damascus-zoom-sohr");
        assertNoConsoleProblems();
    }

    @Test
    void aTieIsNoMajorityOnTheMapTooltipPanelAndTable() {
        browser.open(page("?date=2017-12-08"));
        // Palmyra that day: The Duran says ISIS, the Russian MoD "not ISIS": one each
        assertEquals("no-majority", placeOrDot("palmyra", "data-draw"));
        assertEquals("", placeOrDot("palmyra", "data-actor"), "no actor's colour");
        String tip = browser.text("return window.controlmap.app.mapA.describe('palmyra')");
        assertTrue(tip.contains("No majority") && tip.contains("1 of 2"), tip);
        assertTrue(browser.find(".legend").getText().contains("No majority"), browser.find(".legend").getText());
        // where the sources agree, the count is said
        String agree = browser.text("return window.controlmap.app.mapA.describe('deir-ezzor-city')");
        int sources = 0;
        for (JsonNode f : svc.json("/api/control?date=2017-12-08").path("features")) {
            sources += f.path("properties").path("place").asText().equals("deir-ezzor-city") ? 1 : 0;
        }
        assertTrue(agree.matches(".* \\d of " + sources + " sources.*"), "how many of how many: " + agree);
        // "not ISIS" and "SDF" do not conflict: no split, the named holder
        assertEquals("sdf", placeOrDot("raqqa-city", "data-actor"));

        clickPlace("#map-a", "palmyra");
        String panel = browser.find("#panel .chosen").getText();
        assertTrue(panel.contains("No majority") && panel.contains("1 of 2"), panel);
        browser.find(".panel-close").click();
        browser.find("#view-toggle").click();
        waitForQuery("view", "table");
        String row = browser.find("#table-view tr[data-place=\"palmyra\"] td.no-majority").getText();
        assertEquals("No majority (1 of 2 each)", row);
        browser.find("#view-toggle").click();
        assertNoConsoleProblems();
    }

    @Test
    void withOneSourceOnlyItsOwnDisputesAreHatchedAndTheOtherSourceNamed() {
        browser.open(page("?date=2017-12-08&source=sohr"));
        Set<String> expected = new HashSet<>();
        Map<String, JsonNode> sohr = holders("sohr");
        Set<String> others = new HashSet<>();
        for (JsonNode s : svc.json("/api/sources")) {
            String id = s.path("id").asText();
            if (id.equals("sohr")) {
                continue;
            }
            for (Map.Entry<String, JsonNode> e : holders(id).entrySet()) {
                JsonNode mine = sohr.get(e.getKey());
                if (mine != null && conflict(mine, e.getValue())) {
                    expected.add(e.getKey());
                    others.add(id);
                }
            }
        }
        assertFalse(expected.isEmpty(), "SOHR disagrees with someone that day");
        assertEquals(expected, MapPageTest.hatched("#map-a"), "only where SOHR disagrees with another source");
        Set<String> all = new HashSet<>();
        svc.json("/api/disputes?date=2017-12-08").path("features").forEach(f -> all.add(f.path("id").asText()));
        assertTrue(all.size() > expected.size(), "disputes among other sources are left out: " + all);
        MapPageTest.waitForLabels();
        String label = browser.text("return document.querySelector('#map-a .place-label.disputed[data-place=\"deir-ezzor-east\"]').textContent");
        assertEquals(placeProps("deir-ezzor-east").path("name").asText() + " — SOHR vs Russian Ministry of Defence", label);
        assertNoConsoleProblems();
    }

    @Test
    void placesAreNamedBesideTheirDotsAndLabelsNeverCoverADot() {
        browser.open(page("?date=2017-12-08"));
        MapPageTest.waitForLabels();
        @SuppressWarnings("unchecked")
        List<String> shown = (List<String>) browser.js("return [...document.querySelectorAll('#map-a .place-label:not(.off):not(.crowded)')]"
                + ".map(l => l.dataset.place)");
        assertTrue(shown.size() >= 10, "most places named at the default view: " + shown);
        assertTrue(shown.contains("raqqa-city"), "Raqqa named: " + shown);
        Object overlaps = browser.js("const labels = [...document.querySelectorAll('#map-a .place-label:not(.off):not(.crowded)')]"
                + ".map(l => l.getBoundingClientRect());"
                + "const dots = [...document.querySelectorAll('#map-a path[data-marker]')].map(d => d.getBoundingClientRect());"
                + "const hit = (a, b) => a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;"
                + "return labels.flatMap((l, i) => dots.filter(d => hit(l, d)).map(() => i)).length;");
        Object which = browser.js("const ls = [...document.querySelectorAll('#map-a .place-label:not(.off):not(.crowded)')];"
                + "const dots = [...document.querySelectorAll('#map-a path[data-marker]')];"
                + "const hit = (a, b) => a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;"
                + "return ls.flatMap(l => dots.filter(d => hit(l.getBoundingClientRect(), d.getBoundingClientRect()))"
                + ".map(d => l.dataset.place + ' over ' + d.dataset.marker)).join(', ');");
        assertEquals(0L, overlaps, "no label over a dot: " + which);
        // a disputed place's label names it
        @SuppressWarnings("unchecked")
        List<String> disputed = (List<String>) browser.js("return [...document.querySelectorAll('#map-a .place-label.disputed:not(.off)')].map(l => l.textContent)");
        assertTrue(disputed.stream().allMatch(t -> t.endsWith(" — disputed") && t.length() > " — disputed".length()), disputed.toString());
        // every place has an accessible name
        assertEquals(0L, browser.js("return [...document.querySelectorAll('#map-a path[data-place]')].filter(p => !p.getAttribute('aria-label')).length"));
        browser.screenshot("default-view");
        assertNoConsoleProblems();
    }

    @Test
    void theKeyboardReachesAndOpensAPlaceAndEscapeReturns() {
        browser.open(page("?date=2017-12-08&source=sohr"));
        WebElement map = browser.find("#map-a");
        assertEquals("0", map.getAttribute("tabindex"), "the map is one Tab stop");
        browser.js("arguments[0].focus()", map);
        map.sendKeys(Keys.ARROW_RIGHT);
        String place = map.getAttribute("data-focus-place");
        assertFalse(place == null || place.isEmpty(), "an arrow focuses a place");
        String spoken = browser.text("return document.querySelector('#map-a p[aria-live]').textContent");
        assertTrue(spoken.startsWith(placeProps(place).path("name").asText()), spoken);
        map.sendKeys(Keys.ARROW_DOWN);
        map.sendKeys(Keys.ARROW_LEFT);
        place = map.getAttribute("data-focus-place");
        map.sendKeys(Keys.ENTER);
        browser.waitFor("the panel", "return !document.getElementById('panel').hidden && !!document.querySelector('#panel h2')");
        assertEquals(placeProps(place).path("name").asText(), browser.find("#panel h2").getText());
        browser.find("#panel h2").sendKeys(Keys.ESCAPE);
        browser.waitFor("the panel closed", "return document.getElementById('panel').hidden");
        assertEquals("map-a", browser.text("return document.activeElement.id"), "Escape gives the focus back to the map");
        // every place is reached by arrows: no place is a Tab stop of its own
        assertEquals(0L, browser.js("return [...document.querySelectorAll('#map-a path, #map-a .leaflet-tooltip')]"
                + ".filter(p => p.tabIndex >= 0).length"));
        // the slider in a few Tab presses: the skip link is the first stop
        browser.open(page("?date=2017-12-08&source=sohr"));
        type(Keys.TAB.toString());
        assertEquals("skip", browser.text("return document.activeElement.className"));
        browser.driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        assertEquals("day-slider", browser.text("return document.activeElement.id"), "the second stop is the slider");
        // tooltips wide enough to read
        browser.js("window.controlmap.app.mapA.placeLayers.get('deir-ezzor-east').openTooltip()");
        double width = ((Number) browser.js("return document.querySelector('.place-tooltip').getBoundingClientRect().width")).doubleValue();
        assertTrue(width >= 200 && width <= 240, "about 220 px: " + width);
        assertNoConsoleProblems();
    }

    @Test
    void raqqaOnOneNovember2017InASearchADateAndAClick() {
        browser.open(page(""));
        WebElement search = browser.find("#search input");
        search.sendKeys("raqqa");
        browser.waitFor("results", "return document.querySelectorAll('#search li[role=option]').length > 0");
        search.sendKeys(Keys.ENTER); // input 1: the search (our place comes first)
        browser.waitFor("the map on Raqqa", "return new URLSearchParams(location.search).get('lat') !== null");
        typeDate(browser.find("#date"), "2017-11-01");
        type(Keys.ENTER.toString()); // input 2: the date
        waitForQuery("date", "2017-11-01");
        clickPlace("#map-a", "raqqa-city"); // input 3: the place
        String panel = browser.find("#panel").getText();
        JsonNode claim = claim(raqqaClaimInForce());
        assertTrue(panel.contains("On 1 November 2017"), panel);
        assertTrue(panel.contains(claim.path("quote").asText()), "in whose words: " + panel);
        assertTrue(panel.contains("Since approximately 15 October 2017"), "since when: " + panel);
        assertTrue(panel.contains("Nothing in force from") && panel.contains(sourceName("sohr")),
                "and that SOHR said nothing then: " + panel);
        browser.screenshot("panel-raqqa-2017-11-01");
        assertNoConsoleProblems();
    }

    @Test
    void onAPhoneTheLegendIsOffTheMapAndTheTableKeepsThePlaceColumn() {
        try (Browser phone = Browser.phone(390, 800)) {
            phone.open(page("?date=2017-12-08"));
            assertTrue((Boolean) phone.js("return !!document.querySelector('#legend-slot .legend')"), "the legend below the map");
            assertTrue((Boolean) phone.js("return !document.querySelector('#map-a .legend')"), "not over the map");
            phone.screenshot("phone-map");
            phone.find("#view-toggle").click();
            phone.waitFor("the table", "return !document.getElementById('table-view').hidden");
            assertEquals("sticky", phone.text("return getComputedStyle(document.querySelector('#table-view tbody th')).position"));
            phone.screenshot("phone-table-before");
            phone.js("document.getElementById('table-view').scrollLeft = 400");
            double left = ((Number) phone.js("return document.querySelector('#table-view tbody th').getBoundingClientRect().left")).doubleValue();
            assertTrue(left >= -1 && left < 20, "the place column stays in view: " + left);
            phone.screenshot("phone-table");
        }
    }

    /** Types an ISO day into a date field, in the order the browser's field takes it, from its first part. */
    private static void typeDate(WebElement field, String iso) {
        firstSegment(field);
        String[] p = iso.split("-");
        type(dayFirst() ? p[2] + p[1] + p[0] : p[1] + p[2] + p[0]);
    }

    /** Clicks the date field's first part (day or month), as a reader starts typing a date over another. */
    private static void firstSegment(WebElement field) {
        int w = field.getSize().getWidth();
        new Actions(browser.driver).moveToElement(field, -w / 2 + 8, 0).click().perform();
    }

    /** Whether the browser's date fields take the day before the month (en-GB) or after (en-US). */
    private static boolean dayFirst() {
        return "day".equals(browser.text("return new Intl.DateTimeFormat(navigator.language).formatToParts(new Date(2017, 0, 11))"
                + ".find(p => p.type === 'day' || p.type === 'month').type"));
    }

    /** Keys to whatever has the focus, as a person types (no focusing first). */
    private static void type(String keys) {
        new Actions(browser.driver).sendKeys(keys).perform();
    }

    private static String raqqaClaimInForce() {
        for (JsonNode f : svc.json("/api/control?date=2017-11-01").path("features")) {
            if (f.path("properties").path("place").asText().equals("raqqa-city")) {
                return f.path("properties").path("claim").asText();
            }
        }
        throw new AssertionError("no claim about Raqqa in force on 1 November 2017");
    }

    private static String placeOrDot(String place, String attr) {
        String v = browser.text("const p = document.querySelector('#map-a path[data-marker=\"' + arguments[0] + '\"]')"
                + " ?? document.querySelector('#map-a path[data-place=\"' + arguments[0] + '\"]'); return p.getAttribute(arguments[1])",
                place, attr);
        return v == null ? "" : v;
    }

    /** A source's winning claims on 8 December 2017, by place (the properties of /api/control). */
    private static Map<String, JsonNode> holders(String source) {
        Map<String, JsonNode> out = new java.util.HashMap<>();
        svc.json("/api/control?date=2017-12-08&source=" + source).path("features").forEach(f -> out.put(
                f.path("properties").path("place").asText(), f.path("properties")));
        return out;
    }

    /**
     * The design contract's rule, written out for the seed: neither a presence, not both part, and the actors
     * conflict (not-isis only with isis).
     */
    private static boolean conflict(JsonNode x, JsonNode y) {
        if (kindOf(x).equals("presence") || kindOf(y).equals("presence") || (kindOf(x).equals("part") && kindOf(y).equals("part"))) {
            return false;
        }
        String a = x.path("actor").asText();
        String b = y.path("actor").asText();
        if (a.equals(b)) {
            return false;
        }
        if (a.equals("not-isis") || b.equals("not-isis")) {
            return a.equals("isis") || b.equals("isis");
        }
        return true;
    }

    private static void waitForLegend() {
        browser.waitFor("the legend", "const c = window.controlmap.app.core; return !c.legendTimer && c.legend.key !== ''");
    }

    private static Set<String> legendActors() {
        @SuppressWarnings("unchecked")
        List<String> ids = (List<String>) browser.js("return [...document.querySelectorAll('.legend li[data-actor]')].map(li => li.dataset.actor)");
        return new HashSet<>(ids);
    }

    private static Set<String> drawnActorsInView() {
        @SuppressWarnings("unchecked")
        List<String> ids = (List<String>) browser.js("const m = window.controlmap.app.mapA; const b = m.map.getBounds();"
                + "return [...m.current.holders].filter(([id, h]) => h.actor && b.contains(m.centreOf(id))).map(([id, h]) => h.actor)");
        return new HashSet<>(ids);
    }

    /** rgb(…) of {@code fill} at {@code opacity} over {@code paper}, as the browser reports a background colour. */
    private static String blend(String fill, double opacity, String paper) {
        int[] a = rgb(fill);
        int[] b = rgb(paper);
        int[] c = new int[3];
        for (int i = 0; i < 3; i++) {
            c[i] = (int) Math.round(a[i] * opacity + b[i] * (1 - opacity));
        }
        return "rgb(" + c[0] + ", " + c[1] + ", " + c[2] + ")";
    }

    private static int[] rgb(String hex) {
        String h = hex.substring(1);
        if (h.length() == 3) {
            h = "" + h.charAt(0) + h.charAt(0) + h.charAt(1) + h.charAt(1) + h.charAt(2) + h.charAt(2);
        }
        return new int[] {Integer.parseInt(h.substring(0, 2), 16), Integer.parseInt(h.substring(2, 4), 16),
            Integer.parseInt(h.substring(4, 6), 16)};
    }
}
