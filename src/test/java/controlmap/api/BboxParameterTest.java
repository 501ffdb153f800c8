package controlmap.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import controlmap.testing.RunningService;
import controlmap.testing.SeededServiceTest;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code bbox} has one reading in /api and /ogc: four numbers (or six, with heights), and a box whose minLon is greater
 * than its maxLon crosses the antimeridian (as OGC API - Features defines): it holds what its two halves hold, on
 * every route that takes a bbox, and the /api and /ogc answers for one box are the same places and claims. What is
 * not a box is refused by both, naming {@code bbox}.
 */
class BboxParameterTest extends SeededServiceTest {

    /** Across the antimeridian: 38.5°E east to 180°, then -180° to 36.5°E; leaves out a band through Palmyra and Homs. */
    static final String ACROSS = "38.5,32,36.5,38";
    static final String WEST_HALF = "38.5,32,180,38";
    static final String EAST_HALF = "-180,32,36.5,38";

    static Set<String> ids(String path) {
        Set<String> out = new TreeSet<>();
        JsonNode answer = svc.json(path);
        for (JsonNode f : answer.path("features")) {
            out.add(f.path("id").asText());
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/control?date=2017-12-08&", "/api/control?date=2017-12-08&source=russia-mod&",
        "/api/disputes?date=2017-12-06&", "/api/places?", "/api/claims?", "/ogc/collections/places/items?limit=10000&",
        "/ogc/collections/claims/items?limit=10000&", "/ogc/collections/control/items?datetime=2017-12-08&limit=10000&"})
    void aBoxAcrossTheAntimeridianHoldsWhatItsTwoHalvesHold(String route) {
        Set<String> across = ids(route + "bbox=" + ACROSS);
        Set<String> halves = new TreeSet<>(ids(route + "bbox=" + WEST_HALF));
        halves.addAll(ids(route + "bbox=" + EAST_HALF));
        assertFalse(across.isEmpty(), route);
        assertEquals(halves, across, route);
        assertNotEquals(ids(route + "bbox=-180,-90,180,90"), across, route + ": the band between the halves is left out");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/api/places?bbox=                                 | /ogc/collections/places/items?limit=10000&bbox=",
        "/api/claims?bbox=                                 | /ogc/collections/claims/items?limit=10000&bbox=",
    })
    void apiAndOgcReadABoxAlike(String api, String ogc) {
        for (String box : new String[] {ACROSS, "36.1,33.3,36.7,33.8", "36.1,33.3,-100,36.7,33.8,100", "170,-90,60,90"}) {
            Set<String> a = ids(api + box);
            assertFalse(a.isEmpty(), api + box);
            assertEquals(a, ids(ogc + box), box);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"1,2,3", "1,2,3,4,5", "a,b,c,d", "0,0,1,200", "0,10,1,5", "1,2,3,NaN", "-200,0,0,10",
        "36d,33,37,34"})
    void whatIsNotABoxIsRefusedByBothNamingBbox(String bad) {
        HttpResponse<String> api = svc.get("/api/places?bbox=" + bad);
        assertEquals(400, api.statusCode(), api.body());
        JsonNode problem = RunningService.parse(api.body());
        assertTrue(problem.toString().contains("bbox"), problem.toString());
        HttpResponse<String> ogc = svc.get("/ogc/collections/places/items?bbox=" + bad);
        assertEquals(400, ogc.statusCode(), ogc.body());
        assertTrue(ogc.body().contains("InvalidParameterValue") && ogc.body().contains("bbox"), ogc.body());
        assertEquals(problem.path("detail").asText().replaceAll("^.*bbox'? ", ""),
                RunningService.parse(ogc.body()).path("description").asText().replaceAll("^.*bbox'? ", ""),
                "the same reason in both formats");
    }
}
