package controlmap.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import controlmap.config.SiteConfig;
import controlmap.testing.RunningService;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every absolute URL the service writes (OGC links, oEmbed's iframe code) names the address readers use: the configured
 * public URL, or behind a trusted proxy the scheme and host its forwarding headers give, never a spoofable header
 * otherwise.
 */
class PublicAddressTest {

    private static final String[] FORWARDED_HEADERS = {"X-Forwarded-Proto", "https", "X-Forwarded-Host",
            "maps.example.org"};

    @Test
    void ogcLinksStartAtTheConfiguredPublicUrl() {
        try (RunningService svc = RunningService.start(SiteConfig.from(Map.of(SiteConfig.PUBLIC_URL_ENV,
                "https://maps.example.org/controlmap/")))) {
            List<String> hrefs = new ArrayList<>();
            hrefs.addAll(links(svc.json("/ogc?f=json")));
            hrefs.addAll(links(svc.json("/ogc/collections?f=json")));
            hrefs.addAll(links(svc.json("/ogc/collections/claims/items?limit=5")));
            assertTrue(hrefs.size() > 10, hrefs.toString());
            for (String href : hrefs) {
                assertTrue(href.startsWith("https://maps.example.org/controlmap/ogc"), href);
            }
            assertTrue(hrefs.stream().anyMatch(h -> h.startsWith(
                    "https://maps.example.org/controlmap/ogc/collections/claims/items?") && h.contains("offset=5")),
                    "the next page is on the public address: " + hrefs);
        }
    }

    @Test
    void forwardingHeadersNameTheAddressWhenTheProxyIsTrusted() {
        try (RunningService svc = RunningService.start(SiteConfig.from(Map.of(SiteConfig.TRUST_FORWARDED_ENV, "true")))) {
            String self = selfLink(svc.get("/ogc?f=json", FORWARDED_HEADERS));
            assertEquals("https://maps.example.org/ogc", self);
            String rfc7239 = selfLink(svc.get("/ogc?f=json", "Forwarded", "proto=https;host=news.example.com"));
            assertEquals("https://news.example.com/ogc", rfc7239);

            String page = "https://maps.example.org/?date=2017-12-08&source=sohr";
            HttpResponse<String> oembed = svc.get("/oembed?url=" + URLEncoder.encode(page, StandardCharsets.UTF_8),
                    FORWARDED_HEADERS);
            assertEquals(200, oembed.statusCode(), oembed.body());
            assertTrue(RunningService.parse(oembed.body()).path("html").asText()
                    .contains("src=\"https://maps.example.org/embed?date=2017-12-08&amp;source=sohr\""), oembed.body());
            // without the headers the service is what the request reached
            assertEquals(svc.uri("/ogc").toString(), selfLink(svc.get("/ogc?f=json")));
        }
    }

    @Test
    void forwardingHeadersAreIgnoredUnlessTrusted() {
        try (RunningService svc = RunningService.start()) {
            String self = selfLink(svc.get("/ogc?f=json", FORWARDED_HEADERS));
            assertEquals(svc.uri("/ogc").toString(), self, "a client cannot choose the links others get");
            assertFalse(self.contains("example.org"));
            String page = "https://maps.example.org/?date=2017-12-08";
            assertEquals(404, svc.get("/oembed?url=" + URLEncoder.encode(page, StandardCharsets.UTF_8),
                    FORWARDED_HEADERS).statusCode(), "a forged host is not ours");
        }
    }

    @Test
    void theTrustSettingMustBeTrueOrFalse() {
        assertTrue(SiteConfig.from(Map.of(SiteConfig.TRUST_FORWARDED_ENV, " TRUE ")).trustForwarded());
        assertFalse(SiteConfig.from(Map.of(SiteConfig.TRUST_FORWARDED_ENV, "false")).trustForwarded());
        assertFalse(SiteConfig.from(Map.of()).trustForwarded());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SiteConfig.from(Map.of(SiteConfig.TRUST_FORWARDED_ENV, "yes please")));
        assertTrue(e.getMessage().startsWith(SiteConfig.TRUST_FORWARDED_ENV), e.getMessage());
    }

    private static String selfLink(HttpResponse<String> r) {
        assertEquals(200, r.statusCode(), r.body());
        for (JsonNode l : RunningService.parse(r.body()).path("links")) {
            if (l.path("rel").asText().equals("self")) {
                return l.path("href").asText();
            }
        }
        throw new AssertionError("no self link: " + r.body());
    }

    private static List<String> links(JsonNode doc) {
        List<String> hrefs = new ArrayList<>();
        doc.findValues("links").forEach(ls -> ls.forEach(l -> hrefs.add(l.path("href").asText())));
        return hrefs;
    }
}
