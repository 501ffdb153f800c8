package controlmap.render;

import controlmap.domain.Place;
import controlmap.render.MapAnswer.Held;
import controlmap.render.PictureLayout.MapFrame;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
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
 * ones inside them stay visible) or striped in it when the source says part of the place, a dotted outline in it
 * for a presence, grey where the sources split evenly, a dashed outline for places without an answer, red and white
 * stripes over the disputed ones, and a dot for places too small to see at this scale. The map page's look
 * (look.json), without Leaflet.
 */
final class MapPainter {

    /** A place smaller than this (pixels, at unit 16) is drawn as a dot. */
    private static final double MIN_PLACE_PX = 7;

    private final Basemap basemap;
    private final Map<String, Color> actorColours;
    private final GazetteerPainter gazetteer = new GazetteerPainter(Gazetteer.load());

    MapPainter(Basemap basemap, Map<String, Color> actorColours) {
        this.basemap = basemap;
        this.actorColours = actorColours;
    }

    void paint(Canvas g, MapFrame map, Collection<Place> places, MapAnswer answer, double unit) {
        double s = unit / 16;
        Projection p = map.projection();
        g.clip(map.frame());
        g.fill(map.frame(), Palette.SEA);
        paintBasemap(g, p, map.frame(), s);

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
            if (held == null) {
                g.stroke(outline, Palette.SILENT_EDGE, Palette.dashed((float) s, (float) (4 * s), (float) (3 * s)));
                continue;
            }
            Shape fill = held.shape() == place.geometry() ? outline : p.path(held.shape());
            switch (held.mark()) {
                case WHOLE -> {
                    g.fill(fill, Palette.seen(colour(held.actor())));
                    g.stroke(fill, Palette.PLACE_EDGE, Palette.solid((float) s));
                }
                case PART -> {
                    g.stripes(fill, Palette.seen(colour(held.actor())), s);
                    g.stroke(fill, Palette.PLACE_EDGE, Palette.solid((float) s));
                }
                case NO_MAJORITY -> {
                    g.fill(fill, Palette.NO_MAJORITY);
                    g.stroke(fill, Palette.PLACE_EDGE, Palette.solid((float) s));
                }
                case PRESENCE -> presence(g, fill, colour(held.actor()), s);
            }
        }
        for (Place place : byArea) {
            if (answer.disputed().contains(place.id()) && !dots.contains(place)) {
                Shape outline = p.path(place.geometry());
                g.hatch(outline, s);
                g.stroke(outline, Palette.DISPUTE, Palette.dashed((float) (2 * s), (float) (6 * s), (float) (3 * s)));
            }
        }
        gazetteer.paintRivers(g, p, s);
        List<Rectangle2D> dotBoxes = new ArrayList<>();
        for (Place place : dots) {
            dotBoxes.add(paintDot(g, p, place, answer, s));
        }
        gazetteer.paintNames(g, p, map.frame(), s, dotBoxes);
        g.unclip();
        g.stroke(map.frame(), Palette.LINE, Palette.solid((float) Math.max(1, s)));
    }

    /** A presence, not control: a dotted outline in the actor's colour, never a fill. */
    private static void presence(Canvas g, Shape shape, Color colour, double s) {
        float w = (float) (Palette.number("presence/width") * s);
        g.stroke(shape, colour, Palette.dotted(w, (float) (Palette.number("presence/dash/0") * s),
                (float) (Palette.number("presence/dash/1") * s)));
    }

    private void paintBasemap(Canvas g, Projection p, Rectangle2D frame, double s) {
        List<Shape> focus = new ArrayList<>();
        for (Basemap.Country c : basemap.countries()) {
            Shape shape = p.path(c.geometry());
            if (!shape.getBounds2D().intersects(frame)) {
                continue;
            }
            if (Basemap.FOCUS.equals(c.name())) {
                focus.add(shape);
                continue;
            }
            g.fill(shape, Palette.COUNTRY);
            g.stroke(shape, Palette.COUNTRY_EDGE, Palette.solid((float) (0.8 * s)));
        }
        for (Shape shape : focus) {
            g.fill(shape, Palette.FOCUS);
            g.stroke(shape, Palette.FOCUS_EDGE, Palette.solid((float) (1.6 * s)));
        }
    }

    /** Draws the dot of a place too small to see at this scale; returns its bounds. */
    private Rectangle2D paintDot(Canvas g, Projection p, Place place, MapAnswer answer, double s) {
        Point c = place.geometry().getInteriorPoint();
        Point2D at = p.point(c.getX(), c.getY());
        Held held = answer.holders().get(place.id());
        double r = (held != null ? 4.5 : 3) * s;
        Ellipse2D dot = new Ellipse2D.Double(at.getX() - r, at.getY() - r, 2 * r, 2 * r);
        if (held != null && held.mark() == MapAnswer.Mark.PRESENCE) {
            presence(g, dot, colour(held.actor()), s);
            return dot.getBounds2D();
        }
        if (held != null) {
            Color fill = held.mark() == MapAnswer.Mark.NO_MAJORITY ? Palette.NO_MAJORITY : Palette.seen(colour(held.actor()));
            if (held.mark() == MapAnswer.Mark.PART) {
                g.fill(dot, Palette.FOCUS);
                g.stripes(dot, fill, s * 0.6);
            } else {
                g.fill(dot, fill);
            }
        }
        boolean disputed = answer.disputed().contains(place.id());
        g.stroke(dot, disputed ? Palette.DISPUTE : held != null ? Palette.PLACE_EDGE : Palette.SILENT_EDGE,
                Palette.solid((float) ((disputed ? 2 : 1.2) * s)));
        return dot.getBounds2D();
    }

    Color colour(String actor) {
        return actorColours.getOrDefault(actor, Palette.UNKNOWN_ACTOR);
    }
}
