package controlmap.tiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import controlmap.testing.Gdal;
import controlmap.testing.RunningService;
import controlmap.testing.SeededServiceTest;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * OGC API - Tiles over the vector tiles: the landing page and the control collection lead to the tilesets, the
 * tileset's templated item link fetches the same tiles as /tiles, the tile matrix set is WebMercatorQuad, everything
 * is declared in /ogc/conformance and /ogc/api, and GDAL's OGCAPI driver reads the control collection as tiles.
 */
class OgcTilesTest extends SeededServiceTest {

    private static final String TILESETS_VECTOR = "http://www.opengis.net/def/rel/ogc/1.0/tilesets-vector";
    private static final String TILING_SCHEME = "http://www.opengis.net/def/rel/ogc/1.0/tiling-scheme";

    @TempDir
    Path dir;

    static String href(JsonNode links, String rel) {
        for (JsonNode l : links) {
            if (l.path("rel").asText().equals(rel)) {
                return l.path("href").asText();
            }
        }
        throw new AssertionError("no link " + rel + " in " + links);
    }

    /** The path and query of an absolute URL of this service. */
    String local(String url) {
        String root = svc.uri("").toString();
        assertTrue(url.startsWith(root), url + " is not below " + root);
        return url.substring(root.length());
    }

    @Test
    void fromTheLandingPageToATileByTheTemplate() {
        JsonNode landing = svc.json("/ogc");
        JsonNode tilesets = svc.json(local(href(landing.path("links"), TILESETS_VECTOR)));
        JsonNode first = tilesets.path("tilesets").get(0);
        assertEquals("vector", first.path("dataType").asText());
        assertEquals(WebMercatorQuad.URI, first.path("tileMatrixSetURI").asText());
        JsonNode tileset = svc.json(local(href(first.path("links"), "self")) + "?date=2017-12-08&source=sohr");
        assertEquals(WebMercatorQuad.CRS, tileset.path("crs").asText());
        String template = null;
        for (JsonNode l : tileset.path("links")) {
            if (l.path("rel").asText().equals("item") && l.path("type").asText().equals(TilesApi.MVT)) {
                assertTrue(l.path("templated").asBoolean());
                template = l.path("href").asText();
            }
        }
        assertTrue(template != null && template.contains("{tileMatrix}") && template.contains("{tileRow}")
                && template.contains("{tileCol}") && template.contains("date=2017-12-08")
                && template.contains("source=sohr"), String.valueOf(template));
        // Deir ez-Zor at zoom 7 is column 78, row 50: the template must give the very tile /tiles/7/78/50.mvt gives
        String url = template.replace("{tileMatrix}", "7").replace("{tileCol}", "78").replace("{tileRow}", "50");
        HttpResponse<byte[]> viaTemplate = svc.getBytes(local(url));
        HttpResponse<byte[]> direct = svc.getBytes("/tiles/7/78/50.mvt?date=2017-12-08&source=sohr");
        assertEquals(200, viaTemplate.statusCode());
        assertTrue(viaTemplate.body().length > 20, "the tile holds SOHR's Deir ez-Zor answers");
        assertEquals(List.of(direct.body().length), List.of(viaTemplate.body().length));
        assertTrue(java.util.Arrays.equals(direct.body(), viaTemplate.body()));
        // the limits of zoom 7 hold that tile, and the layer lists the tile's fields
        JsonNode z7 = null;
        for (JsonNode l : tileset.path("tileMatrixSetLimits")) {
            if (l.path("tileMatrix").asText().equals("7")) {
                z7 = l;
            }
        }
        assertTrue(z7 != null && z7.path("minTileCol").asInt() <= 78 && 78 <= z7.path("maxTileCol").asInt()
                && z7.path("minTileRow").asInt() <= 50 && 50 <= z7.path("maxTileRow").asInt(), String.valueOf(z7));
        JsonNode layer = tileset.path("layers").get(0);
        assertEquals(ControlTile.LAYER, layer.path("id").asText());
        assertEquals(new TreeSet<>(ControlTile.FIELDS.keySet()), names(layer.path("propertiesSchema").path("properties")));
    }

    static Set<String> names(JsonNode object) {
        Set<String> out = new TreeSet<>();
        object.fieldNames().forEachRemaining(out::add);
        return out;
    }

    @Test
    void theTileMatrixSetIsWebMercatorQuad() {
        JsonNode list = svc.json("/ogc/tileMatrixSets");
        JsonNode tms = svc.json(local(href(list.path("tileMatrixSets").get(0).path("links"), TILING_SCHEME)));
        assertEquals("WebMercatorQuad", tms.path("id").asText());
        assertEquals("http://www.opengis.net/def/crs/EPSG/0/3857", tms.path("crs").asText());
        JsonNode matrices = tms.path("tileMatrices");
        assertEquals(TileAddress.MAX_ZOOM + 1, matrices.size());
        for (int z = 0; z <= TileAddress.MAX_ZOOM; z++) {
            JsonNode m = matrices.get(z);
            assertEquals(String.valueOf(z), m.path("id").asText());
            assertEquals(1L << z, m.path("matrixWidth").asLong());
            // the published scale of WebMercatorQuad: 559082264.0287178 at zoom 0, halved at each level
            assertEquals(559082264.0287178 / (1L << z), m.path("scaleDenominator").asDouble(), 1e-6 * (1 + 1e3 / (1L << z)));
            assertEquals(-20037508.3427892, m.path("pointOfOrigin").get(0).asDouble(), 1e-6);
        }
    }

