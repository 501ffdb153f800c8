package controlmap.embed;

import controlmap.api.Json;
import controlmap.http.ApiException;
import controlmap.http.ConditionalGet;
import controlmap.http.PublicBase;
import controlmap.http.QueryParams;
import controlmap.http.SecurityHeaders;
import controlmap.query.Extent;
import controlmap.render.PictureSpec;
import controlmap.service.ControlMapService.Snapshot;
import controlmap.service.ControlMapService;
import io.javalin.http.Context;
import java.net.URI;

/**
 * {@code GET /oembed?url=&format=json[&maxwidth=&maxheight=]}: oEmbed 1.0 (oembed.com). For a URL of our map
 * ({@code /}) or embed ({@code /embed}) on our host, a {@code rich} answer whose {@code html} is the iframe of the
 * embed at the URL's view, sized 600 × 400 or smaller to fit maxwidth/maxheight (same aspect), with the view's
 * picture as thumbnail. 404 for any other URL, 501 for {@code format=xml}, 400 for a malformed parameter.
 */
final class OEmbedApi {

    static final String URL = "url";
    static final String FORMAT = "format";
    static final String MAX_WIDTH = "maxwidth";
    static final String MAX_HEIGHT = "maxheight";
    /** How long consumers may cache an answer (seconds): a view names its day, so only corrections change it. */
    static final int CACHE_AGE = 86_400;
    static final String PROVIDER = "ControlMap";
    private static final String EMBED = SecurityHeaders.EMBED_PATH;
    /** Largest maxwidth/maxheight taken as a number; anything bigger is no constraint anyway. */
    private static final int LIMIT = 100_000;

    private final ControlMapService service;
    private final PublicBase base;

    OEmbedApi(ControlMapService service, PublicBase base) {
        this.service = service;
        this.base = base;
    }

    void oembed(Context ctx) {
        ctx.header("Access-Control-Allow-Origin", "*"); // consumers may ask from a browser
        QueryParams q = QueryParams.of(ctx, URL, FORMAT, MAX_WIDTH, MAX_HEIGHT);
        String format = q.text(FORMAT);
        if (format != null && !format.equals("json")) {
            if (format.equals("xml")) {
                throw new ApiException(501, "Not implemented", "Parameter 'format': only json is implemented", FORMAT);
            }
            throw ApiException.badParameter(FORMAT, "must be json (or xml, which is not implemented); got '" + format + "'");
        }
        int maxWidth = positive(q, MAX_WIDTH);
        int maxHeight = positive(q, MAX_HEIGHT);
        String url = q.text(URL);
        if (url == null) {
            throw ApiException.badParameter(URL, "is required: the address of a ControlMap map or embed");
        }
        String publicBase = base.of(ctx);
        URI target = PublicBase.parse(url);
        String path = target == null ? null : PublicBase.pathOn(publicBase, target);
        if (path == null || !(path.equals("/") || path.equals(EMBED) || path.equals(EMBED + "/"))) {
            throw ApiException.notFound(URL, "is not a ControlMap map or embed on " + publicBase + ": '" + url + "'");
        }
        Snapshot s = service.snapshot();
        if (ConditionalGet.notModified(ctx, s.dataVersion())) {
            return;
        }
        Extent extent = s.index().extent();
        ViewState state = ViewState.parse(Markup.query(target.getRawQuery()), s).pinned(extent.first(), extent.last());
        EmbedLinks links = new EmbedLinks(publicBase, state);
        double k = Math.min(1.0, Math.min(maxWidth / (double) EmbedLinks.WIDTH, maxHeight / (double) EmbedLinks.HEIGHT));
        int width = Math.max(1, (int) Math.floor(EmbedLinks.WIDTH * k));
        int height = Math.max(1, (int) Math.floor(EmbedLinks.HEIGHT * k));
        String title = state.title(s);
        Json.respond(ctx, Json.JSON, out -> {
            out.writeStartObject();
            out.writeStringField("version", "1.0");
            out.writeStringField("type", "rich");
            out.writeStringField("title", title);
            out.writeStringField("provider_name", PROVIDER);
            out.writeStringField("provider_url", publicBase + "/");
            out.writeNumberField("cache_age", CACHE_AGE);
            out.writeStringField("html", links.iframe(width, height, title));
            out.writeNumberField("width", width);
            out.writeNumberField("height", height);
            String thumbnail = links.snapshotUrl(width, height);
            if (thumbnail != null && width >= PictureSpec.MIN_WIDTH && height >= PictureSpec.MIN_HEIGHT) {
                out.writeStringField("thumbnail_url", thumbnail);
                out.writeNumberField("thumbnail_width", width);
                out.writeNumberField("thumbnail_height", height);
            }
            out.writeEndObject();
        });
    }

    private static int positive(QueryParams q, String name) {
        String v = q.text(name);
        if (v == null) {
            return LIMIT;
        }
        if (!v.matches("[0-9]{1,9}") || Integer.parseInt(v) < 1) {
            throw ApiException.badParameter(name, "must be a whole number of pixels, at least 1; got '" + v + "'");
        }
        return Math.min(Integer.parseInt(v), LIMIT);
    }
}
