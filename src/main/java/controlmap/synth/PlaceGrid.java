package controlmap.synth;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.valid.IsValidOp;

/**
 * Tiles an outline with {@code n} non-overlapping cells: a lattice whose nodes are jittered, whose edges are
 * wiggled (each edge computed once from its own seed, so the two cells sharing it get exactly the same vertices),
 * clipped to the outline. Interior cells have 20 to 60 vertices; cells on the border take the outline's vertices
 * too. Deterministic for a seed.
 */
public final class PlaceGrid {

    /** How far a lattice node moves, as a fraction of the spacing (keeps every cell simple and its angles open). */
    private static final double NODE_JITTER = 0.2;
    /** Wiggle amplitudes of the three sine terms along an edge, as fractions of its length (zero at both ends). */
    private static final double[] WIGGLE = {0.05, 0.025, 0.012};
    private static final int MIN_SEGMENTS = 5;
    private static final int MAX_SEGMENTS = 15;
    /** A border cell keeps at least this share of a whole cell's area, so there are no slivers. */
    private static final double MIN_AREA_SHARE = 0.15;
    private static final double SCALE = 1e6;

    private final Geometry outline;
    private final PreparedGeometry prepared;
    private final GeometryFactory factory;
    private final long seed;

    /** @param outline a valid Polygon or MultiPolygon, lon/lat */
    public PlaceGrid(Geometry outline, long seed) {
        this.outline = outline;
        this.prepared = PreparedGeometryFactory.prepare(outline);
        this.factory = outline.getFactory();
        this.seed = seed;
    }

