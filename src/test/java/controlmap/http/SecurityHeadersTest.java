package controlmap.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import controlmap.config.SiteConfig;
import controlmap.testing.RunningService;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Framing and content policy: the site only frames itself, scripts and styles come only from us. */
class SecurityHeadersTest {

    static RunningService svc;

    @BeforeAll
    static void start() {
        svc = RunningService.start(SiteConfig.from(Map.of(SiteConfig.TILE_ORIGINS_ENV,
                "https://tiles.example.org, http://localhost:8081/tiles")));
    }

    @AfterAll
    static void stop() {
        svc.close();
    }

    static String csp(HttpResponse<?> r) {
        return r.headers().firstValue("Content-Security-Policy").orElse("");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/?date=2017-12-08&source=sohr", "/js/main.js", "/css/app.css", "/api/actors",
        "/api/control?date=2017-12-08", "/health", "/no-such-page", "/embed.html"})
    void everyOtherResponseIsStrictAndOnlyFramedByUs(String path) {
        HttpResponse<String> r = svc.get(path);
        assertEquals(List.of("SAMEORIGIN"), r.headers().allValues("X-Frame-Options"), path);
        String csp = csp(r);
        for (String directive : List.of("default-src 'self'", "script-src 'self'", "style-src 'self'",
                "frame-ancestors 'self'", "object-src 'none'", "base-uri 'self'")) {
            assertTrue(csp.contains(directive), path + ": " + directive + " in " + csp);
        }
        assertFalse(csp.contains("unsafe-inline"), csp);
        assertFalse(csp.contains("unsafe-eval"), csp);
    }

    @Test
    void imagesMayComeFromUsDataUrlsAndTheConfiguredTileServersOnly() {
        String csp = csp(svc.get("/"));
        assertTrue(csp.contains("img-src 'self' data: https://tiles.example.org http://localhost:8081;"), csp);
        assertTrue(SiteConfig.defaults().tileOrigins().contains("https://tile.openstreetmap.org"));
    }

    @Test
    void theOgcHtmlPagesKeepTheirOwnStricterPolicy() {
        HttpResponse<String> r = svc.get("/ogc?f=html");
        assertEquals(200, r.statusCode());
        assertTrue(csp(r).startsWith("default-src 'none'"), csp(r));
        assertEquals(List.of("SAMEORIGIN"), r.headers().allValues("X-Frame-Options"));
    }
}
