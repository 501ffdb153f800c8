package controlmap.tiles;

import static controlmap.http.QueryParams.AS_OF;
import static controlmap.http.QueryParams.SOURCE;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import controlmap.http.ApiException;
import controlmap.http.ConditionalGet;
import controlmap.http.QueryParams;
import controlmap.query.Extent;
import controlmap.service.ControlMapService;
import controlmap.service.ControlMapService.Snapshot;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.time.LocalDate;

/**
 * The map page's tiles of a large archive: {@code GET /api/map/{z}/{x}/{y}.json?source=&compare=&as_of=&year=}
 * (see {@link MapTile}). A tile holds every day of its year (or of the data, without {@code year}), so its ETag (and
 * the copy kept here, 64 MiB at most, least recently used out first) only changes with the data.
 */
public final class MapTilesApi {

    public static final String PATH = "/api/map";
    public static final String COMPARE = "compare";
    public static final String YEAR = "year";
    private static final String SUFFIX = ".json";
    /** The zoom levels the page asks tiles for: its map's range. */
    public static final int MIN_ZOOM = 3;
    public static final int MAX_ZOOM = 14;

    private final ControlMapService service;
    private final Cache<String, byte[]> made = Caffeine.newBuilder().maximumWeight(64L << 20)
            .weigher((String k, byte[] v) -> v.length + k.length()).build();

    private MapTilesApi(ControlMapService service) {
        this.service = service;
    }

    /** Adds the route to {@code config}. */
    public static void register(JavalinConfig config, ControlMapService service) {
        MapTilesApi api = new MapTilesApi(service);
        config.routes.get(PATH + "/{z}/{x}/{file}", api::tile);
    }

    void tile(Context ctx) {
        String file = ctx.pathParam("file");
        if (!file.endsWith(SUFFIX)) {
            throw ApiException.notFound("y", "a map tile is {z}/{x}/{y}" + SUFFIX + "; got '" + file + "'");
        }
        TileAddress t = TileAddress.parse(ctx.pathParam("z"), ctx.pathParam("x"),
                file.substring(0, file.length() - SUFFIX.length()));
        if (t.z() < MIN_ZOOM || t.z() > MAX_ZOOM) {
            throw ApiException.badParameter("z", "must be from " + MIN_ZOOM + " to " + MAX_ZOOM + "; got " + t.z());
        }
        Snapshot s = service.snapshot();
        QueryParams q = QueryParams.of(ctx, SOURCE, COMPARE, AS_OF, YEAR);
        String source = q.id(SOURCE, s::hasSource);
        String compare = q.id(COMPARE, s::hasSource);
        if (compare != null && source == null) {
            throw ApiException.badParameter(COMPARE, "needs a source to compare with");
        }
        LocalDate asOf = q.date(AS_OF);
        Integer year = year(q.text(YEAR));
        String key = t + "|" + source + "|" + compare + "|" + asOf + "|" + year;
        if (ConditionalGet.notModified(ctx, s.dataVersion(), key)) {
            return;
        }
        byte[] body = made.get(s.dataVersion() + "|" + key, k -> {
            Extent e = s.index().extent();
            LocalDate first = e.first();
            LocalDate last = e.last();
            if (year != null && first != null) {
                first = first.getYear() >= year ? first : LocalDate.of(year, 1, 1);
                last = last.getYear() <= year ? last : LocalDate.of(year, 12, 31);
            }
            boolean none = first == null || first.isAfter(last);
            return MapTile.json(s.index(), t, new PlaceLooks(s.index(), source, compare, asOf, false),
                    none ? null : first, none ? null : last);
        });
        ctx.contentType("application/json");
        ctx.result(body);
    }

    /** The calendar year a tile is limited to, or null for every day of the data. */
    private static Integer year(String text) {
        if (text == null) {
            return null;
        }
        if (!text.matches("[0-9]{4}")) {
            throw ApiException.badParameter(YEAR, "must be a year of four digits, such as 2017; got '" + text + "'");
        }
        return Integer.valueOf(text);
    }
}
