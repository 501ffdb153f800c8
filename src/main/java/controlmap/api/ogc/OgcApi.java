package controlmap.api.ogc;

import static controlmap.api.ogc.OgcNames.API_PATH;
import static controlmap.api.ogc.OgcNames.COLLECTIONS_PATH;
import static controlmap.api.ogc.OgcNames.COLLECTION_ID;
import static controlmap.api.ogc.OgcNames.CONFORMANCE_PATH;
import static controlmap.api.ogc.OgcNames.FEATURE_ID;
import static controlmap.api.ogc.OgcNames.ITEMS_PATH;
import static controlmap.api.ogc.OgcNames.ROOT;

import controlmap.service.ControlMapService;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;

/**
 * OGC API - Features Part 1 (Core, GeoJSON, HTML, OpenAPI 3.0) rooted at {@link OgcNames#ROOT}: the places and the
 * claims as two collections. {@link #register} is the one call that wires it into the app.
 */
public final class OgcApi {

    private OgcApi() {
    }

    /** Adds the OGC routes to {@code config}; their errors become the standard's exception documents. */
    public static void register(JavalinConfig config, ControlMapService service) {
        Catalog catalog = Catalog.standard();
        LandingResource landing = new LandingResource(service);
        CollectionsResource collections = new CollectionsResource(service, catalog);
        ItemsResource items = new ItemsResource(service, catalog);
        ApiResource api = new ApiResource(service, catalog);
        config.routes.before(ROOT, OgcApi::prepare);
        config.routes.before(ROOT + "/*", OgcApi::prepare);
        config.routes.get(ROOT, landing::landing);
        config.routes.get(ROOT + CONFORMANCE_PATH, landing::conformance);
        config.routes.get(ROOT + API_PATH, api::api);
        config.routes.get(ROOT + COLLECTIONS_PATH, collections::collections);
        String collection = ROOT + COLLECTIONS_PATH + "/{" + COLLECTION_ID + "}";
        config.routes.get(collection, collections::collection);
        config.routes.get(collection + ITEMS_PATH, items::items);
        config.routes.get(collection + ITEMS_PATH + "/{" + FEATURE_ID + "}", items::item);
    }

    /** Every OGC request: its errors in the OGC form, and open to any origin (reads only). */
    private static void prepare(Context ctx) {
        OgcErrors.claim(ctx);
        ctx.header("Access-Control-Allow-Origin", "*");
        ctx.header("Access-Control-Expose-Headers", "ETag, Content-Crs");
    }
}
