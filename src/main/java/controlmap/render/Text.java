package controlmap.render;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/** Measuring and wrapping text for the picture, with the same metrics when laying out and when drawing. */
final class Text {

    /** Anti-aliased text with fractional metrics: what {@link PictureRenderer} draws with. */
    static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    static final String FAMILY = Font.SANS_SERIF;

    private Text() {
    }

    static Font plain(double size) {
        return new Font(FAMILY, Font.PLAIN, 1).deriveFont((float) size);
    }

    static Font bold(double size) {
        return new Font(FAMILY, Font.BOLD, 1).deriveFont((float) size);
    }

    static double width(String s, Font f) {
        Rectangle2D b = f.getStringBounds(s, FRC);
        return b.getWidth();
    }

    /** Distance from one baseline to the next. */
    static double lineHeight(Font f) {
        return f.getSize2D() * 1.3;
    }

    /**
     * {@code s} broken at spaces into lines no wider than {@code width}; at most {@code maxLines}, the last one cut
     * with an ellipsis when the text does not fit. A word longer than a line is cut too.
     */
    static List<String> wrap(String s, Font f, double width, int maxLines) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : s.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (width(candidate, f) <= width || line.length() == 0) {
                line.setLength(0);
                line.append(candidate);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        List<String> out = new ArrayList<>(lines.subList(0, Math.min(maxLines, lines.size())));
        for (int i = 0; i < out.size(); i++) {
            boolean last = i == out.size() - 1;
            boolean cut = last && lines.size() > out.size();
            out.set(i, fit(out.get(i), f, width, cut));
        }
        return out;
    }

    /** {@code s}, shortened with an ellipsis until it fits {@code width} (and ending in one when {@code cut}). */
    static String fit(String s, Font f, double width, boolean cut) {
        if (!cut && width(s, f) <= width) {
            return s;
        }
        String t = s;
        while (!t.isEmpty() && width(t + "…", f) > width) {
            t = t.substring(0, t.length() - 1);
        }
        return t.strip() + "…";
    }
}
