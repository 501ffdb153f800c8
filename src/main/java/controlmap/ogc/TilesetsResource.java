package controlmap.ogc;

import static controlmap.ogc.OgcNames.JSON;
import static controlmap.ogc.OgcNames.TILES_PATH;
import static controlmap.ogc.OgcNames.TILE_MATRIX_SETS_PATH;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import controlmap.http.ConditionalGet;
import controlmap.http.PublicBase;
import controlmap.http.QueryParams;
import controlmap.tiles.ControlTile;
import controlmap.tiles.TilesApi;
import controlmap.tiles.WebMercatorQuad;
import controlmap.service.ControlMapService;
import controlmap.service.ControlMapService.Snapshot;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;

/**
 * OGC API - Tiles Part 1 over the vector tiles of {@link TilesApi}: the tilesets list and the WebMercatorQuad tileset
 * of the service ({@code /ogc/tiles}) and of the {@code control} collection ({@code /ogc/collections/control/tiles}),
 * and the tile matrix sets ({@code /ogc/tileMatrixSets}). The tileset's {@code item} link is the URL template of the
 * tiles; the tileset resources take the tiles' own {@code date}, {@code source} and {@code as_of} and carry them into
 * it. JSON only.
 */
final class TilesetsResource {

    /** The collection whose features the tiles hold. */
    static final String COLLECTION = "control";
    private static final String TITLE = "Control on a day, as Mapbox Vector Tiles";

    private final ControlMapService service;
    private final PublicBase base;

    TilesetsResource(ControlMapService service, PublicBase base) {
        this.service = service;
        this.base = base;
    }

    /** The parameters of a tileset resource: the tiles' day, source and knowledge date. */
    private record Request(Snapshot snapshot, Map<String, String> tileQuery) {
        static Request of(Context ctx, Snapshot s, boolean tileParameters) {
            onlyJson(ctx);
            QueryParams q = tileParameters
                    ? QueryParams.of(ctx, OgcNames.PARAM_F, QueryParams.DATE, QueryParams.SOURCE, QueryParams.AS_OF)
                    : QueryParams.of(ctx, OgcNames.PARAM_F);
            Map<String, String> query = new LinkedHashMap<>();
            if (tileParameters) {
                LocalDate date = q.date(QueryParams.DATE);
                String source = q.id(QueryParams.SOURCE, s::hasSource);
                LocalDate asOf = q.date(QueryParams.AS_OF);
                put(query, QueryParams.DATE, date);
                put(query, QueryParams.SOURCE, source);
                put(query, QueryParams.AS_OF, asOf);
            }
            return new Request(s, query);
        }

        private static void put(Map<String, String> query, String name, Object value) {
            if (value != null) {
                query.put(name, value.toString());
            }
        }

        String query() {
            List<String> pairs = new ArrayList<>();
            tileQuery.forEach((k, v) -> pairs.add(k + "=" + Urls.encode(v)));
            return pairs.isEmpty() ? "" : "?" + String.join("&", pairs);
        }
    }

    private static void onlyJson(Context ctx) {
        String f = ctx.queryParam(OgcNames.PARAM_F);
        if (f != null && !f.equals(OgcNames.F_JSON)) {
            throw OgcErrors.notAcceptable("The tiles resources are offered as JSON only (f=json); got f=" + f);
        }
    }

    /** {@code GET /ogc/tiles} and {@code GET /ogc/collections/control/tiles}. */
    void tilesets(Context ctx) {
        String root = tilesRoot(ctx);
        Request r = Request.of(ctx, service.snapshot(), true);
        if (ConditionalGet.notModified(ctx, r.snapshot().dataVersion())) {
            return;
        }
        String ogc = base.of(ctx) + OgcNames.ROOT;
        ObjectNode doc = Responses.MAPPER.createObjectNode();
        ArrayNode links = doc.putArray("links");
        link(links, ogc + root + r.query(), OgcNames.REL_SELF, JSON, "The tilesets");
        describe(doc.putArray("tilesets").addObject(), ogc + root, r);
        Responses.json(ctx, JSON, doc);
    }

