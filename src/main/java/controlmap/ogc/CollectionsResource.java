package controlmap.ogc;

import static controlmap.ogc.OgcNames.COLLECTIONS_PATH;
import static controlmap.ogc.OgcNames.GEOJSON;
import static controlmap.ogc.OgcNames.ITEMS_PATH;
import static controlmap.ogc.OgcNames.JSON;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import controlmap.http.ConditionalGet;
import controlmap.http.PublicBase;
import controlmap.service.ControlMapService.Snapshot;
import controlmap.service.ControlMapService;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;

/** {@code GET /ogc/collections} and {@code GET /ogc/collections/{collectionId}}. */
final class CollectionsResource {

    private final ControlMapService service;
    private final PublicBase base;
    private final Catalog catalog;

    CollectionsResource(ControlMapService service, Catalog catalog, PublicBase base) {
        this.service = service;
        this.base = base;
        this.catalog = catalog;
    }

    void collections(Context ctx) {
        ItemsParams.onlyKnown(ctx, List.of(OgcNames.PARAM_F));
        Format format = Format.of(ctx, JSON);
        Snapshot s = service.snapshot();
        if (ConditionalGet.notModified(ctx, s.dataVersion())) {
            return;
        }
        Urls urls = Urls.of(ctx, base, format);
        ObjectNode doc = Responses.MAPPER.createObjectNode();
        Link.addAll(doc, "links", urls.selfAndAlternate(COLLECTIONS_PATH, JSON, "The collections"));
        ArrayNode list = doc.putArray("collections");
        for (OgcCollection c : catalog.all()) {
            list.add(describe(s, c, urls));
        }
        if (format == Format.HTML) {
            Responses.html(ctx, HtmlPages.collections(doc));
        } else {
            Responses.json(ctx, JSON, doc);
        }
    }

    void collection(Context ctx) {
        OgcCollection c = catalog.get(ctx.pathParam(OgcNames.COLLECTION_ID));
        ItemsParams.onlyKnown(ctx, List.of(OgcNames.PARAM_F));
        Format format = Format.of(ctx, JSON);
        Snapshot s = service.snapshot();
        if (ConditionalGet.notModified(ctx, s.dataVersion())) {
            return;
        }
        ObjectNode doc = describe(s, c, Urls.of(ctx, base, format));
        if (format == Format.HTML) {
            Responses.html(ctx, HtmlPages.collection(doc));
        } else {
            Responses.json(ctx, JSON, doc);
        }
    }

    /** The standard's collection object: id, title, description, links, extent, itemType, crs. */
    static ObjectNode describe(Snapshot s, OgcCollection c, Urls urls) {
        ObjectNode o = Responses.MAPPER.createObjectNode();
        o.put("id", c.id());
        o.put("title", c.title());
        o.put("description", c.description());
        String path = COLLECTIONS_PATH + "/" + Urls.encode(c.id());
        List<Link> links = new ArrayList<>(urls.selfAndAlternate(path, JSON, c.title()));
        links.add(new Link(urls.to(path + ITEMS_PATH, Format.JSON), OgcNames.REL_ITEMS, GEOJSON,
                c.title() + " as GeoJSON"));
        links.add(new Link(urls.to(path + ITEMS_PATH, Format.HTML), OgcNames.REL_ITEMS, OgcNames.HTML,
                c.title() + " as HTML"));
        links.add(new Link(urls.to(path + OgcNames.QUERYABLES_PATH, Format.JSON), OgcNames.REL_QUERYABLES,
                OgcNames.SCHEMA_JSON, "The properties a filter may name"));
        links.add(new Link(urls.to(path + OgcNames.SCHEMA_PATH, Format.JSON), OgcNames.REL_DESCRIBED_BY,
                OgcNames.SCHEMA_JSON, "The schema of " + c.title() + " as GeoJSON features"));
        if (c.id().equals(TilesetsResource.COLLECTION)) {
            links.add(new Link(urls.to(path + OgcNames.TILES_PATH, Format.JSON), OgcNames.REL_TILESETS_VECTOR, JSON,
                    "The collection as vector tiles"));
        }
        Link.addAll(o, "links", links);
        c.extent(s, o.putObject("extent"));
        o.put("itemType", "feature");
        o.putArray("crs").add(OgcNames.CRS84);
        return o;
    }
}
