package controlmap.api.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import controlmap.testing.Answers;
import controlmap.testing.Editors;
import controlmap.testing.RunningService;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Add, correct, retract over HTTP; the answers, the ETags and the history follow every step. */
class EditingFlowTest {

    RunningService svc;

    @BeforeEach
    void start() {
        svc = RunningService.start(Editors.TOKENS);
    }

    @AfterEach
    void stop() {
        svc.close();
    }

    @Test
    void addCorrectRetractAndReadTheHistory() {
        String control = "/api/control?date=2017-10-18&source=sohr";
        String timeline = "/api/timeline?place=raqqa-city&source=sohr";
        String etag0 = etag(control);
        assertNull(Answers.actors(svc.json(control)).get("raqqa-city|sohr"), "SOHR said nothing about Raqqa yet");

        // alice adds: SOHR says the SDF holds Raqqa from 20 October
        HttpResponse<String> added = Editors.send(svc, "POST", "/api/claims", Editors.claim().toString(),
                Editors.ALICE_TOKEN);
        assertEquals(201, added.statusCode(), added.body());
        String location = added.headers().firstValue("Location").orElseThrow();
        String id = RunningService.parse(added.body()).path("id").asText();
        assertEquals("/api/claims/" + id, location);
        assertEquals("sohr-2017-10-20-raqqa-city-sdf", id, "an id in the seed data's form");
        assertEquals("sdf", Answers.actors(svc.json("/api/control?date=2017-10-25&source=sohr")).get("raqqa-city|sohr"));
        assertNull(Answers.actors(svc.json(control)).get("raqqa-city|sohr"), "not yet in force on the 18th");
        String etag1 = etag(control);
        assertNotEquals(etag0, etag1, "the write moved the ETag");
        assertEquals(200, svc.get(control, "If-None-Match", etag0).statusCode(), "the old ETag no longer matches");
        assertEquals(List.of("2017-10-20"), dates(svc.json(timeline)));

        // bob corrects it: from 17 October
        ObjectNode correction = Editors.claim();
        ((ObjectNode) correction.get("properties")).put("valid_from", "2017-10-17")
                .put("quote", "The SDF took Raqqa on 17 October");
        HttpResponse<String> corrected = Editors.send(svc, "PUT", location, correction.toString(), Editors.BOB_TOKEN);
        assertEquals(200, corrected.statusCode(), corrected.body());
        JsonNode v2 = RunningService.parse(corrected.body()).path("properties");
        assertEquals(2, v2.path("version").asInt());
        assertEquals("bob", v2.path("editor").asText());
        assertEquals("sdf", Answers.actors(svc.json(control)).get("raqqa-city|sohr"), "now in force on the 18th");
        assertEquals(List.of("2017-10-17"), dates(svc.json(timeline)));
        String etag2 = etag(control);
        assertNotEquals(etag1, etag2);

        // alice retracts it
        HttpResponse<String> retracted = Editors.send(svc, "DELETE", location + "?reason=Misread%20the%20article",
                (byte[]) null, Editors.ALICE_TOKEN);
        assertEquals(200, retracted.statusCode(), retracted.body());
        JsonNode v3 = RunningService.parse(retracted.body()).path("properties");
        assertTrue(v3.path("retracted").asBoolean());
        assertEquals("alice", v3.path("retraction").path("by").asText());
        assertEquals("Misread the article", v3.path("retraction").path("reason").asText());
        assertNull(Answers.actors(svc.json(control)).get("raqqa-city|sohr"), "retracted: out of answers");
        assertEquals(List.of(), dates(svc.json(timeline)));
        assertFalse(svc.get("/api/claims?place=raqqa-city").body().contains(id), "out of the claims list");
        assertNotEquals(etag2, etag(control));

        // still readable, with every version
        JsonNode current = svc.json(location);
        assertTrue(current.path("properties").path("retracted").asBoolean(), "GET shows the retracted claim");
        JsonNode history = svc.json(location + "/history");
        assertEquals(3, history.path("features").size(), history.toString());
        List<String> editors = new ArrayList<>();
        Instant previous = Instant.MIN;
        for (int i = 0; i < 3; i++) {
            JsonNode p = history.path("features").get(i).path("properties");
            assertEquals(i + 1, p.path("version").asInt());
            editors.add(p.path("editor").asText());
            Instant at = Instant.parse(p.path("recorded_at").asText());
            assertFalse(at.isBefore(previous), "oldest first");
            previous = at;
        }
        assertEquals(List.of("alice", "bob", "alice"), editors);
        JsonNode first = history.path("features").get(0).path("properties");
        assertEquals("2017-10-20", first.path("valid_from").asText(), "the old version is kept as it was");
        assertFalse(first.path("retracted").asBoolean());

        HttpResponse<String> again = Editors.send(svc, "DELETE", location + "?reason=twice", (byte[]) null,
                Editors.BOB_TOKEN);
        assertEquals(409, again.statusCode(), again.body());
        assertEquals(404, svc.get("/api/claims/no-such-claim").statusCode());
        assertEquals(404, svc.get("/api/claims/no-such-claim/history").statusCode());
    }