    /** {@code GET /ogc/tiles/WebMercatorQuad} and {@code GET /ogc/collections/control/tiles/WebMercatorQuad}. */
    void tileset(Context ctx) {
        String root = tilesRoot(ctx);
        matrixSet(ctx);
        Request r = Request.of(ctx, service.snapshot(), true);
        if (ConditionalGet.notModified(ctx, r.snapshot().dataVersion())) {
            return;
        }
        String ogc = base.of(ctx) + OgcNames.ROOT;
        ObjectNode doc = Responses.MAPPER.createObjectNode();
        ArrayNode links = describe(doc, ogc + root, r);
        doc.put("description", "Per place and source, the claim in force on the day that the as-of rule picks "
                + "(the features of the control collection), clipped to each tile. date defaults to the data's last "
                + "day; source and as_of as in /api/control.");
        ObjectNode item = links.addObject();
        item.put("href", base.of(ctx) + TilesApi.TILE_TEMPLATE.replace("{z}", "{tileMatrix}")
                .replace("{x}", "{tileCol}").replace("{y}", "{tileRow}") + r.query());
        item.put("rel", OgcNames.REL_ITEM);
        item.put("type", TilesApi.MVT);
        item.put("templated", true);
        item.put("title", "A tile (Mapbox Vector Tile)");
        Envelope box = r.snapshot().index().extent().bbox();
        if (box != null && !box.isNull()) {
            ObjectNode bb = doc.putObject("boundingBox");
            bb.putArray("lowerLeft").add(box.getMinX()).add(box.getMinY());
            bb.putArray("upperRight").add(box.getMaxX()).add(box.getMaxY());
            bb.put("crs", OgcNames.CRS84);
            ArrayNode limits = doc.putArray("tileMatrixSetLimits");
            for (WebMercatorQuad.Limits l : WebMercatorQuad.limits(box, TilesApi.MAX_ZOOM_ADVERTISED)) {
                limits.addObject().put("tileMatrix", Integer.toString(l.zoom()))
                        .put("minTileRow", l.minRow()).put("maxTileRow", l.maxRow())
                        .put("minTileCol", l.minCol()).put("maxTileCol", l.maxCol());
            }
        }
        ObjectNode layer = doc.putArray("layers").addObject();
        layer.put("id", ControlTile.LAYER);
        layer.put("title", "Control");
        layer.put("dataType", "vector");
        layer.put("geometryDimension", 2);
        layer.put("minTileMatrix", "0").put("maxTileMatrix", Integer.toString(TilesApi.MAX_ZOOM_ADVERTISED));
        ObjectNode props = layer.putObject("propertiesSchema").put("type", "object").putObject("properties");
        ControlTile.FIELDS.forEach((name, meaning) -> props.putObject(name)
                .put("type", meaning.startsWith("Boolean") ? "boolean" : "string")
                .put("description", meaning.substring(meaning.indexOf(':') + 1).trim()));
        Responses.json(ctx, JSON, doc);
    }

    /** What the tilesets list and the tileset say alike of the tileset: title, type, CRS and its two links. */
    private static ArrayNode describe(ObjectNode tileset, String tilesUrl, Request r) {
        tileset.put("title", TITLE);
        tileset.put("dataType", "vector");
        tileset.put("crs", WebMercatorQuad.CRS);
        tileset.put("tileMatrixSetURI", WebMercatorQuad.URI);
        ArrayNode links = tileset.putArray("links");
        link(links, tilesUrl + "/" + WebMercatorQuad.ID + r.query(), OgcNames.REL_SELF, JSON, "The tileset");
        link(links, tilesUrl.substring(0, tilesUrl.indexOf(OgcNames.ROOT) + OgcNames.ROOT.length())
                + TILE_MATRIX_SETS_PATH + "/" + WebMercatorQuad.ID, OgcNames.REL_TILING_SCHEME, JSON,
                "The tile matrix set");
        return links;
    }

    /** {@code GET /ogc/tileMatrixSets}. */
    void tileMatrixSets(Context ctx) {
        Request.of(ctx, service.snapshot(), false);
        String ogc = base.of(ctx) + OgcNames.ROOT;
        ObjectNode doc = Responses.MAPPER.createObjectNode();
        link(doc.putArray("links"), ogc + TILE_MATRIX_SETS_PATH, OgcNames.REL_SELF, JSON, "The tile matrix sets");
        ObjectNode set = doc.putArray("tileMatrixSets").addObject();
        set.put("id", WebMercatorQuad.ID).put("title", "Google Maps Compatible for the World")
                .put("uri", WebMercatorQuad.URI).put("crs", WebMercatorQuad.CRS);
        link(set.putArray("links"), ogc + TILE_MATRIX_SETS_PATH + "/" + WebMercatorQuad.ID,
                OgcNames.REL_TILING_SCHEME, JSON, "The definition");
        Responses.json(ctx, JSON, doc);
    }

    /** {@code GET /ogc/tileMatrixSets/WebMercatorQuad}. */
    void tileMatrixSet(Context ctx) {
        matrixSet(ctx);
        Request.of(ctx, service.snapshot(), false);
        ObjectNode doc = WebMercatorQuad.definition();
        link(doc.putArray("links"), base.of(ctx) + OgcNames.ROOT + TILE_MATRIX_SETS_PATH + "/" + WebMercatorQuad.ID,
                OgcNames.REL_SELF, JSON, "This tile matrix set");
        Responses.json(ctx, JSON, doc);
    }

    /** The path of the tilesets a request is about: the service's, or the control collection's (404 for another). */
    private static String tilesRoot(Context ctx) {
        String collection = ctx.pathParamMap().get(OgcNames.COLLECTION_ID);
        if (collection == null) {
            return TILES_PATH;
        }
        if (!collection.equals(COLLECTION)) {
            throw OgcErrors.notFound(OgcNames.COLLECTION_ID, "A tileset of collection '" + collection
                    + "' (the vector tiles are those of '" + COLLECTION + "')");
        }
        return OgcNames.COLLECTIONS_PATH + "/" + COLLECTION + TILES_PATH;
    }

    private static void matrixSet(Context ctx) {
        String id = ctx.pathParam(OgcNames.TILE_MATRIX_SET_ID);
        if (!id.equals(WebMercatorQuad.ID)) {
            throw OgcErrors.notFound(OgcNames.TILE_MATRIX_SET_ID, "Tile matrix set '" + id + "' (the tiles are cut "
                    + "in " + WebMercatorQuad.ID + ")");
        }
    }

    private static void link(ArrayNode links, String href, String rel, String type, String title) {
        new Link(href, rel, type, title).addTo(links);
    }
}
