package controlmap.render;

import controlmap.render.PictureLayout.Line;
import controlmap.render.PictureLayout.PlacedItem;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/** Places the legend's entries: a swatch, then its label; in a column, or in rows that wrap. */
final class LegendLayout {

    private LegendLayout() {
    }

    static Font font(double u) {
        return Text.plain(0.9 * u);
    }

    private static double rowHeight(double u) {
        return 1.45 * u;
    }

    /** One entry per row from {@code top} down, as many as fit above {@code maxY}. */
    static List<PlacedItem> column(List<Captions.LegendItem> items, double u, double x, double top, double width,
                                   double maxY) {
        List<PlacedItem> out = new ArrayList<>();
        double y = top;
        for (Captions.LegendItem item : items) {
            if (y + rowHeight(u) > maxY) {
                break;
            }
            out.add(place(item, u, x, y, width));
            y += rowHeight(u);
        }
        return out;
    }

    /** Entries left to right, wrapping within {@code width}, from y = 0 (see {@link #shift}). */
    static List<PlacedItem> rows(List<Captions.LegendItem> items, double u, double x0, double width) {
        List<PlacedItem> out = new ArrayList<>();
        double x = x0;
        double y = 0;
        for (Captions.LegendItem item : items) {
            double w = itemWidth(item, u);
            if (x > x0 && x + w > x0 + width) {
                x = x0;
                y += rowHeight(u);
            }
            out.add(place(item, u, x, y, Math.min(w, width)));
            x += w + 1.1 * u;
        }
        return out;
    }

    /** The height the entries take. */
    static double height(List<PlacedItem> placed, double u) {
        return placed.stream().mapToDouble(p -> p.swatch().getY()).max().orElse(-rowHeight(u)) + rowHeight(u);
    }

    /** The entries moved down by {@code dy}. */
    static List<PlacedItem> shift(List<PlacedItem> placed, double dy) {
        return placed.stream().map(p -> new PlacedItem(p.item(),
                new Rectangle2D.Double(p.swatch().getX(), p.swatch().getY() + dy, p.swatch().getWidth(), p.swatch().getHeight()),
                new Line(p.label().text(), p.label().font(), p.label().color(), p.label().x(), p.label().baseline() + dy)))
                .toList();
    }

    private static double itemWidth(Captions.LegendItem item, double u) {
        return 1.1 * u + 0.45 * u + Text.width(item.label() + item.detail(), font(u));
    }

    private static PlacedItem place(Captions.LegendItem item, double u, double x, double top, double width) {
        Font f = font(u);
        Rectangle2D swatch = new Rectangle2D.Double(x, top + 0.2 * u, 1.1 * u, 0.85 * u);
        double textX = x + 1.1 * u + 0.45 * u;
        double room = Math.max(width - (textX - x), u) + 0.5;
        String full = item.label() + item.detail();
        String label = Text.width(full, f) <= room ? full : Text.fit(item.label(), f, room, false);
        return new PlacedItem(item, swatch, new Line(label, f, Palette.INK, textX, top + 0.2 * u + 0.75 * u));
    }
}
