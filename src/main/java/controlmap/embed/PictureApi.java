package controlmap.embed;

import controlmap.http.ApiException;
import controlmap.http.ConditionalGet;
import controlmap.http.QueryParams;
import controlmap.render.SnapshotCache;
import controlmap.render.PictureRenderer;
import controlmap.render.PictureSpec;
import controlmap.service.ControlMapService.Snapshot;
import controlmap.service.ControlMapService;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * {@code GET /api/snapshot.png?date=&source=[&compare=][&as_of=][&lat=&lng=&z=][&width=&height=][&format=svg]}: the view
 * drawn on the server (see {@link PictureRenderer}), around the map page's centre and zoom when given, else the whole
 * country, 1200 × 630 by default, as PNG or, with {@code format=svg}, the same drawing as SVG. Pictures are kept by (view, size, data version) in a bounded
 * LRU and carry an ETag, so a social network asking again costs nothing.
 */
final class PictureApi {

    static final String COMPARE = "compare";
    static final String WIDTH = "width";
    static final String HEIGHT = "height";
    static final String FORMAT = "format";
    /** The language of the picture's words: en (default) or ar, as the embed's. */
    static final String LANG = "lang";
    /** At most this many pictures drawn at once: each holds width × height × 4 bytes while being drawn. */
    static final int CONCURRENT_RENDERS = 2;
    /**
     * At most this many more wait for a turn. A crowd asking for pictures of many days (social cards of a shared
     * link) would otherwise queue without end, each waiting request holding a server thread until its client gave
     * up; beyond the bound a request is answered 503 at once, and pictures already drawn are still served.
     */
    static final int WAITING_RENDERS = 6;
    /** The longest a request waits for its turn before it, too, gets 503: less than a social network's timeout. */
    static final long MAX_WAIT_SECONDS = 8;
    /** What a refused request is told to wait before asking again. */
    static final String RETRY_AFTER_SECONDS = "5";

    private final ControlMapService service;
    private final PictureRenderer renderer;
    private final SnapshotCache cache;
    private final Semaphore rendering = new Semaphore(CONCURRENT_RENDERS);
    private final Semaphore admitted = new Semaphore(CONCURRENT_RENDERS + WAITING_RENDERS);

    PictureApi(ControlMapService service, PictureRenderer renderer, SnapshotCache cache) {
        this.service = service;
        this.renderer = renderer;
        this.cache = cache;
    }

    void png(Context ctx) {
        QueryParams q = QueryParams.of(ctx, QueryParams.DATE, QueryParams.SOURCE, COMPARE, QueryParams.AS_OF, WIDTH, HEIGHT,
                FORMAT, ViewState.LAT, ViewState.LNG, ViewState.Z, LANG);
        Snapshot s = service.snapshot();
        LocalDate date = q.requiredDate(QueryParams.DATE);
        String source = q.id(QueryParams.SOURCE, s::hasSource);
        String compare = q.id(COMPARE, s::hasSource);
        LocalDate asOf = q.date(QueryParams.AS_OF);
        int width = size(q, WIDTH, PictureSpec.DEFAULT_WIDTH, PictureSpec.MIN_WIDTH, PictureSpec.MAX_WIDTH);
        int height = size(q, HEIGHT, PictureSpec.DEFAULT_HEIGHT, PictureSpec.MIN_HEIGHT, PictureSpec.MAX_HEIGHT);
        String format = q.text(FORMAT) == null ? "png" : q.text(FORMAT);
        if (!format.equals("png") && !format.equals("svg")) {
            throw ApiException.badParameter(FORMAT, "must be png (the default) or svg; got '" + format + "'");
        }
        PictureSpec.Centre centre = centre(q);
        String lang = q.text(LANG) == null ? "en" : q.text(LANG);
        if (!PictureSpec.LANGS.contains(lang)) {
            throw ApiException.badParameter(LANG, "must be en (the default) or ar; got '" + lang + "'");
        }
        if (ConditionalGet.notModified(ctx, s.dataVersion())) {
            return;
        }
        PictureSpec spec = new PictureSpec(date, source, compare, asOf, width, height, centre, lang);
        boolean svg = format.equals("svg");
        byte[] picture = cache.get(new SnapshotCache.Key(spec, format, s.dataVersion()), () -> render(s, spec, svg));
        ctx.contentType(svg ? "image/svg+xml; charset=utf-8" : "image/png");
        ctx.header("Content-Disposition", "inline; filename=\"controlmap-" + date
                + (source == null ? "" : "-" + source) + (spec.compare() == null ? "" : "-vs-" + spec.compare()) + "." + format + "\"");
        ctx.result(picture);
    }

    /**
     * Draws the picture when a turn comes within {@link #MAX_WAIT_SECONDS}.
     *
     * @throws ApiException 503 with {@code Retry-After} when {@link #WAITING_RENDERS} requests wait already, or the
     *                      turn does not come in time
     */
    private byte[] render(Snapshot s, PictureSpec spec, boolean svg) {
        if (!admitted.tryAcquire()) {
            throw busy("pictures are being drawn for " + (CONCURRENT_RENDERS + WAITING_RENDERS)
                    + " other requests");
        }
        try {
            if (!rendering.tryAcquire(MAX_WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw busy("no turn to draw came within " + MAX_WAIT_SECONDS + " seconds");
            }
            try {
                PictureRenderer.Data data = new PictureRenderer.Data(s.index(), s.sources());
                return svg ? renderer.svg(data, spec) : renderer.png(data, spec);
            } finally {
                rendering.release();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy("the server is stopping");
        } finally {
            admitted.release();
        }
    }

    private static ApiException busy(String why) {
        return new ApiException(503, "Busy drawing pictures", "This picture is not drawn yet and the server is busy: "
                + why + ". Ask again in " + RETRY_AFTER_SECONDS + " seconds; other answers are not affected.", null)
                .header("Retry-After", RETRY_AFTER_SECONDS);
    }

    /** Where the picture looks ({@code lat}, {@code lng}, {@code z} as on the map page: all three or none). */
    private static PictureSpec.Centre centre(QueryParams q) {
        Double lat = q.number(ViewState.LAT, -85, 85);
        Double lng = q.number(ViewState.LNG, -180, 180);
        Double z = q.number(ViewState.Z, PictureSpec.Centre.MIN_ZOOM, PictureSpec.Centre.MAX_ZOOM);
        if (lat == null && lng == null && z == null) {
            return null;
        }
        for (String name : new String[] {ViewState.LAT, ViewState.LNG, ViewState.Z}) {
            if (q.text(name) == null) {
                throw ApiException.badParameter(name, "is required with lat, lng and z: the picture's centre and "
                        + "zoom go together (leave all three out to frame the whole country)");
            }
        }
        return new PictureSpec.Centre(lat, lng, z);
    }

    private static int size(QueryParams q, String name, int fallback, int min, int max) {
        String v = q.text(name);
        if (v == null) {
            return fallback;
        }
        if (!v.matches("[0-9]{1,5}") || Integer.parseInt(v) < min || Integer.parseInt(v) > max) {
            throw ApiException.badParameter(name, "must be a whole number of pixels from " + min + " to " + max
                    + "; got '" + v + "'");
        }
        return Integer.parseInt(v);
    }
}
