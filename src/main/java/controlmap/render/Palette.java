package controlmap.render;

import java.awt.BasicStroke;
import java.awt.Color;

/** The picture's colours and strokes: those of the map page (web/css/app.css, web/js/map.js), for one look. */
public final class Palette {

    public static final Color PAPER = new Color(0xfbfaf7);
    public static final Color INK = new Color(0x1d1d1f);
    public static final Color MUTED = new Color(0x5a5a5f);
    public static final Color LINE = new Color(0xd5d2ca);
    /** Outside every country. */
    public static final Color SEA = new Color(0xdbe6ee);
    public static final Color COUNTRY = new Color(0xf3f0e8);
    public static final Color COUNTRY_EDGE = new Color(0x8a8a8a);
    /** The country the map is about. */
    public static final Color FOCUS = new Color(0xfbfaf6);
    public static final Color FOCUS_EDGE = new Color(0x4d4d4d);
    /** The outline of a held place. */
    public static final Color PLACE_EDGE = new Color(0x333333);
    /** The dashed outline of a place the source says nothing about. */
    public static final Color SILENT_EDGE = new Color(0x6b6b6b);
    /** Disputed places: stripes of this red on white, and a dashed outline of it. */
    public static final Color DISPUTE = new Color(0x9b0d1a);
    public static final Color HATCH_LIGHT = Color.WHITE;
    /** An actor without a valid colour. */
    public static final Color UNKNOWN_ACTOR = new Color(0x999999);

    private Palette() {
    }

    /** An actor's {@code #rrggbb} colour, or {@link #UNKNOWN_ACTOR}. */
    public static Color actor(String css) {
        if (css != null && css.matches("#[0-9a-fA-F]{6}")) {
            return new Color(Integer.parseInt(css.substring(1), 16));
        }
        return UNKNOWN_ACTOR;
    }

    /** A dashed line of {@code width} pixels, dashes of {@code on} and gaps of {@code off} pixels. */
    static BasicStroke dashed(float width, float on, float off) {
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {on, off}, 0f);
    }

    static BasicStroke solid(float width) {
        return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }
}
