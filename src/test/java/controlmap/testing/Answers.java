package controlmap.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;

/** Reading API answers in tests. */
public final class Answers {

    private Answers() {
    }

    /** (place|source) → actor for every feature of a /api/control answer. */
    public static Map<String, String> actors(JsonNode fc) {
        Map<String, String> out = new HashMap<>();
        for (JsonNode f : fc.path("features")) {
            JsonNode p = f.path("properties");
            out.put(p.path("place").asText() + "|" + p.path("source").asText(), p.path("actor").asText());
        }
        return out;
    }

    /** The feature of {@code fc} about {@code place}, or null. */
    public static JsonNode find(JsonNode fc, String place) {
        for (JsonNode f : fc.path("features")) {
            if (f.path("properties").path("place").asText().equals(place)) {
                return f;
            }
        }
        return null;
    }
}
