package controlmap.ogc;

import java.util.List;

/** Names used on the wire by the OGC API: paths, media types, link relations, parameters, conformance classes. */
public final class OgcNames {

    /** Where the OGC API is rooted. */
    public static final String ROOT = "/ogc";
    public static final String CONFORMANCE_PATH = "/conformance";
    public static final String API_PATH = "/api";
    public static final String COLLECTIONS_PATH = "/collections";
    public static final String ITEMS_PATH = "/items";
    public static final String QUERYABLES_PATH = "/queryables";
    public static final String SCHEMA_PATH = "/schema";
    /** OGC API - Tiles: the tilesets (of the service, and of the control collection) and the tile matrix sets. */
    public static final String TILES_PATH = "/tiles";
    public static final String TILE_MATRIX_SETS_PATH = "/tileMatrixSets";
    public static final String TILE_MATRIX_SET_ID = "tileMatrixSetId";

    public static final String COLLECTION_ID = "collectionId";
    public static final String FEATURE_ID = "featureId";

    public static final String JSON = "application/json";
    public static final String GEOJSON = "application/geo+json";
    public static final String OPENAPI_JSON = "application/vnd.oai.openapi+json;version=3.0";
    public static final String HTML = "text/html";
    public static final String SCHEMA_JSON = "application/schema+json";

    public static final String REL_SELF = "self";
    public static final String REL_ALTERNATE = "alternate";
    public static final String REL_SERVICE_DESC = "service-desc";
    public static final String REL_SERVICE_DOC = "service-doc";
    public static final String REL_CONFORMANCE = "conformance";
    public static final String REL_DATA = "data";
    public static final String REL_ITEMS = "items";
    public static final String REL_COLLECTION = "collection";
    public static final String REL_NEXT = "next";
    public static final String REL_PREV = "prev";
    public static final String REL_QUERYABLES = "http://www.opengis.net/def/rel/ogc/1.0/queryables";
    /**
     * The JSON Schema of a collection's features: IANA's "describedby", spelt as GDAL's OAPIF driver (3.6) looks for
     * it (relation types compare case-insensitively, RFC 8288), so that GDAL types its fields from the schema.
     */
    public static final String REL_DESCRIBED_BY = "describedBy";
    public static final String REL_TILESETS_VECTOR = "http://www.opengis.net/def/rel/ogc/1.0/tilesets-vector";
    public static final String REL_TILING_SCHEMES = "http://www.opengis.net/def/rel/ogc/1.0/tiling-schemes";
    public static final String REL_TILING_SCHEME = "http://www.opengis.net/def/rel/ogc/1.0/tiling-scheme";
    /** A tile, in a tileset's templated link. */
    public static final String REL_ITEM = "item";

    public static final String PARAM_F = "f";
    public static final String PARAM_LIMIT = "limit";
    public static final String PARAM_OFFSET = "offset";
    public static final String PARAM_BBOX = "bbox";
    public static final String PARAM_DATETIME = "datetime";
    public static final String PARAM_SOURCE = "source";
    /** The control collection's knowledge date. */
    public static final String PARAM_AS_OF = "as_of";
    public static final String PARAM_ACTOR = "actor";
    public static final String PARAM_PLACE = "place";
    /** OGC API - Features Part 3: a CQL2 filter, its encoding and its CRS. */
    public static final String PARAM_FILTER = "filter";
    public static final String PARAM_FILTER_LANG = "filter-lang";
    public static final String PARAM_FILTER_CRS = "filter-crs";
    public static final String CQL2_TEXT = "cql2-text";
    public static final String CQL2_JSON = "cql2-json";

    public static final String F_JSON = "json";
    public static final String F_HTML = "html";

    public static final int LIMIT_DEFAULT = 10;
    public static final int LIMIT_MAX = 10_000;

    public static final String CRS84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";
    public static final String GREGORIAN = "http://www.opengis.net/def/uom/ISO-8601/0/Gregorian";

    private static final String CONF = "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/";
    public static final String CONF_CORE = CONF + "core";
    public static final String CONF_GEOJSON = CONF + "geojson";
    public static final String CONF_HTML = CONF + "html";
    public static final String CONF_OAS30 = CONF + "oas30";
    private static final String FILTER_CONF = "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/";
    private static final String CQL2_CONF = "http://www.opengis.net/spec/cql2/1.0/conf/";
    /** OGC API - Features Part 3 and the CQL2 classes the filters implement. */
    public static final List<String> CONFORMANCE_FILTER = List.of(FILTER_CONF + "queryables",
            FILTER_CONF + "filter", FILTER_CONF + "features-filter", CQL2_CONF + CQL2_TEXT, CQL2_CONF + CQL2_JSON,
            CQL2_CONF + "basic-cql2", CQL2_CONF + "advanced-comparison-operators",
            CQL2_CONF + "basic-spatial-functions", CQL2_CONF + "basic-spatial-functions-plus",
            CQL2_CONF + "spatial-functions", CQL2_CONF + "temporal-functions");
    private static final String TILES_CONF = "http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/";
    private static final String TMS_CONF = "http://www.opengis.net/spec/tms/2.0/conf/";
    /** OGC API - Tiles Part 1 (vector tiles of the service and of the control collection, as MVT) and the TMS classes. */
    public static final List<String> CONFORMANCE_TILES = List.of(TILES_CONF + "core", TILES_CONF + "tileset",
            TILES_CONF + "tilesets-list", TILES_CONF + "dataset-tilesets", TILES_CONF + "geodata-tilesets",
            TILES_CONF + "mvt", TILES_CONF + "oas30", TMS_CONF + "tilematrixset", TMS_CONF + "json-tilematrixset");
    /** The conformance classes this API declares, and meets. */
    public static final List<String> CONFORMANCE = java.util.stream.Stream.of(
            List.of(CONF_CORE, CONF_GEOJSON, CONF_HTML, CONF_OAS30), CONFORMANCE_FILTER, CONFORMANCE_TILES)
            .flatMap(List::stream).toList();

    private OgcNames() {
    }
}
