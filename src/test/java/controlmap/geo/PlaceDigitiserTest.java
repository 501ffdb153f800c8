package controlmap.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.locationtech.jts.operation.valid.IsValidOp;

class PlaceDigitiserTest {

    /** Largest area of a place allowed outside the outline, in degrees² (about 0.01 km²): rounding slack only. */
    static final double OUTSIDE_AREA_TOLERANCE = 1e-6;
    /** Largest distance of a place's vertex outside the outline: snap-rounding to 1e-5 moves a vertex by ≤ 0.71e-5. */
    static final double OUTSIDE_DISTANCE_TOLERANCE = 1e-5;

    static final ObjectMapper JSON = new ObjectMapper();
    static Path dataDir;
    static Geometry outline;
    static List<ObjectNodeGeometry> fresh;

    record ObjectNodeGeometry(String id, Geometry geometry) {
        @Override
        public String toString() {
            return id;
        }
    }

    @BeforeAll
    static void digitise(@TempDir Path tmp) throws IOException {
        dataDir = Path.of(System.getProperty("controlmap.dataDir", "data/geojson"));
        outline = PlaceDigitiser.readOutline(dataDir.resolve(PlaceDigitiser.OUTLINE));
        Path out = tmp.resolve(PlaceDigitiser.PLACES);
        new PlaceDigitiser().write(dataDir, out);
        fresh = read(out);
    }

    static List<ObjectNodeGeometry> read(Path file) throws IOException {
        GeoJsonReader reader = new GeoJsonReader();
        List<ObjectNodeGeometry> places = new ArrayList<>();
        for (JsonNode f : JSON.readTree(file.toFile()).path("features")) {
            try {
                places.add(new ObjectNodeGeometry(f.path("id").asText(),
                        reader.read(JSON.writeValueAsString(f.get("geometry")))));
            } catch (org.locationtech.jts.io.ParseException e) {
                throw new IOException(f.path("id").asText() + ": " + e.getMessage(), e);
            }
        }
        return places;
    }

    static Stream<ObjectNodeGeometry> places() {
        return fresh.stream();
    }

    @Test
    void committedPlacesEqualAFreshRun(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("again.geojson");
        new PlaceDigitiser().write(dataDir, out);
        String committed = Files.readString(dataDir.resolve(PlaceDigitiser.PLACES), StandardCharsets.UTF_8);
        assertEquals(Files.readString(out, StandardCharsets.UTF_8), committed,
                "places.geojson differs from the output of PlaceDigitiser; re-run it and commit the result");
    }

