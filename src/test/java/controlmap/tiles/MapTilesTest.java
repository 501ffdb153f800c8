package controlmap.tiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import controlmap.testing.SeededServiceTest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * GET /api/map/{z}/{x}/{y}.json on the seed: each place's look on a day (found in its runs) is what /api/control says
 * of it that day for the source asked; a year limits the runs to that year; one ETag for every day; bad parameters
 * are problems naming the parameter.
 */
class MapTilesTest extends SeededServiceTest {

    /** The look of a place of {@code tile} on {@code day} (null: nothing drawn), from its runs. */
    static JsonNode lookOn(JsonNode tile, JsonNode place, String day) {
        long d = LocalDate.parse(day).toEpochDay() - LocalDate.parse(tile.path("first").asText()).toEpochDay();
        int code = -1;
        JsonNode r = place.path("r");
        for (int i = 0; i < r.size(); i += 2) {
            if (r.get(i).asLong() <= d) {
                code = r.get(i + 1).asInt();
            }
        }
        return code < 0 ? null : tile.path("looks").get(code);
    }

    @Test
    void aPlacesLookOnEachDayIsTheControlAnswerOfThatDay() {
        int z = 7;
        int[] xy = ControlTilesTest.tileOf(40.14, 35.33, z); // Deir ez-Zor
        double[] b = ControlTilesTest.bounds(z, xy[0], xy[1]);
        String source = "sohr";
        JsonNode tile = svc.json("/api/map/" + z + "/" + xy[0] + "/" + xy[1] + ".json?source=" + source);
        assertTrue(tile.path("places").size() > 0, "places in the tile: " + tile);
        int checked = 0;
        for (String day : List.of("2017-01-15", "2017-10-20", "2017-12-08", "2018-01-20")) {
            Map<String, JsonNode> held = new HashMap<>();
            svc.json("/api/control?date=" + day + "&source=" + source + "&bbox=" + ControlTilesTest.bbox(b))
                    .path("features").forEach(f -> held.put(f.path("properties").path("place").asText(), f.path("properties")));
            for (JsonNode p : tile.path("places")) {
                JsonNode look = lookOn(tile, p, day);
                JsonNode h = held.get(p.path("id").asText());
                assertEquals(h == null, look == null, day + " " + p.path("id").asText() + ": drawn when it has a holder");
                if (h != null) {
                    assertEquals(h.path("actor").asText(), look.path("actor").asText(), day + " " + p.path("id").asText());
                    checked++;
                }
            }
        }
        assertTrue(checked >= 4, "looks checked: " + checked);
    }

    @Test
    void aYearLimitsTheRunsAndEveryDayHasOneEtag() {
        String path = "/api/map/7/78/50.json?year=2017";
        JsonNode tile = svc.json(path);
        assertEquals("2017-01-01", tile.path("first").asText());
        for (JsonNode p : tile.path("places")) {
            for (int i = 0; i < p.path("r").size(); i += 2) {
                assertTrue(p.path("r").get(i).asInt() < 365, "a run within 2017: " + p);
            }
        }
        HttpResponse<String> first = svc.get(path);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, svc.get(path, "If-None-Match", etag).statusCode());
    }

    @Test
    void badParametersAreProblemsNamingThem() {
        for (String[] c : new String[][] {{"/api/map/7/78/50.json?source=nobody", "source"},
            {"/api/map/7/78/50.json?compare=sohr", "compare"}, {"/api/map/7/78/50.json?year=17", "year"},
            {"/api/map/2/1/1.json", "z"}, {"/api/map/7/999/50.json", "x"}, {"/api/map/7/78/50.json?date=2017-01-01", "date"}}) {
            HttpResponse<String> r = svc.get(c[0]);
            assertEquals(400, r.statusCode(), c[0] + ": " + r.body());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), c[0]);
            assertTrue(r.body().contains(c[1]), c[0] + " names " + c[1] + ": " + r.body());
        }
    }
}
