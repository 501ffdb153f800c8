package controlmap.ogc;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A claim's properties said in words for the HTML pages, so that presence, part of a place and a start the source
 * did not give read differently from control of the whole place since a stated day: "isis: presence (not control) in
 * part of yarmouk-camp, until 2018-05-21, since a date the source did not give".
 */
final class ClaimWords {

    static final String UNSTATED_START = "since a date the source did not give";

    private ClaimWords() {
    }

    /** True when {@code p} are a claim's properties (they say a stance). */
    static boolean isClaim(JsonNode p) {
        return p.hasNonNull("stance") && p.hasNonNull("actor") && p.hasNonNull("place");
    }

    /** The claim {@code p} in words; call only when {@link #isClaim}. */
    static String of(JsonNode p) {
        boolean presence = "presence".equals(p.path("stance").asText());
        boolean part = "part".equals(p.path("extent").asText());
        String place = p.path("place").asText();
        String what = presence ? "presence (not control) in " : "control of ";
        return p.path("actor").asText() + ": " + what + (part ? "part of " + place : place) + ", " + period(p);
    }

    /** "from D until E", "from D", "until E, since a date the source did not give", or the latter alone. */
    static String period(JsonNode p) {
        String from = text(p, "valid_from");
        String to = text(p, "valid_to");
        if (from == null) {
            return to == null ? UNSTATED_START : "until " + to + ", " + UNSTATED_START;
        }
        return "from " + from + (to == null ? "" : " until " + to);
    }

    private static String text(JsonNode p, String field) {
        JsonNode v = p.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
