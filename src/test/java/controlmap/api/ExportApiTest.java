package controlmap.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import controlmap.domain.Basis;
import controlmap.domain.Claim;
import controlmap.domain.DatePrecision;
import controlmap.testing.Gdal;
import controlmap.testing.RunningService;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/** /api/export.gpkg|geojson|csv: the whole dataset, retracted claims included, as files GIS and spreadsheets open. */
class ExportApiTest {

    static final String FORMULA_ID = "formula-claim";
    static final String FORMULA_QUOTE = "=HYPERLINK(\"http://evil.example\",\"click\"), and \"more\"\nnext line";
    static final String RETRACTED_ID = "sohr-2017-12-07-deir-ezzor-east-isis";
    static RunningService svc;
    static int claims;
    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws ParseException {
        svc = RunningService.start();
        claims = svc.json("/api/claims").path("features").size();
        Claim formula = new Claim(FORMULA_ID, "sohr", "raqqa-city", "isis", LocalDate.parse("2017-12-07"), null,
                DatePrecision.DAY, LocalDate.parse("2017-12-07"), DatePrecision.DAY, Basis.EXPLICIT, FORMULA_QUOTE,
                null, "-an article", null, "@speaker", "+note",
                new WKTReader().read("POLYGON ((39 35.9, 39.1 35.9, 39.1 36, 39 36, 39 35.9))"), 0, 0, null, null,
                null);
        svc.service().store().addClaims(List.of(formula), "test-editor");
        svc.service().store().retract(RETRACTED_ID, "test-editor", "test of exports");
        svc.service().refresh();
    }

    @AfterAll
    static void stop() {
        svc.close();
    }

