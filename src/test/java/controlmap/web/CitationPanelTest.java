package controlmap.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import controlmap.domain.Basis;
import controlmap.domain.Claim;
import controlmap.domain.DatePrecision;
import controlmap.testing.RunningService;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Clicking a place shows who holds it per source, since when, the quote and the article; data stays text. */
class CitationPanelTest extends PageTest {

    @Test
    void clickingAPlaceShowsTheQuoteTheArticleAndWhatEveryOtherSourceSaid() {
        browser.open(page("?date=2017-12-08&source=sohr"));
        clickPlace("#map-a", "deir-ezzor-east");
        JsonNode place = placeProps("deir-ezzor-east");
        assertEquals(place.path("name").asText(), browser.find("#panel h2").getText());
        assertEquals(place.path("name_ar").asText(), browser.find("#panel .name-ar").getText());
        assertEquals("ar", browser.find("#panel .name-ar").getAttribute("lang"));
        assertEquals("rtl", browser.find("#panel .name-ar").getAttribute("dir"));

        JsonNode sohr = claim("sohr-2017-12-07-deir-ezzor-east-isis");
        assertEquals("According to " + sourceName("sohr"), browser.find("#panel .chosen h3").getText());
        assertEquals(sohr.path("quote").asText(), browser.text("return document.querySelector('#panel .chosen blockquote').textContent"));
        assertTrue(browser.find("#panel .chosen .holder").getText().contains("ISIS"));
        // SOHR's "still holds" gives no start
        assertTrue(browser.find("#panel .chosen .since").getText().toLowerCase().contains("since a date the source did not give"),
                browser.find("#panel .chosen .since").getText());
        assertTrue(browser.find("#panel .chosen .cite").getText().contains(sohr.path("article").asText()));

        String others = browser.find("#panel .others").getText();
        JsonNode russia = claim("russia-mod-2017-12-07-deir-ezzor-east-not-isis");
        assertTrue(others.contains(sourceName("russia-mod")) && others.contains(sourceName("mohammed-al-abdullah")), others);
        assertTrue(others.contains(russia.path("quote").asText().substring(0, 40)), others);
        assertTrue(others.contains("blanket claim"), "Russia's claim is a blanket one: " + others);
        int events = svc.json("/api/timeline?place=deir-ezzor-east").size();
        assertEquals(events, browser.findAll("#panel .place-timeline li").size());
        browser.screenshot("desktop-panel");
        assertNoConsoleProblems();
    }

    @Test
    void aClaimWithoutAnAddressShowsItsArticleAndOurCopy() {
        browser.open(page("?date=2017-12-08&source=afp"));
        clickPlace("#map-a", "yarmouk-camp");
        JsonNode afp = claim("afp-2017-12-08-yarmouk-camp-isis");
        assertTrue(afp.path("url").isNull(), "the seed's AFP claims have no URL");
        String cite = browser.find("#panel .chosen .cite").getText();
        assertTrue(cite.contains(afp.path("article").asText()), cite);
        assertTrue(cite.contains("our copy: " + afp.path("article_ref").asText()), cite);
        assertTrue(browser.findAll("#panel .chosen .cite a").isEmpty(), "no link without an address");
    }

    @Test
    void datesAreShownAsPreciselyAsTheSourceGaveThem() {
        browser.open(page("?date=2017-01-01&source=the-duran"));
        clickPlace("#map-a", "palmyra");
        assertTrue(browser.find("#panel .chosen .since").getText().startsWith("Since December 2016"),
                browser.find("#panel .chosen .since").getText());
        browser.open(page("?date=2017-11-01&source=daily-sheeple"));
        clickPlace("#map-a", "raqqa-city");
        assertTrue(browser.find("#panel .chosen .since").getText().startsWith("Since approximately 15 October 2017"),
                browser.find("#panel .chosen .since").getText());
    }

    @Test
    void htmlInAQuoteIsShownAsTextAndNeverRuns() {
        String evil = "<script>window.__pwned = 1</script><img src=x onerror=\"window.__pwned = 2\"><b>bold</b>";
        try (RunningService own = RunningService.start()) {
            Claim c = new Claim("test-html-palmyra", "sohr", "palmyra", "isis", LocalDate.parse("2017-12-01"), null,
                    DatePrecision.DAY, LocalDate.parse("2017-12-01"), DatePrecision.DAY, Basis.EXPLICIT, evil,
                    "javascript:window.__pwned=3", "<i>Injected</i> article", null, "<u>speaker</u>", null, null,
                    0, 0, null, null, null);
            own.service().store().addClaims(List.of(c), "browser-test");
            own.service().refresh();
            browser.open(own.uri("/?date=2017-12-08&source=sohr").toString());
            assertEquals("isis", placeAttr("#map-a", "palmyra", "data-actor"), "the injected claim is in force");
            clickPlace("#map-a", "palmyra");
            assertEquals(evil, browser.text("return document.querySelector('#panel .chosen blockquote').textContent"));
            assertEquals(0L, browser.js("return document.querySelectorAll('#panel script, #panel img, #panel b, #panel i, #panel u').length"));
            assertTrue(browser.find("#panel .chosen .cite").getText().contains("<i>Injected</i> article"));
            assertTrue(browser.findAll("#panel .chosen .cite a").isEmpty(), "a javascript: address is no link");
            browser.find("#view-toggle").click();
            browser.waitFor("the table", "return !document.getElementById('table-view').hidden");
            assertNull(browser.js("return window.__pwned === undefined ? null : window.__pwned"), "nothing ran");
            assertNoConsoleProblems();
        }
    }
}