    @Test
    void everySketchBecomesOnePlaceSortedById() {
        assertEquals(23, fresh.size());
        for (int i = 1; i < fresh.size(); i++) {
            assertTrue(fresh.get(i - 1).id().compareTo(fresh.get(i).id()) < 0, "not sorted or duplicate at " + i);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("places")
    void placeIsAValidPolygonInsideSyria(ObjectNodeGeometry place) {
        Geometry g = place.geometry();
        assertTrue(g instanceof Polygon || g instanceof MultiPolygon, g.getGeometryType());
        assertFalse(g.isEmpty());
        assertTrue(IsValidOp.isValid(g), () -> String.valueOf(new IsValidOp(g).getValidationError()));
        assertTrue(g.difference(outline).getArea() <= OUTSIDE_AREA_TOLERANCE, "area outside Syria");
        for (Coordinate c : g.getCoordinates()) {
            double d = outline.distance(g.getFactory().createPoint(c));
            assertTrue(d <= OUTSIDE_DISTANCE_TOLERANCE, c + " lies " + d + "° outside Syria");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("places")
    void coordinatesHaveAtMostFiveDecimals(ObjectNodeGeometry place) {
        for (Coordinate c : place.geometry().getCoordinates()) {
            assertEquals(c.x, Math.round(c.x * 1e5) / 1e5, 0.0);
            assertEquals(c.y, Math.round(c.y * 1e5) / 1e5, 0.0);
        }
    }

    @ParameterizedTest(name = "{1} km at {0}N")
    @CsvSource({"35.95, 5", "33.47, 1", "34.55, 1.5"})
    void circleHasItsRadiusOnTheGround(double lat, double radiusKm) {
        PlaceSketch s = new PlaceSketch("t", "T", "ت", "town", "n", new double[] {38.0, lat}, radiusKm, List.of());
        Envelope e = s.shape(new GeometryFactory()).getEnvelopeInternal();
        double widthKm = e.getWidth() * PlaceSketch.KM_PER_DEGREE_LON_EQUATOR * Math.cos(Math.toRadians(lat));
        double heightKm = e.getHeight() * PlaceSketch.KM_PER_DEGREE_LAT;
        assertEquals(2 * radiusKm, widthKm, 1e-6);
        assertEquals(2 * radiusKm, heightKm, 1e-6);
    }

    static Stream<Arguments> badSketches() {
        return Stream.of(
                Arguments.of("both shapes", "{\"id\":\"x\",\"name\":\"X\",\"name_ar\":\"س\",\"kind\":\"town\",\"note\":\"n\","
                        + "\"centre\":[38,35],\"radius_km\":1,\"vertices\":[[38,35],[39,35],[39,36]]}"),
                Arguments.of("no shape", "{\"id\":\"x\",\"name\":\"X\",\"name_ar\":\"س\",\"kind\":\"town\",\"note\":\"n\"}"),
                Arguments.of("zero radius", "{\"id\":\"x\",\"name\":\"X\",\"name_ar\":\"س\",\"kind\":\"town\",\"note\":\"n\","
                        + "\"centre\":[38,35],\"radius_km\":0}"),
                Arguments.of("lat out of range", "{\"id\":\"x\",\"name\":\"X\",\"name_ar\":\"س\",\"kind\":\"town\",\"note\":\"n\","
                        + "\"centre\":[38,95],\"radius_km\":1}"),
                Arguments.of("no note", "{\"id\":\"x\",\"name\":\"X\",\"name_ar\":\"س\",\"kind\":\"town\","
                        + "\"centre\":[38,35],\"radius_km\":1}"),
                Arguments.of("river without bank", "{\"id\":\"x\",\"name\":\"X\",\"name_ar\":\"س\",\"kind\":\"region\","
                        + "\"note\":\"n\",\"governorate\":\"SY.DY\",\"river\":\"euphrates\"}"),
                Arguments.of("bank neither left nor right", "{\"id\":\"x\",\"name\":\"X\",\"name_ar\":\"س\","
                        + "\"kind\":\"region\",\"note\":\"n\",\"governorate\":\"SY.DY\",\"river\":\"euphrates\","
                        + "\"bank\":\"west\"}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badSketches")
    void badSketchIsRefused(String why, String json) throws IOException {
        JsonNode n = JSON.readTree(json);
        assertThrows(IllegalArgumentException.class, () -> PlaceSketch.fromJson(n), why);
    }

    @Test
    void openRingIsClosed() throws IOException {
        JsonNode n = JSON.readTree("{\"id\":\"x\",\"name\":\"X\",\"name_ar\":\"س\",\"kind\":\"region\",\"note\":\"n\","
                + "\"vertices\":[[38,35],[39,35],[39,36]]}");
        Polygon p = PlaceSketch.fromJson(n).shape(new GeometryFactory());
        assertEquals(4, p.getNumPoints());
        assertEquals(0.5, p.getArea(), 1e-12);
    }

    @Test
    void shapeOutsideSyriaIsRefused() throws IOException {
        // A circle in Cyprus: nothing of it lies in Syria.
        JsonNode n = JSON.readTree("{\"id\":\"nicosia\",\"name\":\"Nicosia\",\"name_ar\":\"نيقوسيا\",\"kind\":\"city\","
                + "\"note\":\"n\",\"centre\":[33.36,35.17],\"radius_km\":5}");
        PlaceSketch s = PlaceSketch.fromJson(n);
        assertThrows(IllegalStateException.class, () -> new PlaceDigitiser().clip(s, outline));
    }

    @Test
    void shapeAcrossTheBorderIsClipped() throws IOException {
        // Albu Kamal's circle reaches into Iraq before clipping.
        JsonNode n = JSON.readTree("{\"id\":\"bk\",\"name\":\"B\",\"name_ar\":\"ب\",\"kind\":\"town\",\"note\":\"n\","
                + "\"centre\":[40.95,34.42],\"radius_km\":5}");
        PlaceSketch s = PlaceSketch.fromJson(n);
        Geometry raw = s.shape(new GeometryFactory());
        Geometry clipped = new PlaceDigitiser().clip(s, outline);
        assertTrue(raw.difference(outline).getArea() > 1e-4);
        assertTrue(clipped.getArea() < raw.getArea());
        assertTrue(clipped.difference(outline).getArea() <= OUTSIDE_AREA_TOLERANCE);
    }

    // ---- what the shapes must get right ----

    static Geometry place(String id) {
        return fresh.stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow().geometry();
    }

    /** Towns on the Euphrates in Deir ez-Zor governorate fall on their own bank (town centres, lon/lat). */
    @ParameterizedTest(name = "{0} is in {3}")
    @CsvSource({
        "Albu Kamal, 40.918, 34.454, deir-ezzor-west, deir-ezzor-east",
        "Deir Ezzor, 40.141, 35.336, deir-ezzor-west, deir-ezzor-east",
        "Mayadin,    40.451, 35.019, deir-ezzor-west, deir-ezzor-east",
        "Hajin,      40.830, 34.690, deir-ezzor-east, deir-ezzor-west",
        "Busayrah,   40.430, 35.160, deir-ezzor-east, deir-ezzor-west",
        "al-Baghuz,  40.955, 34.460, deir-ezzor-east, deir-ezzor-west",
    })
    void townsLieOnTheirBankOfTheEuphrates(String town, double lon, double lat, String bank, String otherBank) {
        var p = new GeometryFactory().createPoint(new Coordinate(lon, lat));
        assertTrue(place(bank).contains(p), town + " not in " + bank);
        assertFalse(place(otherBank).contains(p), town + " in " + otherBank);
    }

    @ParameterizedTest(name = "{0} lies wholly on the west bank")
    @CsvSource({"albu-kamal", "deir-ezzor-city", "al-sayyal", "buq", "jalaa", "ramadi-dez"})
    void westBankPlacesDoNotCrossTheRiver(String id) {
        // Both are snap-rounded on their own: rounding slack only, as for the outline.
        assertTrue(place(id).difference(place("deir-ezzor-west")).getArea() <= OUTSIDE_AREA_TOLERANCE);
    }

    @Test
    void theTwoBanksShareTheRiverAndNeitherOverlapsTheOther() {
        Geometry west = place("deir-ezzor-west");
        Geometry east = place("deir-ezzor-east");
        assertTrue(west.intersection(east).getArea() < 1e-9, "the banks overlap");
        assertTrue(west.intersects(east), "the banks do not touch");
    }

    @ParameterizedTest(name = "idlib-province takes in nothing of {0}")
    @CsvSource({"SY.HM", "SY.HL", "SY.LA"})
    void idlibProvinceStaysInItsGovernorate(String neighbour) throws IOException {
        Geometry other = PlaceDigitiser.readById(dataDir.resolve(PlaceDigitiser.GOVERNORATES)).get(neighbour);
        // Shared borders only: the overlap is at most rounding slack.
        assertTrue(place("idlib-province").intersection(other).getArea() < 1e-6, neighbour);
    }

    @Test
    void easternGhoutaIsTheSizeOfTheEnclave() {
        Geometry g = place("eastern-ghouta");
        double km2 = g.getArea() * PlaceSketch.KM_PER_DEGREE_LAT * PlaceSketch.KM_PER_DEGREE_LON_EQUATOR
                * Math.cos(Math.toRadians(g.getCentroid().getY()));
        assertTrue(km2 > 80 && km2 < 150, km2 + " km²");
    }
}
