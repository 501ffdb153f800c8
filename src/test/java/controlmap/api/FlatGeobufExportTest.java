package controlmap.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import controlmap.testing.Gdal;
import controlmap.testing.RunningService;
import controlmap.testing.SeededServiceTest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /api/export.fgb opened by GDAL's FlatGeobuf driver: every claim, its fields and dates, valid polygons. */
class FlatGeobufExportTest extends SeededServiceTest {

    @TempDir
    Path dir;

    @Test
    void gdalReadsEveryClaimWithItsFieldsAndValidPolygons() throws Exception {
        HttpResponse<byte[]> r = svc.getBytes("/api/export.fgb");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/flatgeobuf"));
        Path fgb = dir.resolve("claims.fgb");
        Files.write(fgb, r.body());
        Gdal.Output info = Gdal.run(Gdal.require("ogrinfo"), "-ro", "-so", fgb.toString(), "claims");
        assertEquals(0, info.exitCode(), info.text());
        assertEquals(List.of(), info.complaints(), info.text());
        JsonNode claims = svc.json("/api/claims").path("features");
        String text = info.text();
        assertTrue(text.contains("Feature Count: " + claims.size()), text);
        assertTrue(text.contains("Geometry: Multi Polygon"), text);
        assertTrue(text.contains("ID[\"EPSG\",4326]"), text);
        for (String field : List.of("id: String", "source: String", "valid_from: DateTime", "valid_to: DateTime",
                "reported_on: DateTime", "own_geometry: Integer(Boolean)", "version: Integer64", "quote: String")) {
            assertTrue(text.contains(field), field + " in " + text);
        }
        Path json = dir.resolve("claims.geojson");
        Gdal.Output out = Gdal.run(Gdal.require("ogr2ogr"), "-f", "GeoJSON", json.toString(), fgb.toString());
        assertEquals(0, out.exitCode(), out.text());
        Map<String, String> quotes = new TreeMap<>();
        RunningService.parse(Files.readString(json)).path("features").forEach(f -> quotes.put(
                f.path("properties").path("id").asText(), f.path("properties").path("quote").asText()));
        Map<String, String> want = new TreeMap<>();
        claims.forEach(f -> want.put(f.path("id").asText(), f.path("properties").path("quote").asText()));
        assertEquals(want, quotes, "every claim, its quote verbatim (Arabic and markup included)");
        String valid = Gdal.run(Gdal.require("ogrinfo"), "-ro", fgb.toString(), "-dialect", "SQLite", "-sql",
                "SELECT COUNT(*) AS n FROM claims WHERE ST_IsValid(GEOMETRY)").text();
        assertTrue(valid.contains("n (Integer) = " + claims.size()), valid);
    }
}
