package controlmap.ogc;

import static controlmap.ogc.OgcNames.COLLECTIONS_PATH;
import static controlmap.ogc.OgcNames.QUERYABLES_PATH;

import controlmap.http.ConditionalGet;
import controlmap.http.PublicBase;
import controlmap.service.ControlMapService;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.List;

/**
 * {@code GET /ogc/collections/{collectionId}/queryables} (OGC API - Features Part 3): the properties a CQL2
 * {@code filter} may name, as a JSON Schema ({@code application/schema+json}); dates as {@code format: date}. Only
 * JSON is offered ({@code f=json}; another {@code f} is a 406). And {@code GET …/schema}, the collection's
 * {@code describedby}: the JSON Schema of its GeoJSON features, every property typed (dates as {@code format: date},
 * flags as booleans, counters as integers), from which GDAL's OAPIF driver types its fields instead of guessing them
 * from the first page (where a field null in every feature would come out as String).
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
        OgcCollection c = jsonOnly(ctx, "the queryables are");
        if (c == null) {
            return;
        }
        String id = base.of(ctx) + OgcNames.ROOT + COLLECTIONS_PATH + "/" + Urls.encode(c.id()) + QUERYABLES_PATH;
        Responses.json(ctx, OgcNames.SCHEMA_JSON, c.queryables().jsonSchema(id, c.title()));
    }

    void schema(Context ctx) {
        OgcCollection c = jsonOnly(ctx, "the schema is");
        if (c == null) {
            return;
        }
        ObjectNode schema = OpenApiSchemas.feature(c.propertySchema());
        // the feature id is also the property id: GDAL makes a field of the string feature id itself, and would
        // add a second from the schema (renamed "id2")
        ((ObjectNode) schema.path("properties").path("properties").path("properties")).remove("id");
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.put("$id", base.of(ctx) + OgcNames.ROOT + COLLECTIONS_PATH + "/" + Urls.encode(c.id())
                + OgcNames.SCHEMA_PATH);
        schema.put("title", c.title());
        Responses.json(ctx, OgcNames.SCHEMA_JSON, schema);
    }

    /** The collection asked for; null when answered with 304. */
    private OgcCollection jsonOnly(Context ctx, String what) {
        OgcCollection c = catalog.get(ctx.pathParam(OgcNames.COLLECTION_ID));
        ItemsParams.onlyKnown(ctx, List.of(OgcNames.PARAM_F));
        String f = ctx.queryParam(OgcNames.PARAM_F);
        if (f != null && !f.equals(OgcNames.F_JSON)) {
            throw OgcErrors.notAcceptable(what + " offered as JSON Schema only (f=json); got f=" + f);
        }
        return ConditionalGet.notModified(ctx, service.snapshot().dataVersion()) ? null : c;
    }
}
