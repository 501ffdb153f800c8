package controlmap.tiles;

import static controlmap.http.QueryParams.AS_OF;
import static controlmap.http.QueryParams.DATE;
import static controlmap.http.QueryParams.SOURCE;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import controlmap.http.ApiException;
import controlmap.http.ConditionalGet;
import controlmap.http.PublicBase;
import controlmap.http.QueryParams;
import controlmap.query.Extent;
import controlmap.service.ControlMapService.Snapshot;
import controlmap.service.ControlMapService;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The map as Mapbox Vector Tiles: {@code GET /tiles/{z}/{x}/{y}.mvt?date=&source=&as_of=} (WebMercatorQuad, XYZ
 * rows from the top; {@code date} defaults to the data's last day) and its TileJSON 3.0.0 description at
 * {@code GET /tiles/tiles.json} with the same parameters. A tile's ETag names the interval between two change dates
 * its day falls in, so every day of that interval shares it. A tile without features is a 200 with an MVT of one
 * empty layer (what MapLibre, Leaflet plugins and QGIS read without a special case), not a 204.
 */
public final class TilesApi {

    public static final String ROOT = "/tiles";
    public static final String MVT = "application/vnd.mapbox-vector-tile";
    private static final String SUFFIX = ".mvt";
    public static final int MAX_ZOOM_ADVERTISED = 16;
    public static final String TILE_TEMPLATE = ROOT + "/{z}/{x}/{y}" + SUFFIX;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ControlMapService service;
    private final PublicBase base;

    private TilesApi(ControlMapService service, PublicBase base) {
        this.service = service;
        this.base = base;
    }

    /** Adds the tile routes to {@code config}. */
    public static void register(JavalinConfig config, ControlMapService service, PublicBase base) {
        TilesApi api = new TilesApi(service, base);
        read(config, ROOT + "/tiles.json", api::tileJson);
        read(config, ROOT + "/{z}/{x}/{file}", api::tile);
    }

    private static void read(JavalinConfig config, String path, Handler handler) {
        config.routes.get(path, handler);
        config.routes.head(path, handler);
    }

    /** The day, source and knowledge date a request names. */
    private record Answer(LocalDate date, String source, LocalDate asOf) {
        static Answer of(Context ctx, Snapshot s) {
            QueryParams q = QueryParams.of(ctx, DATE, SOURCE, AS_OF);
            LocalDate date = q.date(DATE);
            Extent e = s.index().extent();
            return new Answer(date != null ? date : e.last(), q.id(SOURCE, s::hasSource), q.date(AS_OF));
        }
    }

    void tile(Context ctx) {
        String file = ctx.pathParam("file");
        if (!file.endsWith(SUFFIX)) {
            throw ApiException.notFound("y", "a tile is {z}/{x}/{y}" + SUFFIX + "; got '" + file + "'");
        }
        TileAddress t = TileAddress.parse(ctx.pathParam("z"), ctx.pathParam("x"),
                file.substring(0, file.length() - SUFFIX.length()));
        Snapshot s = service.snapshot();
        Answer a = Answer.of(ctx, s);
        ctx.header("Access-Control-Allow-Origin", "*");
        // the disputed flag looks at every source, so the interval is that of every source's change dates
        String key = "source=" + a.source() + "&as_of=" + a.asOf() + "&since="
                + (a.date() == null ? null : s.index().changeOnOrBefore(null, a.date()));
        if (ConditionalGet.notModified(ctx, s.dataVersion(), key)) {
            return;
        }
        byte[] body = a.date() == null ? ControlTile.empty() : ControlTile.encode(s, t, a.date(), a.source(), a.asOf());
        ctx.contentType(MVT);
        ctx.result(body);
    }

    void tileJson(Context ctx) {
        Snapshot s = service.snapshot();
        Answer a = Answer.of(ctx, s);
        ctx.header("Access-Control-Allow-Origin", "*");
        if (ConditionalGet.notModified(ctx, s.dataVersion())) {
            return;
        }
        List<String> query = new ArrayList<>();
        if (a.date() != null) {
            query.add("date=" + a.date());
        }
        if (a.source() != null) {
            query.add("source=" + URLEncoder.encode(a.source(), StandardCharsets.UTF_8));
        }
        if (a.asOf() != null) {
            query.add("as_of=" + a.asOf());
        }
        ObjectNode doc = JSON.createObjectNode();
        doc.put("tilejson", "3.0.0");
        doc.put("name", "ControlMap: who held what" + (a.date() == null ? "" : " on " + a.date()));
        doc.put("attribution", "ControlMap; every claim cites its source");
        doc.put("scheme", "xyz");
        doc.putArray("tiles").add(base.of(ctx) + TILE_TEMPLATE
                + (query.isEmpty() ? "" : "?" + String.join("&", query)));
        doc.put("minzoom", 0);
        doc.put("maxzoom", MAX_ZOOM_ADVERTISED);
        var box = s.index().extent().bbox();
        if (box != null && !box.isNull()) {
            doc.putArray("bounds").add(box.getMinX()).add(box.getMinY()).add(box.getMaxX()).add(box.getMaxY());
        }
        ObjectNode layer = doc.putArray("vector_layers").addObject();
        layer.put("id", ControlTile.LAYER);
        layer.put("description", "Per place and source, the claim in force that the as-of rule picks");
        ObjectNode fields = layer.putObject("fields");
        ControlTile.FIELDS.forEach(fields::put);
        ctx.contentType("application/json; charset=utf-8");
        ctx.result(doc.toString());
    }
}