    @Test
    void aCollectionIsStoredWholeWithTheLocationOfItsFirst() {
        String fc = "{\"type\":\"FeatureCollection\",\"features\":[" + feature("c-1", "raqqa-city") + ","
                + feature(null, "palmyra") + "," + feature("c-3", "yarmouk-camp") + "]}";
        HttpResponse<String> r = Editors.send(svc, "POST", "/api/claims", fc, Editors.ALICE_TOKEN);
        assertEquals(201, r.statusCode(), r.body());
        assertEquals("/api/claims/c-1", r.headers().firstValue("Location").orElseThrow());
        JsonNode body = RunningService.parse(r.body());
        assertEquals("FeatureCollection", body.path("type").asText());
        assertEquals(3, body.path("numberReturned").asInt());
        for (JsonNode f : body.path("features")) {
            JsonNode stored = svc.json("/api/claims/" + f.path("id").asText());
            assertEquals(f.path("properties").path("place").asText(), stored.path("properties").path("place").asText());
            assertEquals("alice", stored.path("properties").path("editor").asText());
        }
        assertEquals("sohr-2017-10-20-palmyra-sdf", body.path("features").get(1).path("id").asText());
        assertEquals(201, Editors.send(svc, "POST", "/api/claims", feature(null, "palmyra"), Editors.ALICE_TOKEN)
                .statusCode());
        assertTrue(svc.get("/api/claims/sohr-2017-10-20-palmyra-sdf-2").statusCode() == 200,
                "a generated id that is taken gets a suffix");
    }

    @Test
    void placesSourcesAndActorsCanBeAddedAndUsed() {
        String source = "{\"id\":\"enab-baladi\",\"name\":\"Enab Baladi\",\"kind\":\"outlet\","
                + "\"url\":\"https://english.enabbaladi.net/\"}";
        String actor = "{\"id\":\"local-council\",\"name\":\"Local council\",\"color\":\"#117733\"}";
        String place = "{\"type\":\"Feature\",\"id\":\"new-town\",\"properties\":{\"name\":\"New town\",\"name_ar\":"
                + "\"الطبقة\",\"kind\":\"town\",\"geometry_quality\":\"approximate\"},\"geometry\":{\"type\":\"Polygon\","
                + "\"coordinates\":[[[38.5,35.8],[38.6,35.8],[38.6,35.9],[38.5,35.9],[38.5,35.8]]]}}";
        long version = svc.store().dataVersion();
        for (String[] w : new String[][] {{"/api/sources", source, "/api/sources/enab-baladi"},
            {"/api/actors", actor, "/api/actors/local-council"}, {"/api/places", place, "/api/places/new-town"}}) {
            HttpResponse<String> r = Editors.send(svc, "POST", w[0], w[1], Editors.ALICE_TOKEN);
            assertEquals(201, r.statusCode(), r.body());
            assertEquals(w[2], r.headers().firstValue("Location").orElseThrow());
            assertEquals(200, svc.get(w[2]).statusCode());
        }
        assertTrue(svc.store().dataVersion() > version);
        assertTrue(svc.json("/api/sources").toString().contains("enab-baladi"));
        assertEquals("الطبقة", svc.json("/api/places/new-town").path("properties").path("name_ar").asText());

        ObjectNode claim = Editors.claim();
        ((ObjectNode) claim.get("properties")).put("source", "enab-baladi").put("actor", "local-council")
                .put("place", "new-town");
        assertEquals(201, Editors.send(svc, "POST", "/api/claims", claim.toString(), Editors.BOB_TOKEN).statusCode());
        assertEquals("local-council", Answers.actors(svc.json("/api/control?date=2017-11-01&source=enab-baladi"))
                .get("new-town|enab-baladi"));

        String moved = place.replace("\"id\":\"new-town\",", "").replace("38.5,", "38.4,");
        HttpResponse<String> put = Editors.send(svc, "PUT", "/api/places/new-town", moved, Editors.BOB_TOKEN);
        assertEquals(200, put.statusCode(), put.body());
        assertTrue(svc.json("/api/places/new-town").path("geometry").toString().contains("38.4"), "the new shape");
    }

    private static String feature(String id, String place) {
        ObjectNode f = Editors.claim();
        if (id != null) {
            f.put("id", id);
        }
        ((ObjectNode) f.get("properties")).put("place", place);
        return f.toString();
    }

    private String etag(String path) {
        return svc.get(path).headers().firstValue("ETag").orElseThrow();
    }

    private static List<String> dates(JsonNode events) {
        List<String> out = new ArrayList<>();
        events.forEach(e -> out.add(e.path("date").asText()));
        return out;
    }
}
