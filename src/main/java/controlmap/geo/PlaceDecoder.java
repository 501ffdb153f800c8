package controlmap.geo;

import com.fasterxml.jackson.databind.JsonNode;
import controlmap.domain.Place;
import java.util.Set;

/**
 * Reads places from untrusted GeoJSON: a Feature with an id, a {@code name}, optional {@code name_ar}, {@code kind},
 * {@code geometry_quality} ({@code approximate} or {@code surveyed}) and {@code note}, and a valid Polygon or
 * MultiPolygon. Refusals are {@link InvalidInputException}s naming the field, as for claims.
 */
public final class PlaceDecoder {

    public static final Set<String> PROPERTIES = Set.of("id", "name", "name_ar", "kind", "geometry_quality", "note");
    public static final Set<String> QUALITIES = Set.of("approximate", "surveyed");

    private PlaceDecoder() {
    }

    /** Parses a request body: one place Feature or a FeatureCollection of at most {@link InputLimits#MAX_FEATURES}. */
    public static Decoded<Place> decode(byte[] body) {
        return places(StrictJson.parse(body), InputLimits.MAX_FEATURES);
    }

    public static Decoded<Place> places(JsonNode root, int maxFeatures) {
        return Features.batch(root, maxFeatures, PlaceDecoder::place, Place::id);
    }

    /** Reads the place Feature at {@code path}; its id is required. */
    public static Place place(JsonNode node, String path) {
        return place(node, path, null);
    }

    /**
     * Parses a request body holding one place Feature that replaces place {@code id}: its id may be left out; when
     * given it must be {@code id}.
     */
    public static Place replacement(byte[] body, String id) {
        return place(StrictJson.parse(body), "", id);
    }

    private static Place place(JsonNode node, String path, String expectedId) {
        JsonFields f = Features.feature(node, path);
        JsonFields p = Features.properties(f);
        p.onlyKnown(PROPERTIES, Set.of());
        String id = Features.id(f, p, InputLimits.MAX_ID_CHARS, expectedId == null);
        if (id == null) {
            id = expectedId;
        } else if (expectedId != null && !expectedId.equals(id)) {
            throw InvalidInputException.invalid(f.field("id"), "'" + id + "' differs from the place in the path, '"
                    + expectedId + "'");
        }
        String quality = p.text("geometry_quality", InputLimits.MAX_TEXT_CHARS);
        if (quality != null && !QUALITIES.contains(quality)) {
            throw InvalidInputException.invalid(p.field("geometry_quality"), "must be approximate or surveyed; got '"
                    + JsonFields.clip(quality) + "'");
        }
        JsonNode g = f.get("geometry");
        if (g == null) {
            throw InvalidInputException.invalid(f.field("geometry"), "is required: a place's Polygon or MultiPolygon");
        }
        return new Place(id, p.requiredText("name", InputLimits.MAX_TEXT_CHARS),
                p.text("name_ar", InputLimits.MAX_TEXT_CHARS), p.text("kind", InputLimits.MAX_TEXT_CHARS), quality,
                p.text("note", InputLimits.MAX_NOTE_CHARS), GeoJsonPolygonReader.read(g, f.field("geometry")));
    }
}
