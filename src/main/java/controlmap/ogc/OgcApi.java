package controlmap.ogc;

import static controlmap.ogc.OgcNames.API_PATH;
import static controlmap.ogc.OgcNames.COLLECTIONS_PATH;
import static controlmap.ogc.OgcNames.COLLECTION_ID;
import static controlmap.ogc.OgcNames.CONFORMANCE_PATH;
import static controlmap.ogc.OgcNames.FEATURE_ID;
import static controlmap.ogc.OgcNames.ITEMS_PATH;
import static controlmap.ogc.OgcNames.ROOT;

import controlmap.http.Cors;
import controlmap.http.PublicBase;
import controlmap.service.ControlMapService;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;

/**
 * OGC API - Features Part 1 (Core, GeoJSON, HTML, OpenAPI 3.0) rooted at {@link OgcNames#ROOT}: the places, the
 * claims and the control of a day as collections; Part 3 (filters); OGC API - Tiles over the vector tiles. {@link #register} is the one call that wires it into the app.
 */
public final class OgcApi {

    private OgcApi() {
    }

    /**
     * Adds the OGC routes to {@code config}; their errors become the standard's exception documents, their links are
     * rooted at {@code base}.
     */
    public static void register(JavalinConfig config, ControlMapService service, PublicBase base) {
        Catalog catalog = Catalog.standard();
        LandingResource landing = new LandingResource(service, base);
        CollectionsResource collections = new CollectionsResource(service, catalog, base);
        ItemsResource items = new ItemsResource(service, catalog, base);
        ApiResource api = new ApiResource(service, catalog, base);
        QueryablesResource queryables = new QueryablesResource(service, catalog, base);
        TilesetsResource tiles = new TilesetsResource(service, base);
        config.routes.before(ROOT, OgcApi::prepare);
        config.routes.before(ROOT + "/*", OgcApi::prepare);
        config.routes.options(ROOT, Cors::preflight);
        config.routes.options(ROOT + "/*", Cors::preflight);
        read(config, ROOT, landing::landing);
        read(config, ROOT + CONFORMANCE_PATH, landing::conformance);
        read(config, ROOT + API_PATH, api::api);
        read(config, ROOT + COLLECTIONS_PATH, collections::collections);
        String collection = ROOT + COLLECTIONS_PATH + "/{" + COLLECTION_ID + "}";
        read(config, collection, collections::collection);
        read(config, collection + ITEMS_PATH, items::items);
        read(config, collection + OgcNames.QUERYABLES_PATH, queryables::queryables);
        read(config, collection + OgcNames.SCHEMA_PATH, queryables::schema);
        read(config, collection + ITEMS_PATH + "/{" + FEATURE_ID + "}", items::item);
        String matrixSet = "/{" + OgcNames.TILE_MATRIX_SET_ID + "}";
        for (String tilesets : new String[] {ROOT + OgcNames.TILES_PATH, collection + OgcNames.TILES_PATH}) {
            read(config, tilesets, tiles::tilesets);
            read(config, tilesets + matrixSet, tiles::tileset);
        }
        read(config, ROOT + OgcNames.TILE_MATRIX_SETS_PATH, tiles::tileMatrixSets);
        read(config, ROOT + OgcNames.TILE_MATRIX_SETS_PATH + matrixSet, tiles::tileMatrixSet);
    }

    /** GET, and HEAD (HTTP/1.1 servers support both): the same answer, Jetty leaves out the body for HEAD. */
    private static void read(JavalinConfig config, String path, Handler handler) {
        config.routes.get(path, handler);
        config.routes.head(path, handler);
    }

    /** Every OGC request: its errors in the OGC form, and open to any origin (reads only). */
    private static void prepare(Context ctx) {
        OgcErrors.claim(ctx);
        Cors.open(ctx, "ETag, Content-Crs");
    }
}
