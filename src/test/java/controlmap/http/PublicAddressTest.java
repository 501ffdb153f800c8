package controlmap.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import controlmap.config.SiteConfig;
import controlmap.testing.RawHttp;
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

    /** Answers that carry absolute links to the service. */
    static final String[] POISONABLE = {"/embed?date=2017-12-09&source=afp", "/?date=2017-12-09&source=afp",
        "/oembed?url=http%3A%2F%2F127.0.0.1%2F%3Fdate%3D2017-12-09", "/ogc?f=json", "/ogc?f=html",
        "/ogc/collections/claims/items?limit=2&f=json"};
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
        try (RunningService svc = RunningService.start(SiteConfig.from(Map.of(SiteConfig.TRUST_FORWARDED_ENV, "true",
                SiteConfig.ALLOWED_HOSTS_ENV, "maps.example.org, news.example.com,127.0.0.1")))) {
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
    void byDefaultOnlyLoopbackAndTheAddressReachedAreAcceptedHosts() throws Exception {
        try (RunningService svc = RunningService.start()) {
            for (String path : POISONABLE) {
                RawHttp.Answer evil = RawHttp.get(svc.port(), path, "evil.example");
                assertEquals(421, evil.status(), path + ": " + evil.head());
                assertTrue(evil.header("Content-Type").startsWith(Problems.CONTENT_TYPE), evil.head());
                assertTrue(evil.header("Cache-Control").contains("no-store"), evil.head());
                assertFalse(evil.body().contains("evil.example"), evil.body());
                assertTrue(RunningService.parse(evil.body()).path("detail").asText()
                        .contains(SiteConfig.ALLOWED_HOSTS_ENV), evil.body());
                for (String host : new String[] {"127.0.0.1:" + svc.port(), "localhost:" + svc.port(), "localhost"}) {
                    String local = path.replace("127.0.0.1", host.replace(":", "%3A"));
                    RawHttp.Answer ok = RawHttp.get(svc.port(), local, host);
                    assertEquals(200, ok.status(), host + local + ": " + ok.head());
                    assertTrue(ok.header("Vary").contains("Host"), "links follow the host: " + ok.head());
                }
            }
            assertEquals(200, RawHttp.get(svc.port(), "/health", "10.1.2.3:7070").status(), "health checks by address");
        }
    }

    @Test
    void withAllowedHostsOnlyThoseAreAnsweredAndEachHasItsOwnEtag() throws Exception {
        try (RunningService svc = RunningService.start(SiteConfig.from(Map.of(SiteConfig.ALLOWED_HOSTS_ENV,
                "maps.example.org,news.example.com:8080")))) {
            String path = "/embed?date=2017-12-09&source=afp";
            RawHttp.Answer maps = RawHttp.get(svc.port(), path, "maps.example.org");
            RawHttp.Answer news = RawHttp.get(svc.port(), path, "news.example.com:8080");
            assertEquals(200, maps.status(), maps.head());
            assertEquals(200, news.status(), news.head());
            assertTrue(maps.body().contains("http://maps.example.org/api/snapshot.png?"), maps.body());
            assertTrue(news.body().contains("http://news.example.com:8080/api/snapshot.png?"), news.body());
            assertFalse(maps.header("ETag").equals(news.header("ETag")), "one ETag per host");
            assertEquals(421, RawHttp.get(svc.port(), path, "news.example.com").status(), "the port is part of it");
            assertEquals(421, RawHttp.get(svc.port(), path, "127.0.0.1:" + svc.port()).status());
            assertEquals(421, RawHttp.get(svc.port(), path, "evil.example").status());
        }
    }

    @Test
    void withAPublicUrlTheHostChangesNoLink() throws Exception {
        try (RunningService svc = RunningService.start(SiteConfig.from(Map.of(SiteConfig.PUBLIC_URL_ENV,
                "https://maps.example.org")))) {
            for (String path : POISONABLE) {
                RawHttp.Answer r = RawHttp.get(svc.port(), path.replace("127.0.0.1", "maps.example.org"), "evil.example");
                assertEquals(200, r.status(), path + ": " + r.head());
                assertFalse(r.body().contains("evil.example"), r.body());
                assertFalse(r.header("Vary").contains("Host"), r.head());
            }
        }
    }

    @Test
    void hostsAndHopsMustBeWellFormed() {
        assertEquals(List.of("maps.example.org", "[::1]:8080"), SiteConfig.from(Map.of(SiteConfig.ALLOWED_HOSTS_ENV,
                " Maps.Example.org ,[::1]:8080,")).allowedHosts());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SiteConfig.from(Map.of(SiteConfig.ALLOWED_HOSTS_ENV, "http://maps.example.org/")));
        assertTrue(e.getMessage().startsWith(SiteConfig.ALLOWED_HOSTS_ENV), e.getMessage());
        assertEquals(2, SiteConfig.from(Map.of(SiteConfig.TRUSTED_HOPS_ENV, "2")).trustedHops());
        assertEquals(1, SiteConfig.from(Map.of()).trustedHops());
        for (String bad : new String[] {"0", "-1", "one", "١"}) {
            assertThrows(IllegalArgumentException.class, () -> SiteConfig.from(Map.of(SiteConfig.TRUSTED_HOPS_ENV, bad)),
                    bad);
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
