package controlmap.ogc;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The collections the OGC API serves, by id, in the order they are listed. */
final class Catalog {

    private final Map<String, OgcCollection> byId = new LinkedHashMap<>();

    Catalog(List<OgcCollection> collections) {
        collections.forEach(c -> byId.put(c.id(), c));
    }

    static Catalog standard() {
        return new Catalog(List.of(new PlacesCollection(), new ClaimsCollection(), new ControlCollection()));
    }

    List<OgcCollection> all() {
        return List.copyOf(byId.values());
    }

    /**
     * The collection {@code id}.
     *
     * @throws controlmap.http.ApiException 404 when there is none
     */
    OgcCollection get(String id) {
        OgcCollection c = byId.get(id);
        if (c == null) {
            throw OgcErrors.notFound(OgcNames.COLLECTION_ID, "Collection '" + id + "'");
        }
        return c;
    }
}
