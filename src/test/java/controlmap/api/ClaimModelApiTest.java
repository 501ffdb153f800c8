package controlmap.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import controlmap.testing.Editors;
import controlmap.testing.RunningService;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a source really said travels through every answer: a journalist (a person with an affiliation) saying ISIS
 * holds part of a town until a day, since a date he did not give; a monitor saying the government holds the whole
 * town; an agency saying ISIS has a presence there. Written over HTTP into a seeded service, in 2025 and about a town
 * of our own so that the seed does not matter.
 */
class ClaimModelApiTest {

    static RunningService svc;

    @BeforeAll
    static void start() {
        svc = RunningService.start(Editors.TOKENS);
        post("/api/sources", "{\"id\":\"test-journalist\",\"name\":\"A journalist\",\"kind\":\"journalist\","
                + "\"affiliation\":\"Diyaruna\"}");
        post("/api/sources", "{\"id\":\"test-monitor\",\"name\":\"A monitor\",\"kind\":\"monitor\"}");
        post("/api/sources", "{\"id\":\"test-agency\",\"name\":\"An agency\",\"kind\":\"news-agency\"}");
        post("/api/places", "{\"type\":\"Feature\",\"id\":\"test-town\",\"properties\":{\"name\":\"Test town\"},"
                + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[38,34],[38.1,34],[38.1,34.1],[38,34]]]}}");
        ObjectNode fc = RunningService.JSON.createObjectNode().put("type", "FeatureCollection");
        ArrayNode features = fc.putArray("features");
        ObjectNode journalist = claim("test-journalist-town", "test-journalist", "isis", null, "2025-03-01",
                "2025-06-01");
        props(journalist).put("extent", "part").put("publisher", "Diyaruna").put("published_on", "2025-06-02");
        ObjectNode agency = claim("test-agency-town", "test-agency", "isis", "2025-01-05", null, "2025-01-06");
        props(agency).put("stance", "presence");
        features.add(journalist);
        features.add(claim("test-monitor-town", "test-monitor", "syrian-government", "2025-01-10", null,
                "2025-01-11"));
        features.add(agency);
        post("/api/claims", fc.toString());
    }

    @AfterAll
    static void stop() {
        svc.close();
    }

    private static void post(String path, String body) {
        HttpResponse<String> r = Editors.send(svc, "POST", path, body, Editors.ALICE_TOKEN);
        assertEquals(201, r.statusCode(), path + ": " + r.body());
    }

    private static ObjectNode props(ObjectNode feature) {
        return (ObjectNode) feature.get("properties");
    }

    /** A claim Feature about test-town; a null {@code from} leaves valid_from out. */
    private static ObjectNode claim(String id, String source, String actor, String from, String to, String reported) {
        ObjectNode f = RunningService.JSON.createObjectNode().put("type", "Feature").put("id", id);
        f.putNull("geometry");
        ObjectNode p = f.putObject("properties").put("source", source).put("place", "test-town").put("actor", actor)
                .put("reported_on", reported).put("basis", "explicit").put("quote", "words of " + source)
                .put("article", "an article");
        if (from != null) {
            p.put("valid_from", from);
        }
        if (to != null) {
            p.put("valid_to", to);
        }
        return f;
    }

    private static JsonNode feature(JsonNode collection, Predicate<JsonNode> which) {
        for (JsonNode f : collection.path("features")) {
            if (which.test(f.path("properties"))) {
                return f.path("properties");
            }
        }
        throw new AssertionError("no such feature in " + collection);
    }

    @Test
    void claimsCarryStanceExtentAnUnstatedStartAndThePublication() {
        JsonNode claims = svc.json("/api/claims?place=test-town");
        JsonNode j = feature(claims, p -> p.path("id").asText().equals("test-journalist-town"));
        assertTrue(j.get("valid_from").isNull(), j::toString);
        assertTrue(j.get("date_precision").isNull(), "no precision for a start not given");
        assertEquals("2025-03-01", j.path("valid_to").asText());
        assertEquals("control", j.path("stance").asText(), "control when absent on input");
        assertEquals("part", j.path("extent").asText());
        assertEquals("Diyaruna", j.path("publisher").asText());
        assertEquals("2025-06-02", j.path("published_on").asText());
        JsonNode a = feature(claims, p -> p.path("id").asText().equals("test-agency-town"));
        assertEquals("presence", a.path("stance").asText());
        assertEquals("whole", a.path("extent").asText(), "whole when absent on input");
        assertTrue(a.get("publisher").isNull());
        assertEquals("part", svc.json("/api/claims/test-journalist-town").path("properties").path("extent").asText());
    }

    @Test
    void aClaimWithoutAStartIsInForceBeforeEveryDayAndSaysSo() {
        JsonNode early = svc.json("/api/control?date=1990-01-01&source=test-journalist");
        JsonNode j = feature(early, p -> p.path("place").asText().equals("test-town"));
        assertTrue(j.get("valid_from").isNull());
        assertEquals("part", j.path("extent").asText());
        assertEquals("control", j.path("stance").asText());
        assertEquals("Diyaruna", j.path("publisher").asText());
        assertEquals(0, svc.json("/api/control?date=2025-03-01&source=test-journalist").path("features").size(),
                "not in force from its valid_to");
    }

    @Test
    void presenceNeverMakesADisputeAndPartAgainstWholeDoes() {
        JsonNode all = svc.json("/api/disputes?date=2025-02-01");
        JsonNode town = feature(all, p -> p.path("place").asText().equals("test-town"));
        List<String> listed = new ArrayList<>();
        town.path("claims").forEach(c -> listed.add(c.path("source").asText() + ":" + c.path("stance").asText() + "/"
                + c.path("extent").asText()));
        assertEquals(List.of("test-agency:presence/whole", "test-journalist:control/part",
                "test-monitor:control/whole"), listed, "every source's winner is listed, the presence claim too");
        assertEquals(0, svc.json("/api/disputes?date=2025-02-01&sources=test-agency,test-monitor").path("features")
                .size(), "ISIS's presence does not contradict the government's control");
        assertEquals(0, svc.json("/api/disputes?date=2025-03-01&sources=test-agency,test-journalist,test-monitor")
                .path("features").size(), "once the part claim ended, only the presence claim differs");
    }

    @Test
    void theTimelineOpensWithAnUndatedEventAndCarriesStanceAndExtent() {
        JsonNode events = svc.json("/api/timeline?place=test-town&source=test-journalist");
        assertEquals(2, events.size(), events::toString);
        assertTrue(events.get(0).get("date").isNull(), "held since a date the source did not give");
        assertEquals("isis", events.get(0).path("actor").asText());
        assertEquals("part", events.get(0).path("extent").asText());
        assertEquals("control", events.get(0).path("stance").asText());
        assertTrue(events.get(0).get("date_precision").isNull());
        assertEquals("2025-03-01", events.get(1).path("date").asText());
        assertTrue(events.get(1).get("actor").isNull());
        JsonNode agency = svc.json("/api/timeline?place=test-town&source=test-agency");
        assertEquals("presence", agency.get(0).path("stance").asText(), "a presence claim's event says so");
    }

    @Test
    void changesCarryWhatTheAsOfRuleNeeds() {
        JsonNode changes = svc.json("/api/changes");
        JsonNode j = null;
        for (JsonNode c : changes.path("claims")) {
            if (c.path("id").asText().equals("test-journalist-town")) {
                j = c;
            }
        }
        assertTrue(j != null && j.get("valid_from").isNull() && j.path("extent").asText().equals("part")
                && j.path("stance").asText().equals("control"), String.valueOf(j));
        assertTrue(svc.json("/api/extent").path("first").isTextual(), "the data starts on a stated day");
    }

    @Test
    void aPersonSourceHasItsAffiliation() {
        JsonNode sources = svc.json("/api/sources");
        for (JsonNode s : sources) {
            if (s.path("id").asText().equals("test-journalist")) {
                assertEquals("Diyaruna", s.path("affiliation").asText());
                assertEquals("journalist", s.path("kind").asText());
                return;
            }
        }
        throw new AssertionError("test-journalist not in " + sources);
    }

    @Test
    void theExportsHaveTheNewFields() {
        String csv = svc.get("/api/export.csv").body();
        String header = csv.substring(0, csv.indexOf('\n'));
        for (String column : List.of("stance", "extent", "publisher", "published_on")) {
            assertTrue(header.contains(column), header);
        }
        String row = csv.lines().filter(l -> l.startsWith("test-journalist-town,")).findFirst().orElseThrow();
        assertTrue(row.startsWith("test-journalist-town,test-journalist,test-town,isis,,2025-03-01,,"), row);
        assertTrue(row.contains(",control,part,"), row);
        JsonNode geojson = RunningService.parse(svc.get("/api/export.geojson").body());
        JsonNode j = feature(geojson, p -> p.path("id").asText().equals("test-journalist-town"));
        assertTrue(j.get("valid_from").isNull() && j.path("extent").asText().equals("part")
                && j.path("publisher").asText().equals("Diyaruna"), j::toString);
    }

    @Test
    void theOgcPagesSayPresencePartAndAnUnstatedStartInWords() {
        String part = svc.get("/ogc/collections/claims/items/test-journalist-town?f=html").body();
        assertTrue(part.contains("isis: control of part of test-town, until 2025-03-01, since a date the source did"
                + " not give"), part);
        String presence = svc.get("/ogc/collections/claims/items/test-agency-town?f=html").body();
        assertTrue(presence.contains("isis: presence (not control) in test-town, from 2025-01-05"), presence);
        String list = svc.get("/ogc/collections/claims/items?f=html&place=test-town").body();
        assertTrue(list.contains("what the source says") && list.contains("presence (not control)"), list);
        String control = svc.get("/ogc/collections/control/items?f=html&datetime=2020-01-01&place=test-town").body();
        assertTrue(control.contains("control of part of test-town, until 2025-03-01, since a date the source did not"
                + " give"), control);
        JsonNode json = svc.json("/ogc/collections/claims/items/test-journalist-town?f=json");
        assertEquals("part", json.path("properties").path("extent").asText());
    }
}
