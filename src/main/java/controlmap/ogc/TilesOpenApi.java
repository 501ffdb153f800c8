package controlmap.ogc;

import static controlmap.ogc.OgcNames.JSON;
import static controlmap.ogc.OgcNames.TILES_PATH;
import static controlmap.ogc.OgcNames.TILE_MATRIX_SETS_PATH;
import static controlmap.ogc.OpenApiSchemas.query;
import static controlmap.ogc.OpenApiSchemas.type;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import controlmap.http.QueryParams;
import controlmap.tiles.TilesApi;
import controlmap.tiles.WebMercatorQuad;

/** The OpenAPI paths of OGC API - Tiles ({@link TilesetsResource}) and of the tiles themselves ({@link TilesApi}). */
final class TilesOpenApi {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private TilesOpenApi() {
    }

    /** Adds the tiles paths to {@code paths}; {@code serviceUrl} is the root of the service (the tiles are there). */
    static void addPaths(ObjectNode paths, String serviceUrl) {
        String collection = OgcNames.COLLECTIONS_PATH + "/" + TilesetsResource.COLLECTION + TILES_PATH;
        String matrixSet = "/{" + OgcNames.TILE_MATRIX_SET_ID + "}";
        paths.set(TILES_PATH, op("getTileSetsList", "The vector tilesets of the service", true, false));
        paths.set(TILES_PATH + matrixSet, op("getTileSet", "The vector tileset in a tile matrix set: its tile "
                + "URL template (link rel item, templated), limits per zoom and layer", true, true));
        paths.set(collection, op("getControlTileSetsList", "The vector tilesets of the control collection", true,
                false));
        paths.set(collection + matrixSet, op("getControlTileSet", "The control collection's vector tileset in a "
                + "tile matrix set", true, true));
        paths.set(TILE_MATRIX_SETS_PATH, op("getTileMatrixSetsList", "The tile matrix sets the tiles are cut in",
                false, false));
        paths.set(TILE_MATRIX_SETS_PATH + matrixSet, op("getTileMatrixSet", "A tile matrix set's definition (OGC "
                + "Two Dimensional Tile Matrix Set 2.0 JSON)", false, true));
        paths.set(TilesApi.ROOT + "/{tileMatrix}/{tileCol}/{tileRow}.mvt", tile(serviceUrl));
    }

    private static ObjectNode op(String id, String summary, boolean tileParameters, boolean byMatrixSet) {
        ObjectNode op = NODES.objectNode();
        op.put("operationId", id).put("summary", summary);
        op.putArray("tags").add("Tiles");
        ArrayNode params = op.putArray("parameters");
        if (byMatrixSet) {
            params.add(OpenApiSchemas.path(OgcNames.TILE_MATRIX_SET_ID, "The tile matrix set: "
                    + WebMercatorQuad.ID + " (another is a 404)"));
        }
        params.add(query(OgcNames.PARAM_F, "The format of the answer: json only (another value is a 406).",
                OpenApiDocument.enumOf(OgcNames.F_JSON)));
        if (tileParameters) {
            tileParameters(params);
        }
        ObjectNode responses = op.putObject("responses");
        ObjectNode ok = responses.putObject("200").put("description", summary);
        ok.putObject("content").putObject(JSON).set("schema", type("object"));
        responses.putObject("304").put("description", "Not modified: the If-None-Match ETag still holds.");
        OpenApiDocument.error(responses, "400", "A query parameter is unknown, given twice, or has an invalid "
                + "value.");
        OpenApiDocument.error(responses, "404", "No such tile matrix set, or the collection has no tiles.");
        OpenApiDocument.error(responses, "406", "A format other than JSON was asked for.");
        ObjectNode item = NODES.objectNode();
        item.set("get", op);
        return item;
    }

    /** The tile itself: served at the service's root, outside /ogc, so the path names its own server. */
    private static ObjectNode tile(String serviceUrl) {
        ObjectNode item = NODES.objectNode();
        item.putArray("servers").addObject().put("url", serviceUrl);
        ObjectNode op = item.putObject("get");
        op.put("operationId", "getTile").put("summary", "A vector tile of WebMercatorQuad (XYZ: column, then row "
                + "from the top): the control layer of the day as a Mapbox Vector Tile");
        op.putArray("tags").add("Tiles");
        ArrayNode params = op.putArray("parameters");
        params.add(OpenApiSchemas.path("tileMatrix", "The zoom level, 0 to 22"));
        params.add(OpenApiSchemas.path("tileCol", "The column"));
        params.add(OpenApiSchemas.path("tileRow", "The row, from the top"));
        tileParameters(params);
        ObjectNode responses = op.putObject("responses");
        ObjectNode ok = responses.putObject("200").put("description", "The tile (an empty layer when nothing is "
                + "in it)");
        ok.putObject("content").putObject(TilesApi.MVT).set("schema", type("string").put("format", "binary"));
        responses.putObject("304").put("description", "Not modified: the If-None-Match ETag still holds.");
        OpenApiDocument.error(responses, "400", "A tile address out of range, or a query parameter unknown or "
                + "invalid.");
        OpenApiDocument.error(responses, "404", "Not a tile path.");
        return item;
    }

    private static void tileParameters(ArrayNode params) {
        params.add(query(QueryParams.DATE, "The day of the map (YYYY-MM-DD); the data's last day when absent.",
                type("string").put("format", "date")));
        params.add(query(QueryParams.SOURCE, "Only this source's answers (a source id).", type("string")));
        params.add(query(QueryParams.AS_OF, "The map as the sources had told it by this day (YYYY-MM-DD).",
                type("string").put("format", "date")));
    }
}
