package controlmap.ogc;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import controlmap.testing.RunningService;
import java.util.LinkedHashSet;
import java.util.Set;

/** Reading OGC answers in tests: links by relation, feature ids. */
final class OgcAnswers {

    private OgcAnswers() {
    }

    /** The link of {@code doc} with relation {@code rel} (and, when given, type {@code type}); fails when none. */
    static JsonNode link(JsonNode doc, String rel, String type) {
        for (JsonNode l : doc.path("links")) {
            if (l.path("rel").asText().equals(rel) && (type == null || l.path("type").asText().equals(type))) {
                return l;
            }
        }
        throw new AssertionError("no link rel=" + rel + " type=" + type + " in " + doc.path("links"));
    }

    /** The path and query of an absolute link to {@code svc}, to request it. */
    static String local(RunningService svc, JsonNode link) {
        String href = link.path("href").asText();
        String root = svc.uri("").toString();
        assertTrue(href.startsWith(root), "absolute link to this server: " + href);
        return href.substring(root.length());
    }

    /** The ids of the {@code features} (an array of GeoJSON features) whose properties satisfy {@code keep}. */
    static Set<String> idsWhere(JsonNode features, java.util.function.Predicate<JsonNode> keep) {
        Set<String> out = new java.util.TreeSet<>();
        features.forEach(f -> {
            if (keep.test(f.path("properties"))) {
                out.add(f.path("id").asText());
            }
        });
        return out;
    }

    /** The feature ids of a FeatureCollection, in order. */
    static Set<String> ids(JsonNode fc) {
        Set<String> out = new LinkedHashSet<>();
        fc.path("features").forEach(f -> out.add(f.path("id").asText()));
        return out;
    }
}