    /**
     * Exactly {@code n} cells, ordered south to north, then west to east. The lattice is made a little finer than
     * needed and the smallest border cells are left out, so the count is exact.
     *
     * @param n at least 1
     * @return valid Polygons or MultiPolygons that do not overlap one another and lie within the outline
     */
    public List<Geometry> cells(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1");
        }
        double spacing = Math.sqrt(outline.getArea() / n) * 0.97;
        while (true) {
            List<Cell> cells = lattice(spacing);
            if (cells.size() >= n) {
                return pick(cells, n);
            }
            spacing *= 0.97;
        }
    }

    private record Cell(int order, Geometry shape) {
    }

    private List<Cell> lattice(double spacing) {
        Envelope env = outline.getEnvelopeInternal();
        double dx = spacing;
        double dy = spacing;
        int cols = (int) Math.ceil(env.getWidth() / dx) + 1;
        int rows = (int) Math.ceil(env.getHeight() / dy) + 1;
        Lattice lattice = new Lattice(env.getMinX() - dx / 2, env.getMinY() - dy / 2, dx, dy);
        double minArea = dx * dy * MIN_AREA_SHARE;
        List<Cell> out = new ArrayList<>();
        for (int j = 0; j < rows; j++) {
            for (int i = 0; i < cols; i++) {
                Polygon cell = lattice.cell(i, j);
                if (!prepared.intersects(cell)) {
                    continue;
                }
                Geometry shape = prepared.containsProperly(cell) ? cell : clip(cell);
                if (shape != null && shape.getArea() >= minArea) {
                    out.add(new Cell(j * cols + i, shape));
                }
            }
        }
        return out;
    }

    /** The part of {@code cell} within the outline, as a valid Polygon or MultiPolygon, or null when none is left. */
    private Geometry clip(Polygon cell) {
        Geometry g = cell.intersection(outline);
        List<Polygon> parts = new ArrayList<>();
        for (int k = 0; k < g.getNumGeometries(); k++) {
            if (g.getGeometryN(k) instanceof Polygon p && !p.isEmpty()) {
                parts.add(p);
            }
        }
        if (parts.isEmpty()) {
            return null;
        }
        Geometry shape = parts.size() == 1 ? parts.get(0) : factory.createMultiPolygon(parts.toArray(new Polygon[0]));
        return IsValidOp.isValid(shape) ? shape : null;
    }

    private static List<Geometry> pick(List<Cell> cells, int n) {
        List<Cell> kept = new ArrayList<>(cells);
        kept.sort(Comparator.comparingDouble((Cell c) -> -c.shape().getArea()).thenComparingInt(Cell::order));
        kept = new ArrayList<>(kept.subList(0, n));
        kept.sort(Comparator.comparingInt(Cell::order));
        List<Geometry> out = new ArrayList<>(n);
        kept.forEach(c -> out.add(c.shape()));
        return out;
    }

    /** Node (i, j) of the lattice and the cell whose south-west node it is. */
    private final class Lattice {
        private final double x0;
        private final double y0;
        private final double dx;
        private final double dy;

        Lattice(double x0, double y0, double dx, double dy) {
            this.x0 = x0;
            this.y0 = y0;
            this.dx = dx;
            this.dy = dy;
        }

        Coordinate node(int i, int j) {
            SplittableRandom r = random(1, i, j);
            double x = x0 + (i + NODE_JITTER * (2 * r.nextDouble() - 1)) * dx;
            double y = y0 + (j + NODE_JITTER * (2 * r.nextDouble() - 1)) * dy;
            return new Coordinate(round(x), round(y));
        }

        /** The ring of cell (i, j), counter-clockwise: south edge, east edge, north edge back, west edge back. */
        Polygon cell(int i, int j) {
            List<Coordinate> ring = new ArrayList<>(64);
            appendEdge(ring, edge(2, i, j, node(i, j), node(i + 1, j)), false);
            appendEdge(ring, edge(3, i + 1, j, node(i + 1, j), node(i + 1, j + 1)), false);
            appendEdge(ring, edge(2, i, j + 1, node(i, j + 1), node(i + 1, j + 1)), true);
            appendEdge(ring, edge(3, i, j, node(i, j), node(i, j + 1)), true);
            ring.add(new Coordinate(ring.get(0)));
            return factory.createPolygon(ring.toArray(new Coordinate[0]));
        }

        /** The vertices of one edge from a to b, both ends included; the same for both cells that share it. */
        private List<Coordinate> edge(int kind, int i, int j, Coordinate a, Coordinate b) {
            SplittableRandom r = random(kind, i, j);
            int segments = MIN_SEGMENTS + r.nextInt(MAX_SEGMENTS - MIN_SEGMENTS + 1);
            double[] c = new double[WIGGLE.length];
            for (int k = 0; k < c.length; k++) {
                c[k] = WIGGLE[k] * (2 * r.nextDouble() - 1);
            }
            double ex = b.x - a.x;
            double ey = b.y - a.y;
            List<Coordinate> out = new ArrayList<>(segments + 1);
            out.add(a);
            for (int s = 1; s < segments; s++) {
                double t = (double) s / segments;
                double off = 0;
                for (int k = 0; k < c.length; k++) {
                    off += c[k] * Math.sin((k + 1) * Math.PI * t);
                }
                // the normal (-ey, ex) scaled by the edge length is just (-ey, ex) times off
                out.add(new Coordinate(round(a.x + t * ex - off * ey), round(a.y + t * ey + off * ex)));
            }
            out.add(b);
            return out;
        }

        private void appendEdge(List<Coordinate> ring, List<Coordinate> edge, boolean reversed) {
            int size = edge.size();
            for (int k = 0; k < size - 1; k++) {
                ring.add(new Coordinate(edge.get(reversed ? size - 1 - k : k)));
            }
        }

        private SplittableRandom random(int kind, int i, int j) {
            long h = seed;
            h = mix(h ^ (kind * 0x9E3779B97F4A7C15L));
            h = mix(h ^ ((long) i << 32 ^ (j & 0xffffffffL)));
            return new SplittableRandom(h);
        }
    }

    private static double round(double v) {
        return Math.rint(v * SCALE) / SCALE;
    }

    /** A 64-bit finaliser (splitmix64): nearby inputs give unrelated outputs. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A MultiPolygon of {@code g}, as the stores keep places. */
    public static MultiPolygon asMulti(Geometry g) {
        if (g instanceof MultiPolygon m) {
            return m;
        }
        return g.getFactory().createMultiPolygon(new Polygon[] {(Polygon) g});
    }
}
