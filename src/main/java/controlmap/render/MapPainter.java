package controlmap.render;

import controlmap.domain.Place;
import controlmap.render.PanelAnswer.Held;
import controlmap.render.SnapshotLayout.MapFrame;
import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Point;

/**
 * Draws one map: the outline basemap, each place filled in its holder's colour (larger places first, so the smaller
 * ones inside them stay visible), a dashed outline for places without an answer, red and white stripes over the
 * disputed ones, and a dot for places too small to see at this scale. The map page's look, without Leaflet.
 */
final class MapPainter {

    /** A place smaller than this (pixels, at unit 16) is drawn as a dot. */
    private static final double MIN_PLACE_PX = 7;

    private final Basemap basemap;
    private final Map<String, Color> actorColours;

    MapPainter(Basemap basemap, Map<String, Color> actorColours) {
        this.basemap = basemap;
        this.actorColours = actorColours;
    }

    void paint(Graphics2D g, MapFrame map, Collection<Place> places, PanelAnswer answer, double unit) {
        Shape oldClip = g.getClip();
        g.clip(map.frame());
        double s = unit / 16;
        Projection p = map.projection();
        g.setColor(Palette.SEA);
        g.fill(map.frame());
        paintBasemap(g, p, s);

        List<Place> byArea = new ArrayList<>(places);
        byArea.sort(Comparator.comparingDouble((Place pl) -> -pl.geometry().getEnvelopeInternal().getArea())
                .thenComparing(Place::id));
        List<Place> dots = new ArrayList<>();
        for (Place place : byArea) {
            Shape outline = p.path(place.geometry());
            Rectangle2D b = outline.getBounds2D();
            if (Math.max(b.getWidth(), b.getHeight()) < MIN_PLACE_PX * s) {
                dots.add(place);
                continue;
            }
            Held held = answer.holders().get(place.id());
            if (held != null) {
                Shape fill = held.shape() == place.geometry() ? outline : p.path(held.shape());
                g.setColor(colour(held.actor()));
                g.fill(fill);
                g.setColor(Palette.PLACE_EDGE);
                g.setStroke(Palette.solid((float) (1.0 * s)));
                g.draw(fill);
            } else {
                g.setColor(Palette.SILENT_EDGE);
                g.setStroke(Palette.dashed((float) (1.0 * s), (float) (4 * s), (float) (3 * s)));
                g.draw(outline);
            }
        }
        for (Place place : byArea) {
            if (answer.disputed().contains(place.id()) && !dots.contains(place)) {
                Shape outline = p.path(place.geometry());
                hatch(g, outline, s);
                g.setColor(Palette.DISPUTE);
                g.setStroke(Palette.dashed((float) (2 * s), (float) (6 * s), (float) (3 * s)));
                g.draw(outline);
            }
        }
        for (Place place : dots) {
            paintDot(g, p, place, answer, s);
        }
        g.setClip(oldClip);
        g.setColor(Palette.LINE);
        g.setStroke(Palette.solid((float) Math.max(1, s)));
        g.draw(map.frame());
    }

    private void paintBasemap(Graphics2D g, Projection p, double s) {
        List<Shape> focus = new ArrayList<>();
        g.setStroke(Palette.solid((float) (0.8 * s)));
        for (Basemap.Country c : basemap.countries()) {
            Shape shape = p.path(c.geometry());
            if (!shape.getBounds2D().intersects(g.getClipBounds())) {
                continue;
            }
            if (Basemap.FOCUS.equals(c.name())) {
                focus.add(shape);
                continue;
            }
            g.setColor(Palette.COUNTRY);
            g.fill(shape);
            g.setColor(Palette.COUNTRY_EDGE);
            g.draw(shape);
        }
        g.setStroke(Palette.solid((float) (1.6 * s)));
        for (Shape shape : focus) {
            g.setColor(Palette.FOCUS);
            g.fill(shape);
            g.setColor(Palette.FOCUS_EDGE);
            g.draw(shape);
        }
    }

    private void paintDot(Graphics2D g, Projection p, Place place, PanelAnswer answer, double s) {
        Point c = place.geometry().getInteriorPoint();
        Point2D at = p.point(c.getX(), c.getY());
        Held held = answer.holders().get(place.id());
        double r = (held != null ? 4.5 : 3) * s;
        Ellipse2D dot = new Ellipse2D.Double(at.getX() - r, at.getY() - r, 2 * r, 2 * r);
        if (held != null) {
            g.setColor(colour(held.actor()));
            g.fill(dot);
        }
        boolean disputed = answer.disputed().contains(place.id());
        g.setColor(disputed ? Palette.DISPUTE : held != null ? Palette.PLACE_EDGE : Palette.SILENT_EDGE);
        g.setStroke(Palette.solid((float) ((disputed ? 2 : 1.2) * s)));
        g.draw(dot);
    }

    Color colour(String actor) {
        return actorColours.getOrDefault(actor, Palette.UNKNOWN_ACTOR);
    }

    /** Red stripes on white, at 45°, 9 pixels apart (at unit 16), over {@code shape}: the map page's hatch. */
    static void hatch(Graphics2D g, Shape shape, double s) {
        Shape oldClip = g.getClip();
        Composite oldComposite = g.getComposite();
        g.clip(shape);
        Rectangle2D b = shape.getBounds2D();
        double step = 9 * s * Math.sqrt(2);
        List<Line2D> lines = new ArrayList<>();
        for (double c = b.getMinY() - b.getMaxX() - step; c <= b.getMaxY() - b.getMinX() + step; c += step) {
            lines.add(new Line2D.Double(b.getMinX() - 1, b.getMinX() - 1 + c, b.getMaxX() + 1, b.getMaxX() + 1 + c));
        }
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.9f));
        g.setColor(Palette.HATCH_LIGHT);
        g.setStroke(Palette.solid((float) (4 * s)));
        lines.forEach(g::draw);
        g.setComposite(oldComposite);
        g.setColor(Palette.DISPUTE);
        g.setStroke(Palette.solid((float) (2 * s)));
        lines.forEach(g::draw);
        g.setClip(oldClip);
    }
}
