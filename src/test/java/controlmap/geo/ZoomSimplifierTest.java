package controlmap.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import controlmap.domain.Place;
import controlmap.synth.SyntheticDataset;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.operation.valid.IsValidOp;

/** Simplified shapes stay valid shapes of the same type, never gain vertices, and are whole at full detail. */
class ZoomSimplifierTest {

    static final List<Place> PLACES = new SyntheticDataset(400, 1, 1, 5).places();

    static IntStream zooms() {
        return IntStream.rangeClosed(0, 14);
    }

    @ParameterizedTest(name = "zoom {0}")
    @MethodSource("zooms")
    void generatedPlacesStayValid(int zoom) {
        for (Place p : PLACES) {
            check(p.geometry(), zoom, p.id());
        }
    }

    @org.junit.jupiter.api.Test
    void lowerZoomsKeepFewerVertices() {
        long previous = Long.MAX_VALUE;
        for (int zoom : new int[] {13, 10, 8, 6}) {
            int z = zoom;
            long vertices = PLACES.stream().mapToLong(p -> ZoomSimplifier.simplify(p.geometry(), z).getNumPoints()).sum();
            assertTrue(vertices <= previous, "zoom " + zoom);
            previous = vertices;
        }
        long at6 = PLACES.stream().mapToLong(p -> ZoomSimplifier.simplify(p.geometry(), 6).getNumPoints()).sum();
        long whole = PLACES.stream().mapToLong(p -> p.geometry().getNumPoints()).sum();
        assertTrue(at6 < whole / 3, at6 + " of " + whole + " vertices at zoom 6");
    }

    @ParameterizedTest(name = "zoom {0}")
    @MethodSource("zooms")
    void awkwardShapesStayValid(int zoom) throws Exception {
        String[] wkts = {
            // a thin spike, a hole close to the shell, a ring that nearly touches itself, a tiny island
            "POLYGON ((38 35, 39 35, 39 35.00001, 38.5 35.00002, 38 36, 38 35))",
            "POLYGON ((36 33, 37 33, 37 34, 36 34, 36 33), (36.00001 33.00001, 36.9 33.00001, 36.9 33.9, 36.00001 33.00001))",
            "POLYGON ((40 35, 41 35, 41 36, 40.50001 35.5, 40.5 36, 40 36, 40 35))",
            "MULTIPOLYGON (((38 34, 38.000001 34, 38.000001 34.000001, 38 34)), ((39 34, 40 34, 40 35, 39 34)))",
        };
        for (String wkt : wkts) {
            Geometry g = new WKTReader(GeoJsonGeometry.FACTORY).read(wkt);
            check(g, zoom, wkt);
        }
    }

    private static void check(Geometry g, int zoom, String what) {
        Geometry s = ZoomSimplifier.simplify(g, zoom);
        assertTrue(IsValidOp.isValid(s), what + " at zoom " + zoom + ": " + new IsValidOp(s).getValidationError());
        assertEquals(g.getGeometryType(), s.getGeometryType(), what);
        assertTrue(s.getNumPoints() <= g.getNumPoints(), what);
        assertTrue(GeometryValidator.isValid(s), what);
        if (zoom >= ZoomSimplifier.FULL_DETAIL_ZOOM) {
            assertSame(g, s, "whole at full detail");
        }
    }
}
