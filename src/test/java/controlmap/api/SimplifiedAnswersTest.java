package controlmap.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import controlmap.geo.GeoJsonGeometry;
import controlmap.testing.SeededServiceTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.valid.IsValidOp;

/** {@code zoom=} on /api/places and /api/control: valid simplified shapes, the same in both, whole from zoom 13. */
class SimplifiedAnswersTest extends SeededServiceTest {

    static Map<String, Geometry> shapes(JsonNode fc, boolean byPlaceProperty) {
        Map<String, Geometry> out = new HashMap<>();
        for (JsonNode f : fc.path("features")) {
            String id = byPlaceProperty ? f.path("properties").path("place").asText() : f.path("id").asText();
            out.put(id, GeoJsonGeometry.read(f.path("geometry")));
        }
        return out;
    }

    @ParameterizedTest(name = "zoom {0}")
    @ValueSource(ints = {0, 3, 5, 6, 7, 8, 9, 10, 11, 12, 13, 16})
    void simplifiedPlacesAreValidAndNoLarger(int zoom) {
        Map<String, Geometry> whole = shapes(svc.json("/api/places"), false);
        Map<String, Geometry> simple = shapes(svc.json("/api/places?zoom=" + zoom), false);
        assertEquals(whole.keySet(), simple.keySet());
        simple.forEach((id, g) -> {
            assertTrue(IsValidOp.isValid(g), id + " at zoom " + zoom + ": " + new IsValidOp(g).getValidationError());
            assertTrue(g.getNumPoints() <= whole.get(id).getNumPoints(), id);
            if (zoom >= 13) {
                assertTrue(g.equalsExact(whole.get(id)), id + " is whole from zoom 13");
            }
        });
        Map<String, Geometry> control = shapes(svc.json("/api/control?date=2017-12-08&source=sohr&zoom=" + zoom), true);
        control.forEach((place, g) -> assertTrue(g.equalsExact(simple.get(place)), place + " as in /api/places"));
    }

    @Test
    void aLowZoomDropsVerticesAndHasItsOwnEtag() {
        long whole = svc.json("/api/places").toString().length();
        long simple = svc.json("/api/places?zoom=5").toString().length();
        assertTrue(simple < whole, simple + " < " + whole);
        assertNotEquals(svc.get("/api/control?date=2017-12-08").headers().firstValue("ETag"),
                svc.get("/api/control?date=2017-12-08&zoom=5").headers().firstValue("ETag"));
    }
}
