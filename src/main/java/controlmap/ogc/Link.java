package controlmap.ogc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** A web link as the OGC API writes it ({@code href}, {@code rel}, {@code type}, {@code title}). */
public record Link(String href, String rel, String type, String title) {

    /** Adds this link to {@code links} as an object; {@code title} only when not null. */
    public void addTo(ArrayNode links) {
        ObjectNode o = links.addObject();
        o.put("href", href);
        o.put("rel", rel);
        o.put("type", type);
        if (title != null) {
            o.put("title", title);
        }
    }

    /** Adds every link of {@code links} to the array {@code field} of {@code node}. */
    public static void addAll(ObjectNode node, String field, List<Link> links) {
        ArrayNode array = node.putArray(field);
        links.forEach(l -> l.addTo(array));
    }

    /** The links of a JSON array of link objects. */
    public static List<Link> from(JsonNode array) {
        List<Link> out = new ArrayList<>();
        for (JsonNode l : array) {
            out.add(new Link(l.path("href").asText(), l.path("rel").asText(), l.path("type").asText(),
                    l.hasNonNull("title") ? l.path("title").asText() : null));
        }
        return out;
    }

    /** The first link of {@code links} with relation {@code rel} and a type starting with {@code typePrefix}, or null. */
    public static String href(List<Link> links, String rel, String typePrefix) {
        return links.stream().filter(l -> l.rel().equals(rel) && l.type().startsWith(typePrefix))
                .map(Link::href).findFirst().orElse(null);
    }
}
