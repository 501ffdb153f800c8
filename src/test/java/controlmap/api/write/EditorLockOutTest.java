package controlmap.api.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import controlmap.config.SiteConfig;
import controlmap.testing.Editors;
import controlmap.testing.RunningService;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The wrong-token limit behind a proxy: the client's address is the one the trusted proxy saw (X-Forwarded-For
 * counted from the right over the trusted hops), never the client-written leftmost entry; a lock-out on one address
 * never blocks a correct token presented from another, nor an editor who already wrote from the locked one; each
 * lock-out is logged once, without a token.
 */
class EditorLockOutTest {

    /** A body the service refuses after authentication (422): the status says whether the token was let through. */
    private static final String EMPTY_CLAIM = "{\"type\":\"Feature\"}";

    @Test
    void behindOneTrustedProxyARotatingLeftmostAddressDoesNotEscapeTheLimit() {
        try (RunningService svc = start("1")) {
            int refused = 0;
            for (int i = 0; i < 40; i++) {
                HttpResponse<String> r = post(svc, "guess-" + i + "-0123456789", "10.0." + i + ".1, 198.51.100.7");
                assertTrue(r.statusCode() == 401 || r.statusCode() == 429, r.body());
                refused += r.statusCode() == 429 ? 1 : 0;
            }
            assertEquals(40 - FailedAttempts.MAX_FAILURES, refused, "every guess after the limit is refused");
            assertEquals(422, post(svc, Editors.ALICE_TOKEN, "203.0.113.5").statusCode(),
                    "a correct token from another address goes through");
            assertEquals(422, post(svc, Editors.ALICE_TOKEN, "198.51.100.7, 203.0.113.5").statusCode(),
                    "the address is the proxy's view, whatever the client wrote before it");
            HttpResponse<String> locked = post(svc, Editors.ALICE_TOKEN, "203.0.113.5, 198.51.100.7");
            assertEquals(429, locked.statusCode(), "from the locked address, an editor never seen there waits");
            assertTrue(locked.headers().firstValue("Retry-After").isPresent());
        }
    }

    @Test
    void withTwoHopsTheClientIsTheSecondFromTheRight() {
        try (RunningService svc = start("2")) {
            for (int i = 0; i < FailedAttempts.MAX_FAILURES; i++) {
                // the nearest proxy (a CDN's varying nodes) appends last; the client's own entry is forged
                assertEquals(401, post(svc, "guess-" + i + "-0123456789", "6.6.6." + i + ", 198.51.100.20, 10.0.0." + i)
                        .statusCode());
            }
            assertEquals(429, post(svc, "guess-x-0123456789", "198.51.100.20, 10.0.0.99").statusCode());
            assertEquals(422, post(svc, Editors.BOB_TOKEN, "198.51.100.21, 10.0.0.1").statusCode());
        }
    }

    @Test
    void anEditorWhoWroteFromAnAddressKeepsWritingThroughOthersFailuresThere() {
        // every client behind a shared address looks the same (as without a trusted proxy): strangers' guesses must not lock
        // out the editors who work from it
        try (RunningService svc = start("1")) {
            assertEquals(422, post(svc, Editors.BOB_TOKEN, "198.51.100.9").statusCode(), "bob works from here");
            for (int i = 0; i < FailedAttempts.MAX_FAILURES; i++) {
                assertEquals(401, post(svc, "guess-" + i + "-0123456789", "198.51.100.9").statusCode());
            }
            assertEquals(422, post(svc, Editors.BOB_TOKEN, "198.51.100.9").statusCode(), "bob is let through");
            assertEquals(429, post(svc, "guess-y-0123456789", "198.51.100.9").statusCode(), "guesses are not");
            assertEquals(429, post(svc, null, "198.51.100.9").statusCode());
            assertEquals(429, post(svc, Editors.ALICE_TOKEN, "198.51.100.9").statusCode(),
                    "a token first seen from a locked address waits: a lucky guess would look the same");
        }
    }

    @Test
    void aLockOutIsLoggedOnceWithoutTheTokens() {
        Logger logger = (Logger) LoggerFactory.getLogger(FailedAttempts.class);
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        logger.addAppender(captured);
        try (RunningService svc = start("1")) {
            for (int i = 0; i < FailedAttempts.MAX_FAILURES + 5; i++) {
                post(svc, "guess-" + i + "-0123456789", "198.51.100.44");
            }
        } finally {
            logger.detachAppender(captured);
        }
        List<String> lines = captured.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        assertEquals(1, lines.size(), lines.toString());
        assertTrue(lines.get(0).contains("198.51.100.44") && lines.get(0).contains("wrong tokens"), lines.get(0));
        assertFalse(lines.get(0).contains("guess-"), "no token in the log: " + lines.get(0));
    }

    private static RunningService start(String hops) {
        return RunningService.start(Editors.TOKENS, SiteConfig.from(Map.of(SiteConfig.TRUST_FORWARDED_ENV, "true",
                SiteConfig.TRUSTED_HOPS_ENV, hops)));
    }

    private static HttpResponse<String> post(RunningService svc, String token, String forwardedFor) {
        HttpRequest.Builder b = HttpRequest.newBuilder(svc.uri("/api/claims")).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/geo+json").header("X-Forwarded-For", forwardedFor)
                .POST(HttpRequest.BodyPublishers.ofString(EMPTY_CLAIM));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return svc.send(b.build());
    }
}
