package controlmap.ogc;

import static controlmap.ogc.OgcNames.COLLECTIONS_PATH;
import static controlmap.ogc.OgcNames.GEOJSON;
import static controlmap.ogc.OgcNames.ITEMS_PATH;
import static controlmap.ogc.OgcNames.JSON;
import static controlmap.ogc.OgcNames.PARAM_OFFSET;

import controlmap.api.Json;
import controlmap.http.ConditionalGet;
import controlmap.http.PublicBase;
import controlmap.service.ControlMapService.Snapshot;
import controlmap.service.ControlMapService;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code GET /ogc/collections/{collectionId}/items} and {@code …/items/{featureId}}. */
final class ItemsResource {

    /** The {@code Content-Crs} of every features response: all our coordinates are CRS84 (lon/lat). */
    static final String CONTENT_CRS = "<" + OgcNames.CRS84 + ">";
    private final ControlMapService service;
    private final PublicBase base;
    private final Catalog catalog;

    ItemsResource(ControlMapService service, Catalog catalog, PublicBase base) {
        this.service = service;
        this.base = base;
        this.catalog = catalog;
    }

    void items(Context ctx) {
        OgcCollection c = catalog.get(ctx.pathParam(OgcNames.COLLECTION_ID));
        ItemsQuery q = ItemsParams.items(ctx, c.filters(), c.options().keySet(), c.queryables());
        Format format = Format.of(ctx, GEOJSON, JSON);
        Snapshot s = service.snapshot();
        if (ConditionalGet.notModified(ctx, s.dataVersion())) {
            return;
        }
        OgcCollection.Page page = c.select(s, q);
        Urls urls = Urls.of(ctx, base, format);
        List<Link> links = pageLinks(urls, c, q, page);
        ctx.header("Content-Crs", CONTENT_CRS);
        if (format == Format.HTML) {
            Responses.html(ctx, HtmlPages.items(c, page, q, links));
            return;
        }
        String timeStamp = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        Json.respond(ctx, GEOJSON, out -> {
            out.writeStartObject();
            out.writeStringField("type", "FeatureCollection");
            out.writeArrayFieldStart("features");
            for (Feature f : page.features()) {
                f.write(out, null);
            }
            out.writeEndArray();
            Feature.writeLinks(out, links);
            out.writeStringField("timeStamp", timeStamp);
            out.writeNumberField("numberMatched", page.matched());
            out.writeNumberField("numberReturned", page.features().size());
            out.writeEndObject();
        });
    }

    /** self, alternate, next and prev (by {@code offset}, when there is such a page), collection. */
    static List<Link> pageLinks(Urls urls, OgcCollection c, ItemsQuery q, OgcCollection.Page page) {
        String collection = COLLECTIONS_PATH + "/" + Urls.encode(c.id());
        String path = collection + ITEMS_PATH;
        List<Link> links = new ArrayList<>(urls.selfAndAlternate(path, GEOJSON, c.title()));
        Format f = urls.responseFormat();
        long end = (long) q.offset() + page.features().size();
        if (end < page.matched()) {
            links.add(new Link(urls.again(path, f, offset(end)), OgcNames.REL_NEXT, Urls.type(f, GEOJSON),
                    "Next page"));
        }
        if (q.offset() > 0) {
            long prev = Math.max(0, Math.min(q.offset(), page.matched()) - q.limit());
            links.add(new Link(urls.again(path, f, offset(prev)), OgcNames.REL_PREV, Urls.type(f, GEOJSON),
                    "Previous page"));
        }
        links.add(new Link(urls.to(collection, f), OgcNames.REL_COLLECTION, Urls.type(f, JSON), c.title()));
        return links;
    }

    private static Map<String, String> offset(long offset) {
        Map<String, String> change = new HashMap<>();
        change.put(PARAM_OFFSET, offset == 0 ? null : Long.toString(offset));
        return change;
    }

    void item(Context ctx) {
        OgcCollection c = catalog.get(ctx.pathParam(OgcNames.COLLECTION_ID));
        ItemsParams.onlyKnown(ctx, List.of(OgcNames.PARAM_F));
        Format format = Format.of(ctx, GEOJSON, JSON);
        Snapshot s = service.snapshot();
        String id = ctx.pathParam(OgcNames.FEATURE_ID);
        Feature feature = c.find(s, id).orElseThrow(() -> OgcErrors.notFound(OgcNames.FEATURE_ID,
                "Feature '" + id + "' in collection '" + c.id() + "'"));
        if (ConditionalGet.notModified(ctx, s.dataVersion())) {
            return;
        }
        Urls urls = Urls.of(ctx, base, format);
        String collection = COLLECTIONS_PATH + "/" + Urls.encode(c.id());
        List<Link> links = new ArrayList<>(urls.selfAndAlternate(collection + ITEMS_PATH + "/" + Urls.encode(id),
                GEOJSON, "Feature " + id));
        links.add(new Link(urls.to(collection, format), OgcNames.REL_COLLECTION, Urls.type(format, JSON), c.title()));
        ctx.header("Content-Crs", CONTENT_CRS);
        if (format == Format.HTML) {
            Responses.html(ctx, HtmlPages.item(c, feature, links));
        } else {
            Json.respond(ctx, GEOJSON, out -> feature.write(out, links));
        }
    }
}
