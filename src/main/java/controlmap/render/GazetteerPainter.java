package controlmap.render;

import controlmap.render.Gazetteer.Feature;
import controlmap.render.Gazetteer.Kind;
import controlmap.render.PictureLayout.Line;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * Draws what orients a reader in a picture, as the map page does: the rivers over the places, and last the names of the rivers, of the countries and of the towns the scale has room for (the largest first, none covering
 * another). English names: the pictures' words are English.
 */
final class GazetteerPainter {

    static final Color RIVER = new Color(0x5b8fc7);
    static final Color RIVER_NAME = new Color(0x2f5f93);
    static final Color TOWN = new Color(0x3a3a3a);
    static final Color COUNTRY_NAME = new Color(0x8a8378);
    private static final Color HALO = new Color(0xfbfaf6);
    /** The latitude the web map's zoom is matched at (Syria's middle): Web Mercator stretches latitudes by 1/cos. */
    private static final double MID_LATITUDE = 35;

    private final Gazetteer gazetteer;

    GazetteerPainter(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * The rivers, thin blue lines drawn over the places' fills and hatch (as on the map page: which side of the
     * Euphrates a place lies on is what many claims turn on), before the dots of the smallest places.
     */
    void paintRivers(Canvas g, Projection p, double s) {
        for (Feature river : gazetteer.of(Kind.RIVER)) {
            g.stroke(line(river.geometry(), p), RIVER, Palette.solid((float) (1.4 * s)));
        }
    }

    /**
     * Names of countries, rivers and towns inside {@code frame}, after everything else: none overlaps another or
     * one of {@code avoid} (the dots of the smallest places). Towns as a web map one level wider would name them:
     * a picture is read at a glance, so it names the main towns only.
     */
    void paintNames(Canvas g, Projection p, Rectangle2D frame, double s, List<Rectangle2D> avoid) {
        List<Rectangle2D> taken = new ArrayList<>(avoid);
        double zoom = webZoom(p) - 1;
        Font countryFont = Text.bold(13 * s);
        for (Feature c : gazetteer.of(Kind.COUNTRY)) {
            Point2D at = at(c.geometry().getCoordinate(), p);
            label(g, c.name().toUpperCase(), countryFont, COUNTRY_NAME, at.getX() - Text.width(c.name().toUpperCase(),
                    countryFont) / 2, at.getY(), frame, taken);
        }
        Font riverFont = new Font(Text.FAMILY, Font.ITALIC, 1).deriveFont((float) (11 * s));
        for (Feature river : gazetteer.of(Kind.RIVER)) {
            Point2D at = nearestTo(river.geometry(), p, frame);
            if (at != null) {
                label(g, river.name(), riverFont, RIVER_NAME, at.getX() + 4 * s, at.getY() - 3 * s, frame, taken);
            }
        }
        Font townFont = Text.plain(10.5 * s);
        for (Feature town : gazetteer.of(Kind.TOWN)) {
            if (town.minZoom() > zoom) {
                continue;
            }
            Point2D at = at(town.geometry().getCoordinate(), p);
            if (!frame.contains(at)) {
                continue;
            }
            // beside the dot, as on the map: right, left, above or below, the first with room
            double w = Text.width(town.name(), townFont);
            double h = townFont.getSize2D();
            double[][] spots = {{at.getX() + 4 * s, at.getY() + 3.5 * s}, {at.getX() - 4 * s - w, at.getY() + 3.5 * s},
                {at.getX() - w / 2, at.getY() - 7 * s}, {at.getX() - w / 2, at.getY() + 6 * s + h}};
            for (double[] spot : spots) {
                if (label(g, town.name(), townFont, TOWN, spot[0], spot[1], frame, taken)) {
                    double r = 2 * s;
                    g.fill(new Ellipse2D.Double(at.getX() - r, at.getY() - r, 2 * r, 2 * r), TOWN);
                    break;
                }
            }
        }
    }

    /** The web map zoom whose scale at Syria's latitude is the picture's (pixels per degree of latitude). */
    static double webZoom(Projection p) {
        return Math.log(p.scale() * 360 * Math.cos(Math.toRadians(MID_LATITUDE)) / 256) / Math.log(2);
    }

    /** Writes {@code text} with a light halo unless it leaves the frame or touches a name already written. */
    private static boolean label(Canvas g, String text, Font font, Color color, double x, double baseline,
            Rectangle2D frame, List<Rectangle2D> taken) {
        double w = Text.width(text, font);
        double h = font.getSize2D();
        Rectangle2D box = new Rectangle2D.Double(x - 2, baseline - h - 1, w + 4, h * 1.3 + 2);
        if (!frame.contains(box) || taken.stream().anyMatch(box::intersects)) {
            return false;
        }
        taken.add(box);
        double d = Math.max(1, h / 10);
        for (double[] o : new double[][] {{-d, 0}, {d, 0}, {0, -d}, {0, d}}) {
            g.text(new Line(text, font, HALO, x + o[0], baseline + o[1]));
        }
        g.text(new Line(text, font, color, x, baseline));
        return true;
    }

    private static Point2D at(Coordinate c, Projection p) {
        return p.point(c.x, c.y);
    }

    /** The vertex of the river nearest the frame's centre, inside the frame's middle; null when none is. */
    private static Point2D nearestTo(Geometry river, Projection p, Rectangle2D frame) {
        Rectangle2D inner = new Rectangle2D.Double(frame.getX() + frame.getWidth() * 0.1,
                frame.getY() + frame.getHeight() * 0.1, frame.getWidth() * 0.8, frame.getHeight() * 0.8);
        Point2D best = null;
        double bestDistance = Double.MAX_VALUE;
        for (Coordinate c : river.getCoordinates()) {
            Point2D at = at(c, p);
            double d = at.distance(frame.getCenterX(), frame.getCenterY());
            if (inner.contains(at) && d < bestDistance) {
                best = at;
                bestDistance = d;
            }
        }
        return best;
    }

    private static Path2D line(Geometry g, Projection p) {
        Path2D.Double path = new Path2D.Double();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Coordinate[] cs = g.getGeometryN(i).getCoordinates();
            path.moveTo(p.x(cs[0].x), p.y(cs[0].y));
            for (int k = 1; k < cs.length; k++) {
                path.lineTo(p.x(cs[k].x), p.y(cs[k].y));
            }
        }
        return path;
    }
}
