package controlmap.ogc;

import static controlmap.ogc.OgcNames.API_PATH;
import static controlmap.ogc.OgcNames.COLLECTIONS_PATH;
import static controlmap.ogc.OgcNames.CONFORMANCE_PATH;
import static controlmap.ogc.OgcNames.FEATURE_ID;
import static controlmap.ogc.OgcNames.GEOJSON;
import static controlmap.ogc.OgcNames.HTML;
import static controlmap.ogc.OgcNames.ITEMS_PATH;
import static controlmap.ogc.OgcNames.JSON;
import static controlmap.ogc.OgcNames.OPENAPI_JSON;
import static controlmap.ogc.OpenApiSchemas.query;
import static controlmap.ogc.OpenApiSchemas.type;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The OpenAPI 3.0 definition of the OGC API ({@code GET /ogc/api}): every path (one set per collection, so clients
 * such as GDAL find each collection's filters), every parameter, every response written inline.
 */
final class OpenApiDocument {

    static final String VERSION = "3.0.3";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private OpenApiDocument() {
    }

    /** The document for a server whose OGC root is {@code rootUrl} (e.g. {@code http://localhost:7070/ogc}). */
    static ObjectNode build(String rootUrl, Catalog catalog) {
        ObjectNode doc = NODES.objectNode();
        doc.put("openapi", VERSION);
        ObjectNode info = doc.putObject("info");
        info.put("title", LandingResource.TITLE + " OGC API - Features").put("version", "1.0.0")
                .put("description", LandingResource.DESCRIPTION);
        info.putObject("license").put("name", "Data: CC BY 4.0");
        doc.putArray("servers").addObject().put("url", rootUrl);
        ObjectNode paths = doc.putObject("paths");
        paths.set("/", get("getLandingPage", "The landing page", JSON, OpenApiSchemas.landingPage(), false));
        paths.set(CONFORMANCE_PATH, get("getConformance", "The conformance classes this API meets", JSON,
                OpenApiSchemas.conformance(), false));
        paths.set(API_PATH, get("getApiDefinition", "This API definition (OpenAPI 3.0)", OPENAPI_JSON,
                type("object"), false));
        paths.set(COLLECTIONS_PATH, get("getCollections", "The collections", JSON, OpenApiSchemas.collections(),
                false));
        for (OgcCollection c : catalog.all()) {
            collectionPaths(paths, c);
        }
        TilesOpenApi.addPaths(paths, rootUrl.substring(0, rootUrl.length() - OgcNames.ROOT.length()));
        return doc;
    }

    private static void collectionPaths(ObjectNode paths, OgcCollection c) {
        String path = COLLECTIONS_PATH + "/" + c.id();
        String name = c.id().substring(0, 1).toUpperCase(java.util.Locale.ROOT) + c.id().substring(1);
        paths.set(path, get("describe" + name + "Collection", "Describes the collection " + c.id(), JSON,
                OpenApiSchemas.collection(), true));
        ObjectNode items = get("get" + name + "Features", "The features of " + c.id() + ": " + c.description(),
                GEOJSON, OpenApiSchemas.featureCollection(c.propertySchema()), true);
        ArrayNode params = (ArrayNode) items.path("get").path("parameters");
        itemsParameters(c).forEach(params::add);
        paths.set(path + ITEMS_PATH, items);
        ObjectNode item = get("get" + name + "Feature", "One feature of " + c.id() + ", by id", GEOJSON,
                OpenApiSchemas.feature(c.propertySchema()), true);
        ((ArrayNode) item.path("get").path("parameters")).insert(0,
                OpenApiSchemas.path(FEATURE_ID, "The feature id (the " + c.id() + " id)"));
        paths.set(path + ITEMS_PATH + "/{" + FEATURE_ID + "}", item);
        paths.set(path + OgcNames.QUERYABLES_PATH, schemaPath("get" + name + "Queryables",
                "The properties a filter on " + c.id() + " may name (JSON Schema)"));
        paths.set(path + OgcNames.SCHEMA_PATH, schemaPath("get" + name + "Schema", "The JSON Schema of the "
                + c.id() + " features, every property typed (the collection's describedby link)"));
    }

    /** A JSON Schema resource: JSON only, {@code f=json} or nothing. */
    private static ObjectNode schemaPath(String operationId, String summary) {
        ObjectNode path = get(operationId, summary, OgcNames.SCHEMA_JSON, type("object"), true);
        ObjectNode op = (ObjectNode) path.path("get");
        ((ObjectNode) op.path("responses").path("200").path("content")).remove(HTML);
        op.putArray("parameters").add(query(OgcNames.PARAM_F, "The format of the answer: json only (another "
                + "value is a 406).", enumOf(OgcNames.F_JSON)));
        return path;
    }

    private static List<ObjectNode> itemsParameters(OgcCollection c) {
        List<ObjectNode> out = new ArrayList<>();
        out.add(query(OgcNames.PARAM_LIMIT, "How many features a page holds, at most. A value above "
                + OgcNames.LIMIT_MAX + " is taken as " + OgcNames.LIMIT_MAX + "; below 1 or not an integer is a 400.", type("integer").put("minimum", 1).put("maximum", OgcNames.LIMIT_MAX)
                .put("default", OgcNames.LIMIT_DEFAULT)));
        out.add(query(OgcNames.PARAM_OFFSET, "How many matching features to skip (the next and prev links set it).",
                type("integer").put("minimum", 0).put("default", 0)));
        ObjectNode bbox = OpenApiSchemas.arrayOf(type("number")).put("minItems", 4).put("maxItems", 6);
        out.add(query(OgcNames.PARAM_BBOX, "Only features whose geometry intersects the box minLon,minLat,maxLon,"
                + "maxLat (CRS84; with 6 numbers the heights are ignored). A box whose minLon is greater than its "
                + "maxLon crosses the antimeridian: from minLon east to 180, then from -180 to maxLon. /api reads "
                + "bbox the same way.", bbox));
        out.add(query(OgcNames.PARAM_DATETIME, datetimeText(c), type("string")));
        out.add(query(OgcNames.PARAM_FILTER, "A CQL2 filter (OGC API - Features Part 3) on the properties of "
                + "/queryables: comparisons, AND/OR/NOT, IS NULL, LIKE, BETWEEN, IN, DATE()/TIMESTAMP(), spatial "
                + "(S_INTERSECTS, … with BBOX or WKT, CRS84) and temporal (T_INTERSECTS, … with INTERVAL) functions. "
                + "A date property compared with a string compares days. A syntax error is a 400 naming its line and "
                + "column.", type("string")));
        out.add(query(OgcNames.PARAM_FILTER_LANG, "The encoding of filter.",
                enumOf(OgcNames.CQL2_TEXT, OgcNames.CQL2_JSON).put("default", OgcNames.CQL2_TEXT)));
        out.add(query(OgcNames.PARAM_FILTER_CRS, "The CRS of the filter's geometries: CRS84 only.",
                enumOf(OgcNames.CRS84).put("default", OgcNames.CRS84)));
        for (String filter : c.filters()) {
            out.add(query(filter, "Only features whose property '" + filter + "' equals this id.", type("string")));
        }
        c.options().forEach((name, meaning) -> out.add(query(name, meaning, type("string"))));
        return out;
    }

    private static String datetimeText(OgcCollection c) {
        String syntax = "An instant (2017-12-07 or 2017-12-07T00:00:00Z) or a closed interval (start/end, either "
                + "end open as '..' or empty, or a duration such as 2017-12-01/P7D). ";
        return syntax + c.datetimeMeaning();
    }

    /** A path item with one GET operation answering {@code jsonType} (with {@code schema}) or HTML. */
    private static ObjectNode get(String operationId, String summary, String jsonType, ObjectNode schema,
                                  boolean canBeMissing) {
        ObjectNode op = NODES.objectNode();
        op.put("operationId", operationId).put("summary", summary);
        op.putArray("tags").add(operationId.contains("Feature") ? "Data" : "Capabilities");
        op.putArray("parameters").add(query(OgcNames.PARAM_F, "The format of the answer: json or html (this beats "
                + "Accept; another value is a 406).", enumOf(OgcNames.F_JSON, OgcNames.F_HTML)));
        ObjectNode responses = op.putObject("responses");
        ObjectNode ok = responses.putObject("200");
        ok.put("description", summary);
        ObjectNode content = ok.putObject("content");
        content.putObject(jsonType).set("schema", schema);
        content.putObject(HTML).set("schema", type("string"));
        responses.putObject("304").put("description", "Not modified: the If-None-Match ETag still holds.");
        error(responses, "400", "A query parameter is unknown, given twice, or has an invalid value.");
        if (canBeMissing) {
            error(responses, "404", "No such collection or feature.");
        }
        error(responses, "406", "The requested format (f or Accept) is not offered.");
        error(responses, "500", "A server error.");
        ObjectNode item = NODES.objectNode();
        item.set("get", op);
        return item;
    }

    static ObjectNode enumOf(String... values) {
        ObjectNode s = type("string");
        ArrayNode e = s.putArray("enum");
        for (String v : values) {
            e.add(v);
        }
        return s;
    }

    static void error(ObjectNode responses, String status, String description) {
        ObjectNode r = responses.putObject(status);
        r.put("description", description);
        r.putObject("content").putObject(JSON).set("schema", OpenApiSchemas.exception());
    }
}
