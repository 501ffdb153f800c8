package controlmap.ogc;

import static controlmap.ogc.OgcNames.COLLECTIONS_PATH;
import static controlmap.ogc.OgcNames.QUERYABLES_PATH;

import controlmap.http.ConditionalGet;
import controlmap.http.PublicBase;
import controlmap.service.ControlMapService;
import io.javalin.http.Context;
import java.util.List;

/**
 * {@code GET /ogc/collections/{collectionId}/queryables} (OGC API - Features Part 3): the properties a CQL2
 * {@code filter} may name, as a JSON Schema ({@code application/schema+json}); dates as {@code format: date}. Only
 * JSON is offered ({@code f=json}; another {@code f} is a 406).
 */
final class QueryablesResource {

    private final ControlMapService service;
    private final PublicBase base;
    private final Catalog catalog;

    QueryablesResource(ControlMapService service, Catalog catalog, PublicBase base) {
        this.service = service;
        this.base = base;
        this.catalog = catalog;
    }

    void queryables(Context ctx) {
        OgcCollection c = catalog.get(ctx.pathParam(OgcNames.COLLECTION_ID));
        ItemsParams.onlyKnown(ctx, List.of(OgcNames.PARAM_F));
        String f = ctx.queryParam(OgcNames.PARAM_F);
        if (f != null && !f.equals(OgcNames.F_JSON)) {
            throw OgcErrors.notAcceptable("the queryables are offered as JSON Schema only (f=json); got f=" + f);
        }
        if (ConditionalGet.notModified(ctx, service.snapshot().dataVersion())) {
            return;
        }
        String id = base.of(ctx) + OgcNames.ROOT + COLLECTIONS_PATH + "/" + Urls.encode(c.id()) + QUERYABLES_PATH;
        Responses.json(ctx, OgcNames.SCHEMA_JSON, c.queryables().jsonSchema(id, c.title()));
    }
}
