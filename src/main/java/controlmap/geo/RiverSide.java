package controlmap.geo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineSegment;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.polygonize.Polygonizer;

/**
 * The part of an area on one bank of a river: the area is cut along the river line (drawn downstream, crossing the
 * area from edge to edge) and the pieces on the asked side are kept. The right bank is on the right of a boat going
 * downstream: for the Euphrates in Syria, flowing south-east, the right bank is the west (south-west) bank.
 */
public final class RiverSide {

    /** Which bank, looking downstream. */
    public enum Bank {
        LEFT, RIGHT;

        /** "left" or "right". */
        public static Bank fromWire(String s) {
            return switch (s) {
                case "left" -> LEFT;
                case "right" -> RIGHT;
                default -> throw new IllegalArgumentException("bank must be left or right, not " + s);
            };
        }
    }

    private RiverSide() {
    }

    /**
     * The pieces of {@code area} on {@code bank} of {@code river}.
     *
     * @throws IllegalArgumentException when the river line is not simple (it would cut the area into nonsense) or when
     *                                  it does not cut the area into pieces on both banks
     */
    public static Geometry of(Geometry area, LineString river, Bank bank) {
        if (!river.isSimple()) {
            throw new IllegalArgumentException("the river line crosses itself");
        }
        Polygonizer polygonizer = new Polygonizer();
        polygonizer.add(area.getBoundary().union(river)); // union nodes the lines where they cross
        @SuppressWarnings("unchecked")
        Collection<Polygon> faces = polygonizer.getPolygons();
        List<Geometry> kept = new ArrayList<>();
        int other = 0;
        for (Polygon face : faces) {
            Coordinate inside = face.getInteriorPoint().getCoordinate();
            if (!area.contains(area.getFactory().createPoint(inside))) {
                continue; // a face the river closes off outside the area
            }
            if (bankOf(inside, river) == bank) {
                kept.add(face);
            } else {
                other++;
            }
        }
        if (kept.isEmpty() || other == 0) {
            throw new IllegalArgumentException("the river does not cut the area into two banks");
        }
        return area.getFactory().buildGeometry(kept).union();
    }

    /** The bank of the river's nearest segment that {@code p} lies on. */
    static Bank bankOf(Coordinate p, LineString river) {
        Coordinate[] cs = river.getCoordinates();
        LineSegment nearest = null;
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i + 1 < cs.length; i++) {
            LineSegment seg = new LineSegment(cs[i], cs[i + 1]);
            double d = seg.distance(p);
            if (d < best) {
                best = d;
                nearest = seg;
            }
        }
        int turn = Orientation.index(nearest.p0, nearest.p1, p);
        return turn == Orientation.CLOCKWISE ? Bank.RIGHT : Bank.LEFT;
    }
}
