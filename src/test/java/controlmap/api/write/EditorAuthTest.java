package controlmap.api.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import com.fasterxml.jackson.databind.JsonNode;
import controlmap.http.Problems;
import controlmap.testing.Editors;
import controlmap.testing.RunningService;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import io.javalin.security.Roles;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slf4j.LoggerFactory;

/** Only editors with a token write; the token names the editor in history; tokens never reach the logs. */
class EditorAuthTest {

    static final String PLACE = "{\"type\":\"Feature\",\"id\":\"p1\",\"properties\":{\"name\":\"P\"},\"geometry\":"
            + "{\"type\":\"Polygon\",\"coordinates\":[[[38,34],[39,34],[39,35],[38,34]]]}}";
    static final String SOURCE = "{\"id\":\"s1\",\"name\":\"S\",\"kind\":\"outlet\"}";
    static final String ACTOR = "{\"id\":\"a1\",\"name\":\"A\",\"color\":\"#123456\"}";
    static final String CLAIM_ID = "sohr-2017-12-07-deir-ezzor-east-isis";

    /**
     * A handler that changes data and forgets the editor role would let anyone write: every route the app registers
     * with a method other than GET, HEAD and OPTIONS (a CORS preflight, which browsers send without credentials and
     * which changes nothing) must be declared with it.
     */
    @Test
    void everyWriteRouteTheAppRegistersIsDeclaredForEditors() {
        try (RunningService svc = RunningService.start(Editors.TOKENS)) {
            Set<HandlerType> reads = Set.of(HandlerType.GET, HandlerType.HEAD, HandlerType.OPTIONS);
            List<String> writes = new ArrayList<>();
            List<String> open = new ArrayList<>();
            for (var parsed : svc.app().unsafe.internalRouter.allHttpHandlers()) {
                Endpoint e = parsed.endpoint;
                if (!e.method.isHttpMethod() || reads.contains(e.method)) {
                    continue;
                }
                String route = e.method + " " + e.path;
                writes.add(route);
                Roles roles = e.metadata(Roles.class);
                if (roles == null || !roles.getRoles().contains(EditorAuth.Role.EDITOR)) {
                    open.add(route);
                }
            }
            assertTrue(writes.containsAll(List.of("POST /api/claims", "PUT /api/claims/{id}",
                    "DELETE /api/claims/{id}", "POST /api/places", "PUT /api/places/{id}", "POST /api/sources",
                    "POST /api/actors")), "the write routes were not found among " + writes);
            assertEquals(List.of(), open, "write routes without the editor role");
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            POST   | /api/claims              | claim
            PUT    | /api/claims/sohr-2017-12-07-deir-ezzor-east-isis | claim
            DELETE | /api/claims/sohr-2017-12-07-deir-ezzor-east-isis?reason=wrong |
            POST   | /api/places              | place
            PUT    | /api/places/raqqa-city   | place
            POST   | /api/sources             | source
            POST   | /api/actors              | actor
            """)
    void withoutConfiguredTokensEveryWriteIs403WithTheWayToEnableIt(String method, String path, String body) {
        try (RunningService svc = RunningService.start()) {
            long version = svc.store().dataVersion();
            HttpResponse<String> r = Editors.send(svc, method, path, body(body), Editors.ALICE_TOKEN);
            assertEquals(403, r.statusCode(), r.body());
            assertEquals(Problems.CONTENT_TYPE, r.headers().firstValue("Content-Type").orElse(""));
            String detail = RunningService.parse(r.body()).path("detail").asText();
            assertTrue(detail.contains("CONTROLMAP_TOKENS=name:token"), detail);
            assertEquals(version, svc.store().dataVersion());
        }
    }

    @Test
    void missingOrWrongTokensAre401WithAChallengeAndTheRightOneNamesTheEditor() {
        try (RunningService svc = RunningService.start(Editors.TOKENS)) {
            long version = svc.store().dataVersion();
            byte[] claim = Editors.claim().toString().getBytes(StandardCharsets.UTF_8);

            HttpResponse<String> missing = Editors.send(svc, "POST", "/api/claims", claim, null);
            assertEquals(401, missing.statusCode(), missing.body());
            assertEquals("Bearer realm=\"controlmap\"", missing.headers().firstValue("WWW-Authenticate").orElse(""));

            for (String header : new String[] {"Bearer wrong-token-0123456789", "Bearer " + Editors.ALICE_TOKEN + "x",
                "Bearer " + Editors.ALICE_TOKEN.substring(1), "Bearer ", "Basic YWxpY2U6c2VjcmV0",
                Editors.ALICE_TOKEN}) {
                HttpResponse<String> r = svc.send(HttpRequest.newBuilder(svc.uri("/api/claims"))
                        .timeout(Duration.ofSeconds(20)).header("Authorization", header)
                        .header("Content-Type", "application/geo+json")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(claim)).build());
                assertEquals(401, r.statusCode(), header + ": " + r.body());
                assertTrue(r.headers().firstValue("WWW-Authenticate").orElse("")
                        .startsWith("Bearer realm=\"controlmap\""), header);
                assertEquals(Problems.CONTENT_TYPE, r.headers().firstValue("Content-Type").orElse(""));
                assertFalse(r.body().contains(Editors.ALICE_TOKEN.substring(1)), "the token is not echoed");
            }
            assertEquals(version, svc.store().dataVersion(), "nothing stored without a valid token");

            HttpResponse<String> ok = Editors.send(svc, "POST", "/api/claims", claim, Editors.BOB_TOKEN);
            assertEquals(201, ok.statusCode(), ok.body());
            JsonNode stored = RunningService.parse(ok.body());
            assertEquals("bob", stored.path("properties").path("editor").asText());
            String location = ok.headers().firstValue("Location").orElseThrow();
            JsonNode history = svc.json(location + "/history");
            assertEquals("bob", history.path("features").get(0).path("properties").path("editor").asText());
        }
    }

    @Test
    void tooManyWrongTokensFromOneAddressAreRefusedForAWhileTheRightOneIncluded() {
        try (RunningService svc = RunningService.start(Editors.TOKENS)) {
            long version = svc.store().dataVersion();
            byte[] claim = Editors.claim().toString().getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < FailedAttempts.MAX_FAILURES; i++) {
                HttpResponse<String> r = Editors.send(svc, "POST", "/api/claims", claim, "guess-" + i + "-0123456789");
                assertEquals(401, r.statusCode(), "guess " + i + ": " + r.body());
            }
            HttpResponse<String> refused = Editors.send(svc, "POST", "/api/claims", claim, Editors.ALICE_TOKEN);
            assertEquals(429, refused.statusCode(), refused.body());
            assertEquals(Problems.CONTENT_TYPE, refused.headers().firstValue("Content-Type").orElse(""));
            long wait = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
            assertTrue(wait > 0 && wait <= FailedAttempts.WINDOW.toSeconds(), "Retry-After " + wait);
            assertTrue(RunningService.parse(refused.body()).path("detail").asText().contains(wait + " more seconds"),
                    refused.body());
            assertEquals(version, svc.store().dataVersion(), "nothing stored");
            assertEquals(200, svc.get("/api/claims/" + CLAIM_ID).statusCode(), "reads go on");
        }
    }

    @Test
    void tokensNeverReachTheLogs() {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        OutputStreamAppender<ILoggingEvent> appender = capture(root, captured);
        try (RunningService svc = RunningService.start(Editors.TOKENS)) {
            byte[] claim = Editors.claim().toString().getBytes(StandardCharsets.UTF_8);
            assertEquals(201, Editors.send(svc, "POST", "/api/claims", claim, Editors.ALICE_TOKEN).statusCode());
            assertEquals(401, Editors.send(svc, "POST", "/api/claims", claim, Editors.ALICE_TOKEN + "x").statusCode());
            assertEquals(401, Editors.send(svc, "POST", "/api/claims", claim, "guess-" + Editors.BOB_TOKEN)
                    .statusCode());
            assertEquals(200, Editors.send(svc, "DELETE", "/api/claims/" + CLAIM_ID + "?reason=test", (byte[]) null,
                    Editors.BOB_TOKEN).statusCode());
            assertEquals(422, Editors.send(svc, "POST", "/api/claims", "{\"type\":\"Feature\"}", Editors.ALICE_TOKEN)
                    .statusCode());
        } finally {
            root.detachAppender(appender);
            appender.stop();
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        assertTrue(log.contains("alice added 1 claim"), "the capture works and names the editor:\n" + log);
        assertTrue(log.contains("bob retracted claim " + CLAIM_ID), log);
        for (String secret : new String[] {Editors.ALICE_TOKEN, Editors.BOB_TOKEN}) {
            assertFalse(log.contains(secret), "a token in the log:\n" + log);
            assertFalse(log.contains(secret.substring(4)), "part of a token in the log:\n" + log);
        }
    }

    @Test
    void corsStaysReadOnly() {
        try (RunningService svc = RunningService.start(Editors.TOKENS)) {
            HttpResponse<String> preflight = svc.send(HttpRequest.newBuilder(svc.uri("/api/claims"))
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                    .header("Origin", "https://elsewhere.example")
                    .header("Access-Control-Request-Method", "POST")
                    .header("Access-Control-Request-Headers", "authorization, content-type").build());
            String allowed = preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("");
            assertEquals("GET, HEAD", allowed);
            String allowedHeaders = preflight.headers().firstValue("Access-Control-Allow-Headers").orElse("")
                    .toLowerCase(java.util.Locale.ROOT);
            assertFalse(allowedHeaders.contains("authorization"), allowedHeaders);

            HttpResponse<String> write = svc.send(HttpRequest.newBuilder(svc.uri("/api/claims"))
                    .header("Origin", "https://elsewhere.example")
                    .header("Authorization", "Bearer " + Editors.ALICE_TOKEN)
                    .header("Content-Type", "application/geo+json")
                    .POST(HttpRequest.BodyPublishers.ofString(Editors.claim().toString())).build());
            assertEquals(201, write.statusCode(), write.body());
            assertTrue(write.headers().firstValue("Access-Control-Allow-Origin").isEmpty(),
                    "a write answer carries no CORS header, so no other origin's script can read it");
            assertTrue(svc.get("/api/claims", "Origin", "https://elsewhere.example").headers()
                    .firstValue("Access-Control-Allow-Origin").isPresent(), "reads stay open");
        }
    }

    private static String body(String kind) {
        if (kind == null) {
            return null;
        }
        return switch (kind) {
            case "claim" -> Editors.claim().toString();
            case "place" -> PLACE;
            case "source" -> SOURCE;
            default -> ACTOR;
        };
    }

    private static OutputStreamAppender<ILoggingEvent> capture(Logger root, ByteArrayOutputStream into) {
        LoggerContext context = root.getLoggerContext();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d %-5level %logger - %msg%n%ex");
        encoder.start();
        OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();
        appender.setContext(context);
        appender.setEncoder(encoder);
        appender.setOutputStream(into);
        appender.start();
        root.addAppender(appender);
        return appender;
    }
}
