package controlmap.ogc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import controlmap.testing.RunningService;
import controlmap.testing.SeededServiceTest;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** /ogc/api parsed and validated by swagger-parser: a complete, self-contained OpenAPI 3.0 definition. */
class OpenApiDocumentTest extends SeededServiceTest {

    static final List<String> ITEMS_PARAMS = List.of("f", "limit", "offset", "bbox", "datetime", "filter",
            "filter-lang", "filter-crs");

    private static List<String> with(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
    static String body;
    static OpenAPI api;

    @BeforeAll
    static void start() {
        HttpResponse<String> r = svc.get("/ogc/api");
        assertEquals(200, r.statusCode());
        assertEquals("application/vnd.oai.openapi+json;version=3.0", r.headers().firstValue("Content-Type")
                .orElse(""));
        body = r.body();
        ParseOptions options = new ParseOptions();
        options.setResolve(false);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(body, null, options);
        assertEquals(List.of(), result.getMessages() == null ? List.of() : result.getMessages());
        api = result.getOpenAPI();
        assertNotNull(api);
    }

    @Test
    void isOpenApi30WithTheServerRoot() {
        assertTrue(api.getOpenapi().startsWith("3.0."), api.getOpenapi());
        assertEquals(svc.uri("/ogc").toString(), api.getServers().get(0).getUrl());
        assertFalse(body.contains("$ref"), "self-contained: no $ref at all");
    }

    @Test
    void describesEveryPathWithItsParameters() {
        List<String> filterParams = List.of("filter", "filter-lang", "filter-crs");
        Map<String, List<String>> expected = Map.ofEntries(
                Map.entry("/", List.of("f")),
                Map.entry("/conformance", List.of("f")),
                Map.entry("/api", List.of("f")),
                Map.entry("/collections", List.of("f")),
                Map.entry("/collections/places", List.of("f")),
                Map.entry("/collections/claims", List.of("f")),
                Map.entry("/collections/places/items", ITEMS_PARAMS),
                Map.entry("/collections/claims/items", with(List.of("f", "limit", "offset", "bbox", "datetime",
                        "source", "actor", "place"), filterParams)),
                Map.entry("/collections/places/items/{featureId}", List.of("featureId", "f")),
                Map.entry("/collections/claims/items/{featureId}", List.of("featureId", "f")),
                Map.entry("/collections/control", List.of("f")),
                Map.entry("/collections/control/items", with(List.of("f", "limit", "offset", "bbox", "datetime",
                        "source", "actor", "place", "as_of"), filterParams)),
                Map.entry("/collections/control/items/{featureId}", List.of("featureId", "f")),
                Map.entry("/collections/places/queryables", List.of("f")),
                Map.entry("/collections/claims/queryables", List.of("f")),
                Map.entry("/collections/control/queryables", List.of("f")),
                Map.entry("/collections/places/schema", List.of("f")),
                Map.entry("/collections/claims/schema", List.of("f")),
                Map.entry("/collections/control/schema", List.of("f")),
                Map.entry("/tiles", List.of("f", "date", "source", "as_of")),
                Map.entry("/tiles/{tileMatrixSetId}", List.of("tileMatrixSetId", "f", "date", "source", "as_of")),
                Map.entry("/collections/control/tiles", List.of("f", "date", "source", "as_of")),
                Map.entry("/collections/control/tiles/{tileMatrixSetId}",
                        List.of("tileMatrixSetId", "f", "date", "source", "as_of")),
                Map.entry("/tileMatrixSets", List.of("f")),
                Map.entry("/tileMatrixSets/{tileMatrixSetId}", List.of("tileMatrixSetId", "f")));
        Map<String, List<String>> all = new java.util.HashMap<>(expected);
        all.put(TILE, List.of("tileMatrix", "tileCol", "tileRow", "date", "source", "as_of"));
        assertEquals(all.keySet(), api.getPaths().keySet());
        Operation tile = api.getPaths().get(TILE).getGet();
        assertEquals(Set.copyOf(all.get(TILE)), tile.getParameters().stream().map(Parameter::getName)
                .collect(Collectors.toSet()));
        assertNotNull(tile.getResponses().get("200").getContent().get("application/vnd.mapbox-vector-tile"));
        expected.forEach((path, params) -> {
            Operation get = api.getPaths().get(path).getGet();
            assertNotNull(get, path);
            assertEquals(Set.copyOf(params), get.getParameters().stream().map(Parameter::getName)
                    .collect(Collectors.toSet()), path);
            assertTrue(get.getResponses().containsKey("200"), path);
            assertTrue(get.getResponses().containsKey("400"), path);
            assertTrue(get.getResponses().containsKey("406"), path);
            assertTrue(get.getResponses().containsKey("304"), path);
            get.getResponses().forEach((status, response) -> {
                assertTrue(response.get$ref() == null, "inline response " + status + " of " + path);
                if (!status.equals("304")) {
                    assertNotNull(response.getContent(), status + " of " + path);
                }
            });
        });
    }

    @Test
    void datetimeIsDeclaredAsGdalExpectsIt() {
        for (String path : List.of("/collections/places/items", "/collections/claims/items")) {
            Parameter datetime = parameter(api.getPaths().get(path), "datetime");
            assertEquals("query", datetime.getIn());
            assertEquals(Parameter.StyleEnum.FORM, datetime.getStyle());
            assertEquals(Boolean.FALSE, datetime.getExplode());
            assertEquals("string", datetime.getSchema().getType());
        }
        Parameter limit = parameter(api.getPaths().get("/collections/claims/items"), "limit");
        assertEquals(10, ((Number) limit.getSchema().getDefault()).intValue());
        assertEquals(10000, limit.getSchema().getMaximum().intValue());
        assertEquals(1, limit.getSchema().getMinimum().intValue());
        Parameter bbox = parameter(api.getPaths().get("/collections/claims/items"), "bbox");
        assertEquals(4, bbox.getSchema().getMinItems());
        assertEquals(6, bbox.getSchema().getMaxItems());
    }

    private static Parameter parameter(PathItem item, String name) {
        return item.getGet().getParameters().stream().filter(p -> p.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no parameter " + name));
    }

    /** The tile itself, served at the service's root (its path names that server). */
    private static final String TILE = "/tiles/{tileMatrix}/{tileCol}/{tileRow}.mvt";

    @Test
    void everyDeclaredPathAnswers() {
        for (String path : api.getPaths().keySet()) {
            if (path.equals(TILE)) {
                String server = api.getPaths().get(path).getServers().get(0).getUrl();
                assertEquals(svc.uri("").toString(), server);
                assertEquals(200, svc.get(path.replace("{tileMatrix}", "7").replace("{tileCol}", "78")
                        .replace("{tileRow}", "50")).statusCode());
                continue;
            }
            String collection = path.contains("places") ? "places" : path.contains("control") ? "control" : "claims";
            String concrete = path.replace("{tileMatrixSetId}", "WebMercatorQuad").replace("{featureId}", svc.json("/ogc/collections/" + collection + "/items?limit=1")
                    .path("features").path(0).path("id").asText());
            assertEquals(200, svc.get("/ogc" + (path.equals("/") ? "" : concrete)).statusCode(), path);
        }
    }

    @Test
    void theHtmlDocumentationListsEveryPath() {
        HttpResponse<String> r = svc.get("/ogc/api?f=html");
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        for (String path : api.getPaths().keySet()) {
            assertTrue(r.body().contains("GET " + path), path);
        }
    }
}
