package controlmap.render;

import java.awt.Color;
import java.util.List;

/**
 * The words of a picture: a headline (the day), a line saying whose answer it is, a title per map when comparing,
 * the legend, and the attribution.
 *
 * @param headline    "8 December 2017", with the knowledge date when there is one
 * @param subline     whose answer: "According to …", or how all sources are combined
 * @param panelTitles one per map when comparing (else empty)
 * @param legend      the legend's entries, in order
 */
public record Captions(String headline, String subline, List<String> panelTitles, List<LegendItem> legend) {

    /** Drawn in the corner of every picture. */
    public static final String ATTRIBUTION = "ControlMap · outlines: Natural Earth";
    public static final String BRAND = "ControlMap";

    public Captions {
        panelTitles = List.copyOf(panelTitles);
        legend = List.copyOf(legend);
    }

    /**
     * One legend entry: a swatch of {@code kind} (in {@code color} for an actor) and its label, followed by
     * {@code detail} (" · 3 places", may be empty) when there is room.
     */
    public record LegendItem(Kind kind, String label, String detail, Color color) {
    }

    /** What a legend swatch looks like. */
    public enum Kind { ACTOR, PART, PRESENCE, NO_MAJORITY, DISPUTED, SILENT }
}
