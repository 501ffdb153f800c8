package controlmap.ogc;

import static controlmap.ogc.OpenApiSchemas.nullable;
import static controlmap.ogc.OpenApiSchemas.type;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** The JSON schema of a claim's properties (as {@link controlmap.geo.FeatureCodec} writes them). */
final class ClaimSchema {

    private ClaimSchema() {
    }

    static ObjectNode properties() {
        return OpenApiSchemas.object(List.of("id", "source", "place", "actor", "valid_from", "reported_on", "basis",
                        "stance", "extent", "quote"),
                "id", type("string"), "source", type("string"), "place", type("string"), "actor", type("string"),
                "valid_from", nullable("string", "date").put("description",
                        "first day in force; null when the source did not say since when (in force since before"
                        + " every day)"),
                "valid_to", nullable("string", "date"),
                "date_precision", oneOf("day", "month", "approximate").put("nullable", true)
                        .put("description", "how exactly valid_from is dated; null when valid_from is null"),
                "reported_on", type("string").put("format", "date"),
                "reported_on_precision", oneOf("day", "month", "approximate"),
                "basis", oneOf("explicit", "blanket"),
                "stance", oneOf("control", "presence").put("description",
                        "control: the actor holds the place; presence: the source says the actor is present there"
                        + " (positions, pockets, cells), which is not control"),
                "extent", oneOf("whole", "part").put("description",
                        "whole: the place; part: part of it (\"parts of\", \"areas in\", \"8 per cent of\")"),
                "quote", type("string"), "url", nullable("string", null),
                "article", type("string"), "article_ref", nullable("string", null),
                "speaker", nullable("string", null), "note", nullable("string", null),
                "publisher", nullable("string", null).put("description", "the outlet that published the article"),
                "published_on", nullable("string", "date"),
                "own_geometry", type("boolean"), "version", type("integer"), "recorded", type("integer"),
                "recorded_at", nullable("string", "date-time"), "editor", nullable("string", null),
                "retracted", type("boolean"));
    }

    private static ObjectNode oneOf(String... values) {
        ObjectNode s = type("string");
        var e = s.putArray("enum");
        for (String v : values) {
            e.add(v);
        }
        return s;
    }
}
