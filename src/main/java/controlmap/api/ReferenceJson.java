package controlmap.api;

import com.fasterxml.jackson.core.JsonGenerator;
import controlmap.domain.Actor;
import controlmap.domain.Source;
import java.io.IOException;

/** The wire form of sources and actors, written the same by the list and the single-item endpoints. */
public final class ReferenceJson {

    private ReferenceJson() {
    }

    public static void source(JsonGenerator out, Source src) throws IOException {
        out.writeStartObject();
        out.writeStringField("id", src.id());
        out.writeStringField("name", src.name());
        out.writeStringField("name_ar", src.nameAr());
        out.writeStringField("kind", src.kind());
        out.writeStringField("url", src.url());
        out.writeStringField("outlet", src.outlet());
        out.writeStringField("affiliation", src.affiliation());
        out.writeStringField("description", src.description());
        out.writeEndObject();
    }

    public static void actor(JsonGenerator out, Actor a) throws IOException {
        out.writeStartObject();
        out.writeStringField("id", a.id());
        out.writeStringField("name", a.name());
        out.writeStringField("name_ar", a.nameAr());
        out.writeStringField("color", a.color());
        out.writeStringField("description", a.description());
        out.writeStringField("negates", a.negates());
        out.writeEndObject();
    }
}
