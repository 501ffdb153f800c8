package controlmap.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class RiverSideTest {

    static final WKTReader WKT = new WKTReader();
    static final String SQUARE = "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))";

    static Geometry bank(String area, String river, RiverSide.Bank bank) throws ParseException {
        return RiverSide.of(WKT.read(area), (LineString) WKT.read(river), bank);
    }

    /** A river flowing east across the square: its left bank is the north, its right bank the south. */
    @ParameterizedTest(name = "{0} bank of {1}")
    @CsvSource(delimiter = ';', value = {
        "LEFT;  LINESTRING (-1 4, 11 4);          POLYGON ((0 4, 10 4, 10 10, 0 10, 0 4))",
        "RIGHT; LINESTRING (-1 4, 11 4);          POLYGON ((0 0, 10 0, 10 4, 0 4, 0 0))",
        "RIGHT; LINESTRING (11 4, -1 4);          POLYGON ((0 4, 10 4, 10 10, 0 10, 0 4))",
        "LEFT;  LINESTRING (-1 2, 5 8, 11 2);     POLYGON ((0 3, 5 8, 10 3, 10 10, 0 10, 0 3))",
    })
    void keepsTheAskedBank(RiverSide.Bank bank, String river, String expected) throws ParseException {
        Geometry got = bank(SQUARE, river, bank);
        assertEquals(0, got.symDifference(WKT.read(expected)).getArea(), 1e-9, got.toText());
    }

    @Test
    void aRiverThatMeandersOutAndBackInLeavesPiecesOnBothBanks() throws ParseException {
        // The river leaves the square at the top and comes back: the left bank is two pieces.
        Geometry left = bank(SQUARE, "LINESTRING (-1 5, 3 5, 3 11, 6 11, 6 5, 11 5)", RiverSide.Bank.LEFT);
        assertEquals(2, left.getNumGeometries());
        assertEquals(3 * 5 + 4 * 5, left.getArea(), 1e-9);
        Geometry right = bank(SQUARE, "LINESTRING (-1 5, 3 5, 3 11, 6 11, 6 5, 11 5)", RiverSide.Bank.RIGHT);
        assertEquals(100 - left.getArea(), right.getArea(), 1e-9);
    }

    @Test
    void aRiverThatDoesNotCrossTheAreaIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> bank(SQUARE, "LINESTRING (-1 4, 5 4)", RiverSide.Bank.LEFT));
        assertThrows(IllegalArgumentException.class,
                () -> bank(SQUARE, "LINESTRING (-1 20, 11 20)", RiverSide.Bank.LEFT));
    }

    @Test
    void aRiverThatCrossesItselfIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> bank(SQUARE, "LINESTRING (-1 4, 11 4, 11 6, 5 2, 5 12)", RiverSide.Bank.LEFT));
        assertTrue(e.getMessage().contains("crosses itself"));
    }
}
