package controlmap.geo;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;

/**
 * The {@code crs} member some GeoJSON writers still add (GeoJSON 2008; RFC 7946 dropped it). Lon/lat on WGS 84 is
 * the only system ControlMap keeps, so a {@code crs} is accepted only when it names that system (CRS84, or EPSG:4326
 * which GeoJSON writers use for the same lon/lat order); anything else would put shapes in the wrong place silently.
 */
final class Crs {

    /** The names of lon/lat WGS 84 that writers use. */
    static final Set<String> ACCEPTED = Set.of(
            "urn:ogc:def:crs:OGC:1.3:CRS84", "urn:ogc:def:crs:OGC::CRS84", "CRS84", "OGC:CRS84",
            "http://www.opengis.net/def/crs/OGC/1.3/CRS84", "https://www.opengis.net/def/crs/OGC/1.3/CRS84",
            "EPSG:4326", "urn:ogc:def:crs:EPSG::4326", "urn:ogc:def:crs:EPSG:6.6:4326",
            "http://www.opengis.net/def/crs/EPSG/0/4326", "https://www.opengis.net/def/crs/EPSG/0/4326");

    private Crs() {
    }

    /**
     * Accepts a GeoJSON object (FeatureCollection, Feature or geometry) at {@code path} whose {@code crs} is absent,
     * null, or a named CRS in {@link #ACCEPTED}.
     *
     * @throws InvalidInputException INVALID at {@code path.crs} otherwise
     */
    static void check(JsonNode container, String path) {
        JsonNode crs = container.get("crs");
        if (crs == null || crs.isNull()) {
            return;
        }
        String field = JsonFields.child(path, "crs");
        JsonNode name = crs.path("properties").path("name");
        if (!crs.path("type").asText("").equals("name") || !name.isTextual()) {
            throw InvalidInputException.invalid(field, "must be a named CRS for lon/lat WGS 84 (CRS84 or EPSG:4326), "
                    + "or left out as RFC 7946 says");
        }
        if (!ACCEPTED.contains(name.textValue())) {
            throw InvalidInputException.invalid(field, "names '" + JsonFields.clip(name.textValue())
                    + "'; only lon/lat WGS 84 (urn:ogc:def:crs:OGC:1.3:CRS84 or EPSG:4326) is accepted");
        }
    }
}
