package controlmap.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The map page under its Content-Security-Policy: the oEmbed discovery link follows the view; the Embed dialog. */
class EmbedButtonTest extends PageTest {

    static String discoveredUrl() {
        String href = browser.text("return document.querySelector('link[rel=alternate][type=\"application/json+oembed\"]').href");
        String q = URI.create(href).getRawQuery();
        return URLDecoder.decode(q.substring(q.indexOf("url=") + 4, q.indexOf("&format=json")), StandardCharsets.UTF_8);
    }

    @Test
    void theMapPageRunsUnderItsPolicyAndItsDiscoveryLinkFollowsTheView() {
        HttpResponse<String> head = svc.get("/?date=2017-12-08&source=sohr");
        assertTrue(head.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));
        browser.open(page("?date=2017-12-08&source=sohr"));
        assertNoConsoleProblems();
        assertEquals(1L, browser.js("return document.querySelectorAll('link[type=\"application/json+oembed\"]').length"),
                "one discovery link: the server's, kept up to date");
        assertEquals(page("?date=2017-12-08&source=sohr"), discoveredUrl());
        browser.js("const s = document.getElementById('source'); s.value = 'russia-mod'; s.dispatchEvent(new Event('change'))");
        waitForQuery("source", "russia-mod");
        assertEquals(page("?date=2017-12-08&source=russia-mod"), discoveredUrl());
        assertTrue(browser.text("return document.querySelector('link[type=\"application/json+oembed\"]').title")
                .contains("Russian Ministry of Defence"));
        assertNoConsoleProblems();
    }

    @Test
    void theEmbedButtonShowsTheIframeCodeAndTheOembedAddressForTheView() {
        browser.open(page("?date=2017-12-08&source=sohr&compare=russia-mod&lat=35.1&lng=39.6&z=7"));
        browser.find("#embed-open").click();
        browser.waitFor("the dialog", "return document.getElementById('embed-dialog').open");
        String code = value("#embed-code");
        String src = svc.uri("/embed?date=2017-12-08&source=sohr&compare=russia-mod&lat=35.1000&lng=39.6000&z=7").toString();
        assertTrue(code.startsWith("<iframe src=\"" + src.replace("&", "&amp;") + "\" width=\"600\" height=\"400\" "
                + "style=\"width:100%;height:auto;aspect-ratio:600/400;border:0\""), "responsive: " + code);
        assertTrue(code.contains("title=\"ControlMap — 8 December 2017"), code);
        String oembed = value("#embed-oembed");
        assertTrue(oembed.startsWith(svc.uri("/oembed?url=").toString()), oembed);
        // what the server answers for that address is the same iframe
        String served = svc.json(oembed.replace(svc.uri("").toString(), "")).path("html").asText();
        assertEquals(code.replace("ControlMap — ", ""), served.replace("ControlMap — ", ""));
        String picture = String.valueOf(browser.js("return document.getElementById('embed-picture').href"));
        assertTrue(picture.contains("lat=35.1") && picture.contains("lng=39.6") && picture.contains("z=7"),
                "the picture looks where the map looks: " + picture);
        assertEquals(200, svc.getBytes(picture.replace(svc.uri("").toString(), "")).statusCode(), picture);

        browser.js("const c = document.getElementById('embed-controls'); c.value = 'time'; c.dispatchEvent(new Event('change'));"
                + "const l = document.getElementById('embed-lang'); l.value = 'ar'; l.dispatchEvent(new Event('change'))");
        assertTrue(value("#embed-code").contains("&amp;controls=time&amp;lang=ar\""), value("#embed-code"));
        browser.find("#embed-copy-code").click();
        browser.waitFor("the copy to be confirmed", "return document.querySelector('.embed-status').textContent !== ''");
        String status = browser.find(".embed-status").getText();
        boolean copied = status.startsWith("Copied");
        boolean selected = Boolean.TRUE.equals(browser.js("const t = document.getElementById('embed-code');"
                + "return t.selectionStart === 0 && t.selectionEnd === t.value.length"));
        assertTrue(copied || selected, "copied, or selected for Ctrl+C: " + status);
        browser.screenshot("desktop-embed-dialog");
        browser.driver.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ESCAPE);
        browser.waitFor("the dialog to close", "return !document.getElementById('embed-dialog').open");
        assertNoConsoleProblems();
    }
}
