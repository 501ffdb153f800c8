package controlmap.render;

import controlmap.render.SnapshotLayout.PlacedItem;
import java.awt.Graphics2D;

/** Draws a legend swatch: an actor's colour, the dispute hatch, or the dashed outline of "no claim". */
final class LegendPainter {

    private LegendPainter() {
    }

    static void swatch(Graphics2D g, PlacedItem placed, MapPainter painter, double unit) {
        double s = unit / 16;
        var box = placed.swatch();
        switch (placed.item().kind()) {
            case ACTOR -> {
                g.setColor(placed.item().color());
                g.fill(box);
                g.setColor(Palette.PLACE_EDGE);
                g.setStroke(Palette.solid((float) s));
                g.draw(box);
            }
            case DISPUTED -> {
                g.setColor(Palette.FOCUS);
                g.fill(box);
                MapPainter.hatch(g, box, s * 0.7);
                g.setColor(Palette.DISPUTE);
                g.setStroke(Palette.solid((float) (1.5 * s)));
                g.draw(box);
            }
            case SILENT -> {
                g.setColor(Palette.SILENT_EDGE);
                g.setStroke(Palette.dashed((float) s, (float) (3 * s), (float) (2 * s)));
                g.draw(box);
            }
        }
    }
}
