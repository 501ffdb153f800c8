package controlmap.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import controlmap.config.SiteConfig;
import controlmap.testing.Nginx;
import controlmap.testing.RawHttp;
import controlmap.testing.RunningService;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Cache poisoning through a real nginx with the configuration of docs/operations.md: clients try to get
 * {@code evil.example} into answers (Host, X-Forwarded-Host, Forwarded, an absolute request line); the next reader,
 * served from nginx's cache, must see only the site's own address. Run with the documented service settings (a public
 * URL) and with a list of accepted hosts instead, where links are built from the host; and behind the same nginx
 * without its defences (no default server, forwarding headers passed on), where the service alone must hold: with
 * accepted hosts, and with nothing configured at all (then it answers to no invented name).
 */
class NginxCacheTest {

    static final String SITE = "map.example.org";
    static final String[] PATHS = {"/embed?date=2017-12-09&source=afp", "/?date=2017-12-09&source=sohr",
        "/oembed?url=https%3A%2F%2Fmap.example.org%2F%3Fdate%3D2017-12-09%26source%3Dafp",
        "/oembed?url=http%3A%2F%2Fmap.example.org%2F%3Fdate%3D2017-12-09%26source%3Dafp",
        "/ogc?f=json", "/ogc?f=html", "/ogc/collections/claims/items?limit=2&f=json", "/ogc/collections?f=json"};

    @ParameterizedTest(name = "{0}, service with {1}")
    @CsvSource(delimiter = '|', textBlock = """
            AS_DOCUMENTED          | public-url
            AS_DOCUMENTED          | allowed-hosts
            WITHOUT_PROXY_DEFENCES | allowed-hosts
            WITHOUT_PROXY_DEFENCES | nothing
            """)
    void aPoisonedRequestNeverReachesTheNextReader(Nginx.Variant variant, String setup) throws IOException {
        SiteConfig site = SiteConfig.from(switch (setup) {
            case "public-url" -> Map.of(SiteConfig.PUBLIC_URL_ENV, "https://" + SITE, SiteConfig.TRUST_FORWARDED_ENV, "true");
            case "allowed-hosts" -> Map.of(SiteConfig.ALLOWED_HOSTS_ENV, SITE, SiteConfig.TRUST_FORWARDED_ENV, "true");
            default -> Map.of(SiteConfig.TRUST_FORWARDED_ENV, "true");
        });
        try (RunningService svc = RunningService.start(site);
             Nginx nginx = Nginx.startDocumented(Path.of("docs/operations.md"), svc.port(), variant)) {
            int port = nginx.port();
            List<String> cached = new ArrayList<>();
            for (String path : PATHS) {
                for (String[] attempt : attempts(path)) {
                    poison(port, attempt);
                }
                RawHttp.Answer first = RawHttp.get(port, path, SITE);
                RawHttp.Answer second = RawHttp.get(port, path, SITE);
                for (RawHttp.Answer r : new RawHttp.Answer[] {first, second}) {
                    assertFalse(r.body().contains("evil"), path + " after poisoning attempts: " + r.body());
                    assertFalse(r.head().contains("evil"), path + ": " + r.head());
                }
                if (second.header("X-Cache-Status").equals("HIT")) {
                    cached.add(path);
                }
                if (setup.equals("nothing")) {
                    assertEquals(421, first.status(), "a service told no name answers to none but its own: " + first.head());
                } else if (first.status() == 200) {
                    assertTrue(first.body().contains(SITE), path + " names the site: " + first.body());
                }
            }
            if (!setup.equals("nothing")) {
                assertTrue(cached.size() >= 4, "the proxy's cache was in play: " + cached + "\n" + nginx.errorLog());
            }
        }
    }

    /** Requests that try to name evil.example as the site: as raw request texts. */
    private static List<String[]> attempts(String path) {
        String tail = "\r\nConnection: close\r\n\r\n";
        return List.of(
                new String[] {"GET " + path + " HTTP/1.1\r\nHost: evil.example" + tail},
                new String[] {"GET " + path + " HTTP/1.1\r\nHost: " + SITE + "\r\nX-Forwarded-Host: evil.example" + tail},
                new String[] {"GET " + path + " HTTP/1.1\r\nHost: " + SITE + "\r\nForwarded: host=evil.example;proto=http"
                    + tail},
                new String[] {"GET http://evil.example" + path + " HTTP/1.1\r\nHost: " + SITE + tail},
                new String[] {"GET " + path + " HTTP/1.1\r\nHost: " + SITE + ":443\r\nX-Forwarded-Proto: gopher" + tail});
    }

    /** Sends one attempt; nginx may close the connection without an answer (444), which is a refusal too. */
    private static void poison(int port, String[] attempt) {
        try {
            RawHttp.Answer r = RawHttp.exchange(port, attempt[0]);
            assertFalse(r.body().contains("evil.example") && r.status() == 200,
                    "a poisoned answer was served at all: " + attempt[0] + "\n" + r.body());
        } catch (IOException refused) {
            // closed without an answer: the documented default server's 444
        }
    }
}
