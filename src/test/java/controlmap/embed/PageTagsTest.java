package controlmap.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import controlmap.config.SiteConfig;
import controlmap.testing.RunningService;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What crawlers and embedding tools read from / and /embed without scripts, for the view in the query. */
class PageTagsTest {

    static RunningService svc;

    @BeforeAll
    static void start() {
        svc = RunningService.start();
    }

    @AfterAll
    static void stop() {
        svc.close();
    }

    /** The value of the attribute {@code attr} of the first tag matching {@code selector} (a regex of its start), unescaped. */
    static String attr(String html, String tagStart, String attr) {
        Matcher m = Pattern.compile("<" + tagStart + "[^>]*>").matcher(html);
        assertTrue(m.find(), "no " + tagStart + " in the page");
        Matcher a = Pattern.compile(" " + attr + "=\"([^\"]*)\"").matcher(m.group());
        assertTrue(a.find(), "no " + attr + " in " + m.group());
        return a.group(1).replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    static String discovered(String html) {
        String href = attr(html, "link rel=\"alternate\" type=\"application/json\\+oembed\"", "href");
        String url = href.substring(href.indexOf("url=") + 4, href.indexOf("&format=json"));
        return URLDecoder.decode(url, StandardCharsets.UTF_8);
    }

    static String page(String pathAndQuery) {
        HttpResponse<String> r = svc.get(pathAndQuery);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        return r.body();
    }

    @Test
    void theMapPageNamesItsViewForCrawlers() {
        String html = page("/?date=2017-12-08&source=sohr&compare=russia-mod");
        String title = "ControlMap — 8 December 2017 — Syrian Observatory for Human Rights (SOHR) vs Russian Ministry of "
                + "Defence / General Staff";
        assertTrue(html.contains("<title>" + title + "</title>"), "the title names the view");
        assertEquals(svc.uri("/?date=2017-12-08&source=sohr&compare=russia-mod").toString(), discovered(html));
        assertEquals(title, attr(html, "link rel=\"alternate\"", "title"));
        assertEquals(title, attr(html, "meta property=\"og:title\"", "content"));
        assertEquals(svc.uri("/?date=2017-12-08&source=sohr&compare=russia-mod").toString(),
                attr(html, "meta property=\"og:url\"", "content"));
        assertEquals(svc.uri("/api/snapshot.png?date=2017-12-08&source=sohr&compare=russia-mod&width=1200&height=630").toString(),
                attr(html, "meta property=\"og:image\"", "content"));
        assertEquals("summary_large_image", attr(html, "meta name=\"twitter:card\"", "content"));
        assertTrue(html.contains("<script type=\"module\" src=\"/js/main.js\">"), "still the map page");
        // the oEmbed link works
        String oembed = attr(html, "link rel=\"alternate\"", "href").replace(svc.uri("").toString(), "");
        assertEquals("rich", svc.json(oembed).path("type").asText());
    }

    @Test
    void withoutAQueryTheLastDayIsPinned() {
        String last = svc.json("/api/extent").path("last").asText();
        String html = page("/");
        assertEquals(svc.uri("/?date=" + last).toString(), discovered(html));
        assertTrue(attr(html, "meta property=\"og:image\"", "content").contains("date=" + last + "&"));
    }

    @Test
    void theEmbedCarriesItsOwnOptionsAPictureForNoScriptAndACanonicalMap() {
        String html = page("/embed?date=2017-12-08&source=sohr&controls=time&lang=ar");
        assertEquals(svc.uri("/embed?date=2017-12-08&source=sohr&controls=time&lang=ar").toString(), discovered(html));
        assertEquals(svc.uri("/?date=2017-12-08&source=sohr").toString(), attr(html, "link rel=\"canonical\"", "href"));
        Matcher noscript = Pattern.compile("<noscript>(.*?)</noscript>", Pattern.DOTALL).matcher(html);
        assertTrue(noscript.find());
        assertTrue(noscript.group(1).startsWith("<img class=\"picture\""), noscript.group(1));
        assertEquals(svc.uri("/api/snapshot.png?date=2017-12-08&source=sohr&width=600&height=400&lang=ar").toString(),
                attr(noscript.group(1), "img", "src"), "the Arabic embed's picture is Arabic too");
        assertTrue(attr(noscript.group(1), "img", "alt").contains("ديسمبر"), "in the embed's language, Arabic");
        assertTrue(html.contains("src=\"/js/embed.js\""));
        assertFalse(html.contains("/js/main.js"), "the embed does not load the map page's code");
    }

    @Test
    void queryValuesNeverBecomeMarkup() {
        String evil = URLEncoder.encode("\"><script>alert(1)</script>", StandardCharsets.UTF_8);
        for (String path : List.of("/", "/embed")) {
            String html = page(path + "?date=" + evil + "&source=" + evil + "&lat=" + evil + "&controls=" + evil);
            assertFalse(html.contains("<script>alert"), path);
            assertEquals(2, html.split("<script").length - 1, path + ": Leaflet and the page's module only");
        }
    }

    @Test
    void aConfiguredPublicUrlIsUsedInsteadOfTheHost() {
        try (RunningService behindProxy = RunningService.start(SiteConfig.from(Map.of(SiteConfig.PUBLIC_URL_ENV,
                "https://maps.example.org/controlmap/")))) {
            HttpResponse<String> r = behindProxy.get("/?date=2017-12-08");
            assertEquals("https://maps.example.org/controlmap/?date=2017-12-08", discovered(r.body()));
            String o = "/oembed?url=" + URLEncoder.encode("https://maps.example.org/controlmap/?date=2017-12-08", StandardCharsets.UTF_8);
            assertTrue(behindProxy.json(o).path("html").asText()
                    .contains("src=\"https://maps.example.org/controlmap/embed?date=2017-12-08\""));
            String local = "/oembed?url=" + URLEncoder.encode(behindProxy.uri("/?date=2017-12-08").toString(), StandardCharsets.UTF_8);
            assertEquals(404, behindProxy.get(local).statusCode(), "only the public address is ours");
        }
    }

    @Test
    void pagesAnswer304ToAMatchingEtag() {
        HttpResponse<String> r = svc.get("/embed?date=2017-12-08");
        String etag = r.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, svc.get("/embed?date=2017-12-08", "If-None-Match", etag).statusCode());
    }
}
