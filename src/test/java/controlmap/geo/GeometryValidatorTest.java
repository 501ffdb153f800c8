package controlmap.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/** WKT in, the reason (or none) out. */
class GeometryValidatorTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            POLYGON ((38 34, 39 34, 39 35, 38 35, 38 34))                                          |
            MULTIPOLYGON (((38 34, 39 34, 39 35, 38 34)), ((40 34, 41 34, 41 35, 40 34)))           |
            POLYGON ((38 34, 39 35, 39 34, 38 35, 38 34))                                          | Self-intersection at (38.5, 34.5)
            MULTIPOLYGON (((38 34, 40 34, 40 36, 38 34)), ((39 34, 41 34, 41 36, 39 34)))           | Self-intersection at (39, 34)
            POLYGON ((38 34, 39 34, 39 35, 38 35, 38 34), (40 40, 41 40, 41 41, 40 40))            | Hole lies outside shell at (40, 40)
            POLYGON ((38 34, 39 34, 38 34, 38 34))                                                 | Too few distinct points in geometry component at (38, 34)
            POLYGON ((181 34, 182 34, 182 35, 181 34))                                             | has a longitude outside [-180, 180] at (181, 34)
            POLYGON ((38 91, 39 91, 39 92, 38 91))                                                 | has a latitude outside [-90, 90] at (38, 91)
            POINT (38 34)                                                                          | must be a Polygon or MultiPolygon, not a Point
            LINESTRING (38 34, 39 35)                                                              | must be a Polygon or MultiPolygon, not a LineString
            POLYGON EMPTY                                                                          | is empty
            """)
    void reasons(String wkt, String expected) throws ParseException {
        Geometry g = new WKTReader(GeoJsonGeometry.FACTORY).read(wkt);
        GeometryError error = GeometryValidator.validate(g);
        if (expected == null) {
            assertNull(error, () -> "valid: " + wkt + " but got " + error);
            assertTrue(GeometryValidator.isValid(g));
        } else {
            assertEquals(expected, error == null ? null : error.message(), wkt);
        }
    }
}