    /** The export {@code ext}, after checking its headers, ETag and 304. */
    static HttpResponse<byte[]> download(String ext, String type) {
        LocalDate before = LocalDate.now(ZoneOffset.UTC);
        HttpResponse<byte[]> r = svc.getBytes("/api/export." + ext);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(type));
        String disposition = r.headers().firstValue("Content-Disposition").orElse("");
        LocalDate after = LocalDate.now(ZoneOffset.UTC);
        assertTrue(disposition.equals("attachment; filename=\"controlmap-" + before + "." + ext + "\"")
                || disposition.equals("attachment; filename=\"controlmap-" + after + "." + ext + "\""), disposition);
        String etag = r.headers().firstValue("ETag").orElseThrow();
        assertTrue(r.headers().firstValue("Cache-Control").orElse("").contains("max-age"));
        assertEquals(304, svc.getBytes("/api/export." + ext, "If-None-Match", etag).statusCode());
        return r;
    }

    @Test
    void geoPackageHasBothLayersEveryClaimAndRtreeIndexes() throws IOException, SQLException {
        Path file = dir.resolve("export.gpkg");
        Files.write(file, download("gpkg", ExportApi.GPKG).body());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            assertEquals(23, count(c, "SELECT count(*) FROM places"));
            assertEquals(claims + 1, count(c, "SELECT count(*) FROM claims"), "every claim, the retracted one too");
            assertEquals(1, count(c, "SELECT count(*) FROM claims WHERE retracted_by IS NOT NULL"));
            assertEquals(2, count(c, "SELECT count(*) FROM gpkg_extensions WHERE extension_name = 'gpkg_rtree_index'"));
            assertEquals(claims + 1, count(c, "SELECT count(*) FROM rtree_claims_geom"));
            assertEquals(claims + 1, count(c, "SELECT count(*) FROM claims WHERE stance IN ('control', 'presence')"
                    + " AND extent IN ('whole', 'part')"), "every claim says its stance and extent");
        }
        Gdal.Output out = Gdal.run(Gdal.require("ogrinfo"), "-ro", "-so", "-al", file.toString());
        assertEquals(0, out.exitCode(), out.text());
        assertTrue(out.text().contains("Layer name: places"), out.text());
        assertTrue(out.text().matches("(?s).*Layer name: places.*?Feature Count: 23\\b.*"), out.text());
        assertTrue(out.text().matches("(?s).*Layer name: claims.*?Feature Count: " + (claims + 1) + "\\b.*"));
        for (String field : List.of("stance: String", "extent: String", "publisher: String", "published_on: Date")) {
            assertTrue(out.text().contains(field), field + " in " + out.text());
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            return rs.getLong(1);
        }
    }

    @Test
    void geoJsonHasEveryClaimWithAGeometryAndEveryProperty() {
        JsonNode fc = RunningService.parse(new String(download("geojson", "application/geo+json").body(),
                StandardCharsets.UTF_8));
        assertEquals(claims + 1, fc.path("features").size());
        Map<String, JsonNode> byId = new HashMap<>();
        for (JsonNode f : fc.path("features")) {
            byId.put(f.path("id").asText(), f);
            assertFalse(f.path("geometry").isNull(), "the own shape or the place's: " + f.path("id"));
            for (String field : List.of("source", "place", "actor", "stance", "extent", "reported_on", "quote", "article")) {
                assertFalse(f.path("properties").path(field).asText("").isBlank(), field);
            }
            assertTrue(f.path("properties").has("valid_from"), "valid_from member present (null when not stated)");
        }
        assertTrue(byId.get(RETRACTED_ID).path("properties").path("retracted").asBoolean());
        assertEquals("test of exports", byId.get(RETRACTED_ID).path("properties").path("retraction").path("reason")
                .asText());
        assertEquals(FORMULA_QUOTE, byId.get(FORMULA_ID).path("properties").path("quote").asText());
    }

    @Test
    void csvIsRfc4180WithFormulasNeutralised() {
        List<List<String>> rows = parse(new String(download("csv", "text/csv").body(), StandardCharsets.UTF_8));
        List<String> header = rows.get(0);
        assertEquals("id", header.get(0));
        assertEquals("wkt", header.get(header.size() - 1));
        assertTrue(header.containsAll(List.of("source", "place", "actor", "valid_from", "valid_to", "quote", "url",
                "article", "note", "retracted", "retraction_reason")), header.toString());
        assertEquals(claims + 2, rows.size(), "header + every claim");
        Map<String, Map<String, String>> byId = new HashMap<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            assertEquals(header.size(), row.size(), row.toString());
            Map<String, String> cells = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                cells.put(header.get(i), row.get(i));
            }
            byId.put(row.get(0), cells);
        }
        Map<String, String> formula = byId.get(FORMULA_ID);
        assertEquals("'" + FORMULA_QUOTE, formula.get("quote"), "quotes, comma and line break survive; = is guarded");
        assertEquals("'-an article", formula.get("article"));
        assertEquals("'@speaker", formula.get("speaker"));
        assertEquals("'+note", formula.get("note"));
        assertEquals("raqqa-city", formula.get("place"));
        assertTrue(formula.get("wkt").startsWith("MULTIPOLYGON") || formula.get("wkt").startsWith("POLYGON"));
        assertEquals("MULTIPOLYGON (((39 35.9, 39.1 35.9, 39.1 36, 39 36, 39 35.9)))", formula.get("wkt"), "its own shape");
        assertEquals("false", byId.get(RETRACTED_ID).get("own_geometry"));
        String place = byId.get(RETRACTED_ID).get("place");
        JsonNode placeFeature = placeOf(place);
        assertEquals(placeFeature.path("properties").path("name").asText(), byId.get(RETRACTED_ID).get("place_name"));
        assertTrue(byId.get(RETRACTED_ID).get("wkt").startsWith("MULTIPOLYGON") || byId.get(RETRACTED_ID).get("wkt")
                .startsWith("POLYGON"), "no own shape: the place's stands");
        byId.values().forEach(row -> assertFalse(row.get("wkt").isEmpty(), "every row has a geometry: " + row));
        assertEquals("true", byId.get(RETRACTED_ID).get("retracted"));
        assertEquals("test of exports", byId.get(RETRACTED_ID).get("retraction_reason"));
    }

    static JsonNode placeOf(String id) {
        for (JsonNode f : svc.json("/api/places").path("features")) {
            if (f.path("id").asText().equals(id)) {
                return f;
            }
        }
        throw new AssertionError("no place " + id);
    }

    /** A strict RFC 4180 reader: CRLF between records, quoted fields with doubled quotes. */
    static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char ch = csv.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (ch == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                assertFalse(ch == '\n' || ch == '\r', "a bare line break outside quotes at " + i);
                cell.append(ch);
            }
        }
        assertTrue(row.isEmpty() && cell.length() == 0, "the last record ends with CRLF");
        return rows;
    }
}