    @Test
    void theControlCollectionLeadsToItsTilesAndNoOtherHasAny() {
        JsonNode control = svc.json("/ogc/collections/control");
        JsonNode tilesets = svc.json(local(href(control.path("links"), TILESETS_VECTOR)));
        assertEquals("vector", tilesets.path("tilesets").get(0).path("dataType").asText());
        for (JsonNode l : svc.json("/ogc/collections/claims").path("links")) {
            assertFalse(l.path("rel").asText().equals(TILESETS_VECTOR));
        }
        HttpResponse<String> none = svc.get("/ogc/collections/claims/tiles");
        assertEquals(404, none.statusCode());
        assertTrue(none.body().contains("NotFound"), none.body());
        HttpResponse<String> otherSet = svc.get("/ogc/tiles/WorldCRS84Quad");
        assertEquals(404, otherSet.statusCode());
        assertTrue(otherSet.body().contains("WorldCRS84Quad"), otherSet.body());
        HttpResponse<String> badDate = svc.get("/ogc/tiles/WebMercatorQuad?date=2017-02-30");
        assertEquals(400, badDate.statusCode());
        assertTrue(badDate.body().contains("InvalidParameterValue") && badDate.body().contains("date"), badDate.body());
        assertEquals(400, svc.get("/ogc/tiles?zoom=3").statusCode());
        assertEquals(406, svc.get("/ogc/tileMatrixSets?f=html").statusCode());
    }

    @Test
    void conformanceAndOpenApiDeclareTheTiles() {
        Set<String> classes = new TreeSet<>();
        svc.json("/ogc/conformance").path("conformsTo").forEach(c -> classes.add(c.asText()));
        for (String c : List.of("core", "tileset", "tilesets-list", "geodata-tilesets", "dataset-tilesets", "mvt")) {
            assertTrue(classes.contains("http://www.opengis.net/spec/ogcapi-tiles-1/1.0/conf/" + c), c);
        }
        JsonNode paths = svc.json("/ogc/api").path("paths");
        for (String p : List.of("/tiles", "/tiles/{tileMatrixSetId}", "/tileMatrixSets",
                "/tileMatrixSets/{tileMatrixSetId}", "/collections/control/tiles",
                "/collections/control/tiles/{tileMatrixSetId}", "/tiles/{tileMatrix}/{tileCol}/{tileRow}.mvt")) {
            assertTrue(paths.has(p), p);
        }
        JsonNode tile = paths.path("/tiles/{tileMatrix}/{tileCol}/{tileRow}.mvt");
        assertEquals(svc.uri("").toString(), tile.path("servers").get(0).path("url").asText());
        assertTrue(tile.path("get").path("responses").path("200").path("content").has(TilesApi.MVT));
    }

    /**
     * A tile fetched by the tileset's template, read by GDAL's MVT driver at its address, holds the places
     * /api/control answers for its box on that day. (GDAL 3.6's OGCAPI driver, as Debian 12 builds it, follows
     * tilesets-vector, the tileset and the tile matrix set but reads no vector tiles: that part is compiled out.)
     */
    @Test
    void gdalReadsATileFetchedByTheTemplate() throws IOException {
        JsonNode tileset = svc.json("/ogc/collections/control/tiles/WebMercatorQuad?date=2017-12-08");
        String template = null;
        for (JsonNode l : tileset.path("links")) {
            if (l.path("rel").asText().equals("item")) {
                template = l.path("href").asText();
            }
        }
        int z = 6;
        int[] xy = ControlTilesTest.tileOf(40.14, 35.33, z); // Deir ez-Zor
        String url = template.replace("{tileMatrix}", String.valueOf(z)).replace("{tileCol}", String.valueOf(xy[0]))
                .replace("{tileRow}", String.valueOf(xy[1]));
        Path tile = dir.resolve("tile.mvt");
        Files.write(tile, svc.getBytes(local(url)).body());
        Path out = dir.resolve("tile.geojson");
        Gdal.Output run = Gdal.run(Gdal.require("ogr2ogr"), "-f", "GeoJSON", out.toString(), "MVT:" + tile,
                "-oo", "Z=" + z, "-oo", "X=" + xy[0], "-oo", "Y=" + xy[1], "-t_srs", "EPSG:4326");
        assertEquals(0, run.exitCode(), run.text());
        assertEquals(List.of(), run.complaints(), run.text());
        Set<String> read = new TreeSet<>();
        RunningService.parse(Files.readString(out)).path("features")
                .forEach(f -> read.add(f.path("properties").path("place").asText()));
        Set<String> want = new TreeSet<>();
        svc.json("/api/control?date=2017-12-08&bbox=" + ControlTilesTest.bbox(ControlTilesTest.bounds(z, xy[0], xy[1])))
                .path("features").forEach(f -> want.add(f.path("properties").path("place").asText()));
        assertFalse(want.isEmpty());
        assertEquals(want, read);
    }
}
