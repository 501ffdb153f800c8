package controlmap.render;

import controlmap.render.PictureLayout.Line;
import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/** A {@link Canvas} over a Java2D graphics context, anti-aliased. */
final class RasterCanvas implements Canvas {

    private final Graphics2D g;
    private Shape saved;

    RasterCanvas(Graphics2D g) {
        this.g = g;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    }

    @Override
    public void fill(Shape shape, Color color) {
        g.setColor(color);
        g.fill(shape);
    }

    @Override
    public void stroke(Shape shape, Color color, BasicStroke stroke) {
        g.setColor(color);
        g.setStroke(stroke);
        g.draw(shape);
    }

    @Override
    public void hatch(Shape shape, double s) {
        Shape oldClip = g.getClip();
        Composite oldComposite = g.getComposite();
        g.clip(shape);
        Rectangle2D b = shape.getBounds2D();
        double step = 9 * s * Math.sqrt(2);
        List<Line2D> lines = new ArrayList<>();
        // rising to the right, as the map page's pattern (rotate(45)) draws them: x + y = c
        for (double c = b.getMinX() + b.getMinY() - step; c <= b.getMaxX() + b.getMaxY() + step; c += step) {
            lines.add(new Line2D.Double(b.getMinX() - 1, c - b.getMinX() + 1, b.getMaxX() + 1, c - b.getMaxX() - 1));
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

    @Override
    public void stripes(Shape shape, Color color, double s) {
        Shape oldClip = g.getClip();
        g.clip(shape);
        Rectangle2D b = shape.getBounds2D();
        double step = Palette.number("part/period") * s * Math.sqrt(2);
        g.setColor(color);
        g.setStroke(new BasicStroke((float) (Palette.number("part/width") * s * Math.sqrt(2) / 2)));
        // falling to the right (x - y = c): the other diagonal from the dispute hatch
        for (double c = b.getMinX() - b.getMaxY() - step; c <= b.getMaxX() - b.getMinY() + step; c += step) {
            g.draw(new Line2D.Double(b.getMinX() - 1, b.getMinX() - 1 - c, b.getMaxX() + 1, b.getMaxX() + 1 - c));
        }
        g.setClip(oldClip);
    }

    @Override
    public void text(Line line) {
        g.setFont(line.font());
        g.setColor(line.color());
        g.drawString(line.text(), (float) line.x(), (float) line.baseline());
    }

    @Override
    public void clip(Shape shape) {
        saved = g.getClip();
        g.clip(shape);
    }

    @Override
    public void unclip() {
        g.setClip(saved);
    }
}
