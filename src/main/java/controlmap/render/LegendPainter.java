package controlmap.render;

import controlmap.render.PictureLayout.PlacedItem;

/** Draws a legend entry: an actor's colour, the dispute hatch, or the dashed outline of "no claim", then its label. */
final class LegendPainter {

    private LegendPainter() {
    }

    static void paint(Canvas g, PlacedItem placed, double unit) {
        double s = unit / 16;
        var box = placed.swatch();
        switch (placed.item().kind()) {
            case ACTOR -> {
                g.fill(box, Palette.seen(placed.item().color()));
                g.stroke(box, Palette.PLACE_EDGE, Palette.solid((float) s));
            }
            case PART -> {
                g.fill(box, Palette.FOCUS);
                g.stripes(box, Palette.seen(placed.item().color()), s);
                g.stroke(box, Palette.PLACE_EDGE, Palette.solid((float) s));
            }
            case PRESENCE -> g.stroke(box, placed.item().color(), Palette.dotted((float) (2 * s), (float) (1.5 * s),
                    (float) (3.5 * s)));
            case NO_MAJORITY -> {
                g.fill(box, Palette.NO_MAJORITY);
                g.stroke(box, Palette.PLACE_EDGE, Palette.solid((float) s));
            }
            case DISPUTED -> {
                g.fill(box, Palette.FOCUS);
                g.hatch(box, s * 0.7);
                g.stroke(box, Palette.DISPUTE, Palette.solid((float) (1.5 * s)));
            }
            case SILENT -> g.stroke(box, Palette.SILENT_EDGE, Palette.dashed((float) s, (float) (3 * s), (float) (2 * s)));
        }
        g.text(placed.label());
    }
}
