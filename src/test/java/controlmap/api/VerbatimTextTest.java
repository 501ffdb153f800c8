package controlmap.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import controlmap.testing.Editors;
import controlmap.testing.RunningService;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * Markup and scripts in text are data: accepted, stored and answered byte for byte, always as JSON (never as HTML,
 * and with {@code nosniff}), so it is the reader that escapes them where it displays them. Arabic, emoji (surrogate
 * pairs) and line breaks come back as sent.
 */
class VerbatimTextTest {

    static final String NASTY = "<script>alert(\"x\")</script><img src=x onerror=alert(1)> & \"quoted\" 'single' "
            + "</textarea>{{7*7}} ${7*7} -- ; DROP TABLE claims; الرقة تحت سيطرة قسد 😀\nline two\ttab";

    @Test
    void everyClaimTextFieldRoundTripsExactly() {
        try (RunningService svc = RunningService.start(Editors.TOKENS)) {
            ObjectNode claim = Editors.claim();
            ObjectNode p = (ObjectNode) claim.get("properties");
            String[] fields = {"quote", "article", "article_ref", "speaker", "note"};
            for (String f : fields) {
                p.put(f, f + ": " + NASTY);
            }
            p.put("url", "https://example.org/a?x=1&y='z'");
            HttpResponse<String> r = Editors.send(svc, "POST", "/api/claims", claim.toString(), Editors.ALICE_TOKEN);
            assertEquals(201, r.statusCode(), r.body());
            String location = r.headers().firstValue("Location").orElseThrow();

            HttpResponse<String> read = svc.get(location);
            assertTrue(read.headers().firstValue("Content-Type").orElse("").startsWith("application/geo+json"));
            assertEquals("nosniff", read.headers().firstValue("X-Content-Type-Options").orElse(""));
            JsonNode stored = RunningService.parse(read.body()).path("properties");
            for (String f : fields) {
                assertEquals(f + ": " + NASTY, stored.path(f).asText(), f);
            }
            assertEquals("https://example.org/a?x=1&y='z'", stored.path("url").asText());
            JsonNode listed = svc.json("/api/claims?place=raqqa-city");
            boolean inList = false;
            for (JsonNode f : listed.path("features")) {
                inList |= ("quote: " + NASTY).equals(f.path("properties").path("quote").asText());
            }
            assertTrue(inList, "in the list too, exactly");
            JsonNode control = svc.json("/api/control?date=2017-11-01&source=sohr&bbox=38.9,35.8,39.1,36.1"); // Raqqa
            assertEquals("quote: " + NASTY, control.path("features").get(0).path("properties").path("quote").asText());
        }
    }

    @Test
    void placeSourceAndActorTextRoundTripsExactly() {
        try (RunningService svc = RunningService.start(Editors.TOKENS)) {
            ObjectNode place = RunningService.JSON.createObjectNode();
            place.put("type", "Feature").put("id", "nasty-place");
            place.putObject("properties").put("name", NASTY).put("name_ar", "مخيم اليرموك <b>").put("kind", NASTY)
                    .put("note", NASTY);
            place.set("geometry", RunningService.parse("{\"type\":\"Polygon\",\"coordinates\":[[[38,34],[39,34],"
                    + "[39,35],[38,34]]]}"));
            assertEquals(201, Editors.send(svc, "POST", "/api/places", place.toString(), Editors.ALICE_TOKEN)
                    .statusCode());
            JsonNode p = svc.json("/api/places/nasty-place").path("properties");
            assertEquals(NASTY, p.path("name").asText());
            assertEquals("مخيم اليرموك <b>", p.path("name_ar").asText());

            ObjectNode source = RunningService.JSON.createObjectNode().put("id", "nasty-source").put("name", NASTY)
                    .put("kind", "outlet").put("description", NASTY).put("outlet", NASTY);
            assertEquals(201, Editors.send(svc, "POST", "/api/sources", source.toString(), Editors.ALICE_TOKEN)
                    .statusCode());
            assertEquals(NASTY, svc.json("/api/sources/nasty-source").path("description").asText());

            ObjectNode actor = RunningService.JSON.createObjectNode().put("id", "nasty-actor").put("name", NASTY)
                    .put("color", "#abcdef").put("description", NASTY);
            assertEquals(201, Editors.send(svc, "POST", "/api/actors", actor.toString(), Editors.ALICE_TOKEN)
                    .statusCode());
            assertEquals(NASTY, svc.json("/api/actors/nasty-actor").path("name").asText());
        }
    }
}
