package controlmap.ogc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import controlmap.domain.Basis;
import controlmap.domain.Claim;
import controlmap.domain.DatePrecision;
import controlmap.testing.RunningService;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/** Every OGC resource as an HTML page; text from the data (untrusted) is escaped, never markup. */
class OgcHtmlTest {

    static final String EVIL_ID = "xss-claim-1";
    static final String EVIL_QUOTE = "<script>alert('quote')</script> & \"more\"";
    static final String EVIL_NOTE = "<img src=x onerror=alert(1)>";
    static RunningService svc;

    @BeforeAll
    static void start() throws ParseException {
        svc = RunningService.start();
        Claim evil = new Claim(EVIL_ID, "sohr", "raqqa-city", "isis", LocalDate.parse("2017-12-07"), null,
                DatePrecision.DAY, LocalDate.parse("2017-12-07"), DatePrecision.DAY, Basis.EXPLICIT, EVIL_QUOTE,
                "javascript:alert(1)", "<b>article</b>", null, "</td><script>x()</script>", EVIL_NOTE,
                new WKTReader().read("POLYGON ((39 35.9, 39.1 35.9, 39.1 36, 39 36, 39 35.9))"),
                0, 0, null, null, null);
        svc.service().store().addClaims(List.of(evil), "test-editor");
        svc.service().refresh();
    }

    @AfterAll
    static void stop() {
        svc.close();
    }

    static String page(String path) {
        HttpResponse<String> r = svc.get(path);
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), path);
        assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'none'"));
        assertTrue(r.body().startsWith("<!doctype html>"), path);
        assertFalse(r.body().toLowerCase(java.util.Locale.ROOT).contains("<script"), "no script at all: " + path);
        assertFalse(r.body().contains("<img"), path);
        return r.body();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/ogc", "/ogc/conformance", "/ogc/api", "/ogc/collections", "/ogc/collections/claims",
        "/ogc/collections/places", "/ogc/collections/claims/items", "/ogc/collections/places/items",
        "/ogc/collections/places/items/raqqa-city", "/ogc/collections/claims/items/" + EVIL_ID})
    void everyResourceIsAPage(String path) {
        String html = page(path + "?f=html");
        assertTrue(html.contains("rel=\"alternate\" type=\"application/json\""), "links its JSON: " + path);
        assertTrue(html.contains("<h2>Links</h2>"), "every link of the resource as <a>: " + path);
        assertTrue(html.contains("(self, text/html)") && html.contains("(alternate, application/"), path);
    }

    @Test
    void theInjectedClaimIsShownEscaped() {
        String item = page("/ogc/collections/claims/items/" + EVIL_ID + "?f=html");
        assertTrue(item.contains("&lt;script&gt;alert(&#39;quote&#39;)&lt;/script&gt; &amp; &quot;more&quot;"), item);
        assertTrue(item.contains("&lt;img src=x onerror=alert(1)&gt;"));
        assertTrue(item.contains("&lt;/td&gt;&lt;script&gt;x()&lt;/script&gt;"));
        assertTrue(item.contains("<svg"), "a small map of the claim's own shape");
        assertFalse(item.contains("href=\"javascript:"), "data never becomes a link");
        String list = page("/ogc/collections/claims/items?f=html&limit=10000");
        assertTrue(list.contains("&lt;script&gt;alert(&#39;quote&#39;)&lt;/script&gt;"));
        assertTrue(list.contains("&lt;img src=x onerror=alert(1)&gt;"), "every property, the note too");
        assertTrue(list.contains(EVIL_ID));
    }

    @Test
    void requestValuesEchoedInLinksAreEncoded() {
        String html = page("/ogc/collections/claims/items?f=html&source=%3Cscript%3Ex%3C%2Fscript%3E%22");
        assertFalse(html.contains("<script>x"));
        assertTrue(html.contains("source=%3Cscript%3Ex%3C%2Fscript%3E%22"), html);
    }

    @Test
    void theItemsPagePagesWithHtmlLinks() {
        String html = page("/ogc/collections/claims/items?f=html&limit=5&offset=5");
        assertTrue(html.contains("limit=5&amp;offset=10&amp;f=html"), "next page in HTML");
        assertTrue(html.contains("limit=5&amp;f=html"), "previous page (offset 0) in HTML");
        assertTrue(html.contains("features 6 to 10"));
    }
}
