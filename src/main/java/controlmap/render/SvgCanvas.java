package controlmap.render;

import controlmap.render.PictureLayout.Line;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.geom.PathIterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A {@link Canvas} that writes an SVG document: every shape becomes a {@code <path>}, the hatch a {@code <pattern>}
 * like the map page's, clips {@code <clipPath>}s. Text is escaped; positions are those Java2D measured.
 */
final class SvgCanvas implements Canvas {

    private final int width;
    private final int height;
    private final StringBuilder body = new StringBuilder(64 * 1024);
    private final StringBuilder defs = new StringBuilder();
    private final Map<String, String> patterns = new LinkedHashMap<>();
    private int clips;

    SvgCanvas(int width, int height) {
        this.width = width;
        this.height = height;
    }

    @Override
    public void fill(Shape shape, Color color) {
        body.append("<path d=\"").append(path(shape)).append("\" fill=\"").append(hex(color)).append("\"/>\n");
    }

    @Override
    public void stroke(Shape shape, Color color, BasicStroke stroke) {
        body.append("<path d=\"").append(path(shape)).append("\" fill=\"none\" stroke=\"").append(hex(color))
                .append("\" stroke-width=\"").append(num(stroke.getLineWidth())).append("\" stroke-linejoin=\"round\"");
        float[] dash = stroke.getDashArray();
        if (dash != null) {
            body.append(" stroke-dasharray=\"").append(num(dash[0])).append(' ').append(num(dash[1])).append('"');
        }
        if (stroke.getEndCap() == BasicStroke.CAP_ROUND) {
            body.append(" stroke-linecap=\"round\"");
        }
        body.append("/>\n");
    }

    @Override
    public void hatch(Shape shape, double s) {
        String id = patterns.computeIfAbsent(num(s), k -> {
            String pid = "hatch-" + patterns.size();
            defs.append("<pattern id=\"").append(pid).append("\" patternUnits=\"userSpaceOnUse\" width=\"")
                    .append(num(9 * s)).append("\" height=\"").append(num(9 * s))
                    .append("\" patternTransform=\"rotate(45)\"><line x1=\"").append(num(2 * s)).append("\" y1=\"0\" x2=\"").append(num(2 * s)).append("\" y2=\"").append(num(9 * s))
                    .append("\" stroke=\"#ffffff\" stroke-opacity=\"0.9\" stroke-width=\"").append(num(4 * s))
                    .append("\"/><line x1=\"").append(num(2 * s)).append("\" y1=\"0\" x2=\"").append(num(2 * s)).append("\" y2=\"").append(num(9 * s))
                    .append("\" stroke=\"").append(hex(Palette.DISPUTE)).append("\" stroke-width=\"").append(num(2 * s))
                    .append("\"/></pattern>\n");
            return pid;
        });
        body.append("<path d=\"").append(path(shape)).append("\" fill=\"url(#").append(id).append(")\"/>\n");
    }

    @Override
    public void stripes(Shape shape, Color color, double s) {
        String id = patterns.computeIfAbsent("part " + hex(color) + " " + num(s), k -> {
            String pid = "part-" + patterns.size();
            double period = Palette.number("part/period") * s;
            defs.append("<pattern id=\"").append(pid).append("\" patternUnits=\"userSpaceOnUse\" width=\"")
                    .append(num(period)).append("\" height=\"").append(num(period))
                    .append("\" patternTransform=\"rotate(-45)\"><rect x=\"0\" y=\"0\" width=\"")
                    .append(num(Palette.number("part/width") * s)).append("\" height=\"").append(num(period))
                    .append("\" fill=\"").append(hex(color)).append("\"/></pattern>\n");
            return pid;
        });
        body.append("<path d=\"").append(path(shape)).append("\" fill=\"url(#").append(id).append(")\"/>\n");
    }

    @Override
    public void text(Line line) {
        Font f = line.font();
        body.append("<text x=\"").append(num(line.x())).append("\" y=\"").append(num(line.baseline()))
                .append("\" font-size=\"").append(num(f.getSize2D())).append('"')
                .append(f.isBold() ? " font-weight=\"bold\"" : "").append(" fill=\"").append(hex(line.color())).append("\">")
                .append(escape(line.text())).append("</text>\n");
    }

    @Override
    public void clip(Shape shape) {
        String id = "clip-" + clips++;
        defs.append("<clipPath id=\"").append(id).append("\"><path d=\"").append(path(shape)).append("\"/></clipPath>\n");
        body.append("<g clip-path=\"url(#").append(id).append(")\">\n");
    }

    @Override
    public void unclip() {
        body.append("</g>\n");
    }

    /** The document. */
    String document() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + width
                + "\" height=\"" + height + "\" viewBox=\"0 0 " + width + " " + height + "\" font-family=\""
                + "DejaVu Sans, Verdana, sans-serif\" fill-rule=\"evenodd\">\n<defs>\n" + defs + "</defs>\n" + body + "</svg>\n";
    }

    private static String path(Shape shape) {
        StringBuilder d = new StringBuilder();
        double[] c = new double[6];
        for (PathIterator it = shape.getPathIterator(null); !it.isDone(); it.next()) {
            switch (it.currentSegment(c)) {
                case PathIterator.SEG_MOVETO -> d.append('M').append(num(c[0])).append(' ').append(num(c[1]));
                case PathIterator.SEG_LINETO -> d.append('L').append(num(c[0])).append(' ').append(num(c[1]));
                case PathIterator.SEG_QUADTO -> d.append('Q').append(num(c[0])).append(' ').append(num(c[1])).append(' ')
                        .append(num(c[2])).append(' ').append(num(c[3]));
                case PathIterator.SEG_CUBICTO -> d.append('C').append(num(c[0])).append(' ').append(num(c[1])).append(' ')
                        .append(num(c[2])).append(' ').append(num(c[3])).append(' ').append(num(c[4])).append(' ')
                        .append(num(c[5]));
                default -> d.append('Z');
            }
        }
        return d.toString();
    }

    private static String num(double v) {
        String s = String.format(Locale.ROOT, "%.2f", v);
        s = s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
        return s.equals("-0") ? "0" : s;
    }

    private static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
