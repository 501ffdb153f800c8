package controlmap.api.ogc;

import static controlmap.api.ogc.OpenApiSchemas.nullable;
import static controlmap.api.ogc.OpenApiSchemas.type;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** The JSON schema of a claim's properties (as {@link controlmap.geo.FeatureCodec} writes them). */
final class ClaimSchema {

    private ClaimSchema() {
    }

    static ObjectNode properties() {
        return OpenApiSchemas.object(List.of("id", "source", "place", "actor", "valid_from", "reported_on", "basis",
                        "quote"),
                "id", type("string"), "source", type("string"), "place", type("string"), "actor", type("string"),
                "valid_from", type("string").put("format", "date"), "valid_to", nullable("string", "date"),
                "date_precision", oneOf("day", "month", "approximate"),
                "reported_on", type("string").put("format", "date"),
                "reported_on_precision", oneOf("day", "month", "approximate"),
                "basis", oneOf("explicit", "blanket"), "quote", type("string"), "url", nullable("string", null),
                "article", type("string"), "article_ref", nullable("string", null),
                "speaker", nullable("string", null), "note", nullable("string", null),
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
