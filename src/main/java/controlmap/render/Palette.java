package controlmap.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The picture's colours and strokes. Those of the map itself come from {@code web/js/look.json}, the file the map page
 * and the embed draw with too (web/js/look.js), so the three look alike; the actors' colours from the actors. Only
 * the picture's own frame (paper, ink, rules) is set here.
 */
public final class Palette {

    /** The map's look, as the map page reads it. */
    static final JsonNode LOOK = read("/web/js/look.json");

    public static final Color PAPER = new Color(0xfbfaf7);
    public static final Color INK = new Color(0x1d1d1f);
    public static final Color MUTED = new Color(0x5a5a5f);
    public static final Color LINE = new Color(0xd5d2ca);
    /** Outside every country. */
    public static final Color SEA = color(LOOK.path("sea"));
    public static final Color COUNTRY = color(LOOK.path("country").path("fill"));
    public static final Color COUNTRY_EDGE = color(LOOK.path("country").path("edge"));
    /** The country the map is about. */
    public static final Color FOCUS = color(LOOK.path("focus").path("fill"));
    public static final Color FOCUS_EDGE = color(LOOK.path("focus").path("edge"));
    /** The outline of a held place. */
    public static final Color PLACE_EDGE = color(LOOK.path("placeEdge"));
    /** The dashed outline of a place the source says nothing about. */
    public static final Color SILENT_EDGE = color(LOOK.path("silentEdge"));
    /** Disputed places: stripes of this red on white, and a dashed outline of it. */
    public static final Color DISPUTE = color(LOOK.path("dispute").path("color"));
    public static final Color HATCH_LIGHT = color(LOOK.path("dispute").path("light"));
    /** Where the sources split evenly ("no majority"). */
    public static final Color NO_MAJORITY = color(LOOK.path("noMajority"));
    /** An actor without a valid colour. */
    public static final Color UNKNOWN_ACTOR = color(LOOK.path("unknownActor"));
    /** How opaque a held place's fill is (the map page's fillOpacity): the country shows a little through. */
    public static final double FILL_OPACITY = LOOK.path("fillOpacity").asDouble(1);

    private Palette() {
    }

    /** An actor's {@code #rrggbb} colour, or {@link #UNKNOWN_ACTOR}. */
    public static Color actor(String css) {
        if (css != null && css.matches("#[0-9a-fA-F]{6}")) {
            return new Color(Integer.parseInt(css.substring(1), 16));
        }
        return UNKNOWN_ACTOR;
    }

    /** The colour a fill of {@code c} shows over the country at the map's opacity: what the map page shows. */
    public static Color seen(Color c) {
        double a = FILL_OPACITY;
        return new Color(mix(c.getRed(), FOCUS.getRed(), a), mix(c.getGreen(), FOCUS.getGreen(), a),
                mix(c.getBlue(), FOCUS.getBlue(), a));
    }

    private static int mix(int x, int y, double a) {
        return (int) Math.round(x * a + y * (1 - a));
    }

    /** A dashed line of {@code width} pixels, dashes of {@code on} and gaps of {@code off} pixels. */
    static BasicStroke dashed(float width, float on, float off) {
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {on, off}, 0f);
    }

    /** A dotted line, round dots: how a presence (not control) is outlined. */
    static BasicStroke dotted(float width, float on, float off) {
        return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f, new float[] {on, off}, 0f);
    }

    static BasicStroke solid(float width) {
        return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    /** A number of look.json at {@code path} ("dispute/period"). */
    static double number(String path) {
        JsonNode n = LOOK;
        for (String part : path.split("/")) {
            n = n.isArray() ? n.path(Integer.parseInt(part)) : n.path(part);
        }
        if (!n.isNumber()) {
            throw new IllegalStateException("look.json has no number at " + path);
        }
        return n.asDouble();
    }

    private static Color color(JsonNode css) {
        if (!css.isTextual() || !css.asText().matches("#[0-9a-fA-F]{6}")) {
            throw new IllegalStateException("look.json: not a #rrggbb colour: " + css);
        }
        return new Color(Integer.parseInt(css.asText().substring(1), 16));
    }

    private static JsonNode read(String resource) {
        try (InputStream in = Palette.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
