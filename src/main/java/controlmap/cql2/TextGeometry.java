package controlmap.cql2;

import controlmap.cql2.Cql2Parser.BboxTaggedTextContext;
import controlmap.cql2.Cql2Parser.GeometryLiteralContext;
import controlmap.cql2.Cql2Parser.LineStringTextContext;
import controlmap.cql2.Cql2Parser.PointContext;
import controlmap.cql2.Cql2Parser.PointMemberContext;
import controlmap.cql2.Cql2Parser.PolygonTextContext;
import controlmap.cql2.Cql2Parser.SpatialInstanceContext;
import controlmap.domain.Bbox;
import java.util.List;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/** The geometry literals of the CQL2 text encoding (WKT and {@code BBOX}) as JTS geometries, lon/lat (CRS84). */
final class TextGeometry {

    static final GeometryFactory FACTORY = new GeometryFactory();

    private TextGeometry() {
    }

    static Geometry of(SpatialInstanceContext ctx) {
        if (ctx.bboxTaggedText() != null) {
            return bbox(ctx.bboxTaggedText());
        }
        try {
            return literal(ctx.geometryLiteral());
        } catch (IllegalArgumentException e) {
            throw new Cql2Exception("the geometry at " + Cql2Text.at(ctx.start) + " is not valid: " + e.getMessage());
        }
    }

    private static Geometry literal(GeometryLiteralContext ctx) {
        if (ctx.POINT() != null) {
            return FACTORY.createPoint(coordinate(ctx.pointText().point()));
        }
        if (ctx.LINESTRING() != null) {
            return lineString(ctx.lineStringText().get(0));
        }
        if (ctx.POLYGON() != null) {
            return polygon(ctx.polygonText().get(0));
        }
        if (ctx.MULTIPOINT() != null) {
            return FACTORY.createMultiPoint(ctx.pointMember().stream().map(TextGeometry::point).toArray(Point[]::new));
        }
        if (ctx.MULTILINESTRING() != null) {
            return FACTORY.createMultiLineString(
                    ctx.lineStringText().stream().map(TextGeometry::lineString).toArray(LineString[]::new));
        }
        if (ctx.MULTIPOLYGON() != null) {
            return FACTORY.createMultiPolygon(
                    ctx.polygonText().stream().map(TextGeometry::polygon).toArray(Polygon[]::new));
        }
        return FACTORY.createGeometryCollection(
                ctx.geometryLiteral().stream().map(TextGeometry::literal).toArray(Geometry[]::new));
    }

    private static Point point(PointMemberContext ctx) {
        return FACTORY.createPoint(coordinate(ctx.point() != null ? ctx.point() : ctx.pointText().point()));
    }

    private static LineString lineString(LineStringTextContext ctx) {
        return FACTORY.createLineString(coordinates(ctx.point()));
    }

    private static Polygon polygon(PolygonTextContext ctx) {
        List<LineStringTextContext> rings = ctx.lineStringText();
        return FACTORY.createPolygon(FACTORY.createLinearRing(coordinates(rings.get(0).point())),
                rings.subList(1, rings.size()).stream()
                        .map(r -> FACTORY.createLinearRing(coordinates(r.point())))
                        .toArray(org.locationtech.jts.geom.LinearRing[]::new));
    }

    private static Coordinate[] coordinates(List<PointContext> points) {
        return points.stream().map(TextGeometry::coordinate).toArray(Coordinate[]::new);
    }

    private static Coordinate coordinate(PointContext ctx) {
        List<TerminalNode> n = ctx.NUMBER();
        return new Coordinate(TextLiterals.number(n.get(0)), TextLiterals.number(n.get(1)));
    }

    /** {@code BBOX(w, s, e, n)} or, with heights, {@code BBOX(w, s, zmin, e, n, zmax)} (heights ignored). */
    private static Geometry bbox(BboxTaggedTextContext ctx) {
        List<TerminalNode> n = ctx.NUMBER();
        if (n.size() != 4 && n.size() != 6) {
            throw new Cql2Exception("BBOX at " + Cql2Text.at(ctx.BBOX()) + " needs 4 or 6 numbers; got " + n.size());
        }
        int hi = n.size() / 2;
        return box(new double[] {TextLiterals.number(n.get(0)), TextLiterals.number(n.get(1)),
            TextLiterals.number(n.get(hi)), TextLiterals.number(n.get(hi + 1))}, "BBOX at " + Cql2Text.at(ctx.BBOX()));
    }

    /**
     * A box {west, south, east, north} as a polygon, or two when west is greater than east: the box then crosses the
     * antimeridian, as a {@code bbox} parameter does ({@link Bbox}).
     */
    static Geometry box(double[] wsen, String what) {
        if (Math.abs(wsen[0]) > 180 || Math.abs(wsen[2]) > 180 || Math.abs(wsen[1]) > 90 || Math.abs(wsen[3]) > 90) {
            throw new Cql2Exception(what + ": longitudes must be in [-180,180], latitudes in [-90,90]");
        }
        if (wsen[1] > wsen[3]) {
            throw new Cql2Exception(what + ": south must not exceed north (west greater than east is a box crossing "
                    + "the antimeridian)");
        }
        return new Bbox(wsen[0], wsen[1], wsen[2], wsen[3]).toGeometry();
    }
}
