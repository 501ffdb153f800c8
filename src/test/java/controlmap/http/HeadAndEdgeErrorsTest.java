package controlmap.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import controlmap.testing.RawHttp;
import controlmap.testing.RunningService;
import controlmap.testing.SeededServiceTest;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * HEAD answers as GET would, without the body; the server's own errors (malformed requests Jetty refuses before the
 * application sees them) are problem documents with the same security headers as every other answer; and every answer
 * says {@code X-Content-Type-Options: nosniff}.
 */
class HeadAndEdgeErrorsTest extends SeededServiceTest {

    /** Headers that must be the same for HEAD and GET (Date and the like may differ between two answers). */
    private static final String[] SAME = {"Content-Type", "ETag", "Cache-Control", "Vary", "Content-Disposition",
        "Access-Control-Allow-Origin", "X-Content-Type-Options", "Content-Security-Policy", "X-Frame-Options",
        "Retry-After", "WWW-Authenticate", "Location"};

    @ParameterizedTest(name = "HEAD {0}")
    @ValueSource(strings = {"/api/sources", "/api/places", "/api/control?date=2017-12-08",
        "/api/control?date=2017-13-45", "/api/disputes?date=2017-12-08", "/api/claims/no-such-claim",
        "/api/claims?actor=martians", "/api/extent", "/api/export.csv", "/oembed", "/", "/?date=2017-12-08&source=sohr",
        "/embed?date=2017-12-08&source=sohr", "/api/snapshot.png?date=2017-12-08&source=sohr&width=300&height=200",
        "/api/snapshot.png?date=2017-13-45", "/ogc", "/ogc/collections?f=json", "/ogc/collections/nothing",
        "/ogc/collections/claims/items?limit=2&f=json", "/health", "/css/app.css", "/js/asof.js", "/no/such/thing"})
    void headAnswersAsGetWouldWithoutTheBody(String path) {
        HttpResponse<byte[]> get = svc.getBytes(path);
        HttpResponse<byte[]> head = send("HEAD", path);
        assertEquals(get.statusCode(), head.statusCode(), "status of HEAD " + path);
        for (String name : SAME) {
            assertEquals(get.headers().firstValue(name), head.headers().firstValue(name), name + " of HEAD " + path);
        }
        assertEquals(0, head.body().length, "HEAD has no body");
        assertEquals(Optional.of("nosniff"), get.headers().firstValue("X-Content-Type-Options"), "nosniff on " + path);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/", "/embed", "/css/app.css", "/js/asof.js", "/ogc?f=json", "/ogc?f=html",
        "/oembed?url=http%3A%2F%2F127.0.0.1%2F", "/nothing-here", "/api/nothing-here", "/health",
        "/webjars/leaflet/1.9.4/dist/leaflet.js", "/api/snapshot.png?date=2017-12-08&width=300&height=200"})
    void everyAnswerSaysNosniff(String path) {
        HttpResponse<byte[]> r = svc.getBytes(path);
        assertEquals(Optional.of("nosniff"), r.headers().firstValue("X-Content-Type-Options"), path + " " + r.statusCode());
        assertTrue(r.headers().firstValue("Content-Security-Policy").isPresent(), path);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            400 | GET /../../etc/passwd HTTP/1.1
            400 | GET /api/%C0%AE%C0%AE/x HTTP/1.1
            400 | GET /api/a%00b HTTP/1.1
            400 | GET /%2e%2e/etc/passwd HTTP/1.1
            414 | LONG_URI
            431 | LONG_HEADER
            """)
    void theServersOwnErrorsAreProblemsWithTheUsualHeaders(int status, String requestLine) throws IOException {
        String request = switch (requestLine) {
            case "LONG_URI" -> "GET /api/control?date=" + "9".repeat(70_000) + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
            case "LONG_HEADER" -> "GET /api/sources HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + "a".repeat(70_000)
                    + "\r\n\r\n";
            default -> requestLine + "\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
        };
        RawHttp.Answer r = RawHttp.exchange(svc.port(), request);
        assertEquals(status, r.status(), r.head() + r.body());
        assertTrue(r.header("content-type").startsWith(Problems.CONTENT_TYPE), r.head());
        assertEquals("nosniff", r.header("x-content-type-options"), r.head());
        assertTrue(r.header("content-security-policy").contains("default-src 'self'"), r.head());
        assertEquals("SAMEORIGIN", r.header("x-frame-options"), r.head());
        JsonNode problem = RunningService.parse(r.body());
        assertEquals(status, problem.path("status").asInt(), r.body());
        assertTrue(!problem.path("detail").asText().isBlank(), r.body());
    }

    private static HttpResponse<byte[]> send(String method, String path) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(HttpRequest.newBuilder(svc.uri(path))
                    .timeout(Duration.ofSeconds(30)).method(method, HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
