package controlmap.render;

import controlmap.render.PictureLayout.Line;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;

/**
 * What the painters draw on: a few operations that both a Java2D image ({@link RasterCanvas}, for PNG) and an SVG
 * document ({@link SvgCanvas}) can do, so one drawing code makes both formats.
 */
interface Canvas {

    void fill(Shape shape, Color color);

    void stroke(Shape shape, Color color, BasicStroke stroke);

    /** The dispute hatch over {@code shape}: red stripes on white at 45°, {@code 9 * scale} pixels apart. */
    void hatch(Shape shape, double scale);

    /**
     * "Part of the place": stripes of {@code color} over {@code shape} at the other diagonal from the hatch, as
     * look.json's part pattern ({@code period} and {@code width} pixels at scale 1, times {@code scale}).
     */
    void stripes(Shape shape, Color color, double scale);

    void text(Line line);

    /** Draws only inside {@code shape} until {@link #unclip}. Clips do not nest. */
    void clip(Shape shape);

    void unclip();
}
