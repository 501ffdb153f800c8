package controlmap.render;

import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.locationtech.jts.geom.Envelope;

/**
 * Where everything goes in a picture. A single map in a landscape picture (a social card) fills the left and the
 * words stand in a column on the right; otherwise the words are above, the maps (one, or two side by side) in the
 * middle and the legend below, left out when it would leave the maps too little room. Sizes scale with the picture.
 *
 * @param unit   the body text size in pixels; everything else is proportional to it
 * @param maps   one frame per map, in the order of {@link MapAnswer#of}
 * @param lines  every line of text, positioned
 * @param legend the legend's entries, positioned (may be empty)
 */
public record PictureLayout(double unit, List<MapFrame> maps, List<Line> lines, List<PlacedItem> legend) {

    /** One map: its pixel rectangle and the projection that fits the framed area into it. */
    public record MapFrame(Rectangle2D frame, Projection projection) {
    }

    /** A line of text with its baseline's start. */
    public record Line(String text, Font font, Color color, double x, double baseline) {
    }

    /** A legend entry with its swatch's rectangle and its label's baseline. */
    public record PlacedItem(Captions.LegendItem item, Rectangle2D swatch, Line label) {
    }

    /**
     * Lays out a {@code width} × {@code height} picture of {@code mapCount} maps, each showing the lon/lat area
     * {@code area} gives for its pixel rectangle (a fixed area, or what a web map of that size shows at a zoom).
     */
    public static PictureLayout of(int width, int height, int mapCount, Captions captions,
                                    Function<Rectangle2D, Envelope> area) {
        double unit = Math.max(10, Math.min(36, Math.min(width, height * 1.6) / 55));
        boolean side = mapCount == 1 && width >= height * 1.3 && width >= 480;
        return side ? sideBySide(width, height, unit, captions, area) : stacked(width, height, mapCount, unit, captions, area);
    }

    private static PictureLayout sideBySide(int width, int height, double u, Captions c,
                                             Function<Rectangle2D, Envelope> area) {
        double mapW = Math.round(Math.min(width * 0.62, height * 1.25));
        Rectangle2D frame = new Rectangle2D.Double(0, 0, mapW, height);
        MapFrame map = new MapFrame(frame, Projection.fit(area.apply(frame), frame, u));
        double x = mapW + 1.4 * u;
        double colW = width - x - 1.2 * u;
        List<Line> lines = new ArrayList<>();
        double y = 1.2 * u;
        y = block(lines, List.of(Captions.BRAND), Text.bold(0.85 * u), Palette.MUTED, x, y, colW, 1);
        y = block(lines, List.of(c.headline()), Text.bold(1.9 * u), Palette.INK, x, y + 0.3 * u, colW, 2);
        y = block(lines, List.of(c.subline()), Text.plain(1.1 * u), Palette.INK, x, y + 0.2 * u, colW, 3);
        Font small = Text.plain(0.8 * u);
        double bottom = height - 1.0 * u;
        lines.add(new Line(Text.fit(Captions.ATTRIBUTION, small, colW, false), small, Palette.MUTED, x, bottom));
        List<PlacedItem> legend = LegendLayout.column(c.legend(), u, x, y + 0.9 * u, colW,
                bottom - Text.lineHeight(small) - 0.4 * u);
        return new PictureLayout(u, List.of(map), lines, legend);
    }

    private static PictureLayout stacked(int width, int height, int mapCount, double u, Captions c,
                                          Function<Rectangle2D, Envelope> area) {
        double m = 0.8 * u;
        double innerW = width - 2 * m;
        List<Line> lines = new ArrayList<>();
        double y = m;
        Font brand = Text.bold(0.8 * u);
        Font head = Text.bold(1.5 * u);
        double brandW = Text.width(Captions.BRAND, brand);
        if (Text.width(c.headline(), head) + brandW + u <= innerW) { // small pictures: the attribution names us
            lines.add(new Line(Captions.BRAND, brand, Palette.MUTED, width - m - brandW, y + brand.getSize2D()));
        }
        y = block(lines, List.of(c.headline()), head, Palette.INK, m, y, innerW, 2);
        y = block(lines, List.of(c.subline()), Text.plain(u), Palette.INK, m, y + 0.1 * u, innerW, 2);
        Font small = Text.plain(0.8 * u);
        double attributionY = height - 0.6 * u;
        lines.add(new Line(Text.fit(Captions.ATTRIBUTION, small, innerW, false), small, Palette.MUTED, m, attributionY));
        double bottom = attributionY - Text.lineHeight(small);
        List<PlacedItem> legend = LegendLayout.rows(c.legend(), u, m, innerW);
        double legendH = LegendLayout.height(legend, u);
        double mapTop = y + 0.5 * u;
        if (legendH > 0 && bottom - legendH - mapTop >= (height - mapTop) * 0.55) {
            legend = LegendLayout.shift(legend, bottom - legendH);
            bottom -= legendH + 0.3 * u;
        } else {
            legend = List.of();
        }
        List<MapFrame> maps = new ArrayList<>();
        double gap = 0.6 * u;
        double mapW = (innerW - gap * (mapCount - 1)) / mapCount;
        Font titleFont = Text.bold(0.95 * u);
        double titleH = mapCount > 1 ? Text.lineHeight(titleFont) : 0;
        for (int i = 0; i < mapCount; i++) {
            double x = m + i * (mapW + gap);
            if (mapCount > 1) {
                String title = i < c.panelTitles().size() ? c.panelTitles().get(i) : "";
                lines.add(new Line(Text.fit(title, titleFont, mapW, false), titleFont, Palette.INK, x,
                        mapTop + titleFont.getSize2D()));
            }
            Rectangle2D frame = new Rectangle2D.Double(x, mapTop + titleH, mapW, Math.max(bottom - mapTop - titleH, 10));
            maps.add(new MapFrame(frame, Projection.fit(area.apply(frame), frame, 0.5 * u)));
        }
        return new PictureLayout(u, maps, lines, legend);
    }

    /** Adds {@code texts} wrapped to {@code width} below {@code top}; returns the y under the last line. */
    private static double block(List<Line> lines, List<String> texts, Font f, Color color, double x, double top,
                                double width, int maxLines) {
        double y = top;
        for (String t : texts) {
            for (String line : Text.wrap(t, f, width, maxLines)) {
                y += Text.lineHeight(f);
                lines.add(new Line(line, f, color, x, y - Text.lineHeight(f) * 0.25));
            }
        }
        return y;
    }
}
