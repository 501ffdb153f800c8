package controlmap.ogc;

import static controlmap.ogc.OpenApiSchemas.nullable;
import static controlmap.ogc.OpenApiSchemas.type;

import com.fasterxml.jackson.databind.node.ObjectNode;
import controlmap.wire.ClaimFields;
import java.util.ArrayList;
import java.util.List;

/** The JSON schema of a claim's properties: every field of {@link ClaimFields#ALL}, typed as the table types it. */
final class ClaimSchema {

    /** The members every claim has (valid_from among them, null when the source did not say since when). */
    private static final List<String> REQUIRED = List.of(ClaimFields.ID, ClaimFields.SOURCE, ClaimFields.PLACE,
            ClaimFields.ACTOR, ClaimFields.VALID_FROM, ClaimFields.REPORTED_ON, ClaimFields.BASIS, ClaimFields.STANCE,
            ClaimFields.EXTENT, ClaimFields.QUOTE);

    private ClaimSchema() {
    }

    static ObjectNode properties() {
        List<Object> nameAndSchema = new ArrayList<>();
        for (ClaimFields.Field f : ClaimFields.ALL) {
            nameAndSchema.add(f.name());
            nameAndSchema.add(schema(f));
        }
        return OpenApiSchemas.object(REQUIRED, nameAndSchema.toArray());
    }

    private static ObjectNode schema(ClaimFields.Field f) {
        String type = switch (f.type()) {
            case BOOLEAN -> "boolean";
            case INTEGER -> "integer";
            default -> "string";
        };
        String format = switch (f.type()) {
            case DATE -> "date";
            case DATE_TIME -> "date-time";
            default -> null;
        };
        ObjectNode s = f.nullable() ? nullable(type, format) : type(type);
        if (!f.nullable() && format != null) {
            s.put("format", format);
        }
        if (!f.choices().isEmpty()) {
            f.choices().forEach(s.putArray("enum")::add);
        }
        if (f.description() != null) {
            s.put("description", f.description());
        }
        return s;
    }
}
