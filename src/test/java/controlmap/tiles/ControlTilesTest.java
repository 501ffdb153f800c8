package controlmap.tiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * /tiles/{z}/{x}/{y}.mvt read back with GDAL's MVT driver and compared with /api/control and /api/disputes for the
 * tile's box; ETags per change interval; TileJSON.
 */
class ControlTilesTest extends SeededServiceTest {

    @TempDir
    Path dir;

    /** The XYZ tile of zoom {@code z} holding lon/lat (the slippy-map formulas, written out here on purpose). */
    static int[] tileOf(double lon, double lat, int z) {
        int n = 1 << z;
        double r = Math.toRadians(lat);
        return new int[] {(int) Math.floor((lon + 180) / 360 * n),
            (int) Math.floor((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2 * n)};
    }

    /** west, south, east, north of tile z/x/y in degrees. */
    static double[] bounds(int z, int x, int y) {
        int n = 1 << z;
        return new double[] {x * 360.0 / n - 180, Math.toDegrees(Math.atan(Math.sinh(Math.PI * (1 - 2.0 * (y + 1) / n)))),
            (x + 1) * 360.0 / n - 180, Math.toDegrees(Math.atan(Math.sinh(Math.PI * (1 - 2.0 * y / n))))};
    }

    /** The tile's features as GDAL reads them (layer control, lon/lat), as a GeoJSON FeatureCollection. */
    JsonNode viaGdal(int z, int x, int y, String query) throws IOException {
        HttpResponse<byte[]> r = svc.getBytes("/tiles/" + z + "/" + x + "/" + y + ".mvt" + query);
        assertEquals(200, r.statusCode());
        assertEquals("application/vnd.mapbox-vector-tile", r.headers().firstValue("Content-Type").orElse(""));
        Path tile = dir.resolve("t" + System.nanoTime() + ".mvt");
        Files.write(tile, r.body());
        Path out = dir.resolve("t" + System.nanoTime() + ".geojson");
        Gdal.Output run = Gdal.run(Gdal.require("ogr2ogr"), "-f", "GeoJSON", out.toString(), "MVT:" + tile,
                "-oo", "Z=" + z, "-oo", "X=" + x, "-oo", "Y=" + y, "-t_srs", "EPSG:4326");
        assertEquals(0, run.exitCode(), run.text());
        assertEquals(List.of(), run.complaints(), run.text());
        return Files.exists(out) ? RunningService.parse(Files.readString(out)) : RunningService.parse("{\"features\":[]}");
    }

    static String bbox(double[] b) {
        return String.format(Locale.ROOT, "%.7f,%.7f,%.7f,%.7f", b[0], b[1], b[2], b[3]);
    }

    @Test
    void aTileHoldsTheControlAnswerInItsBoxWithColoursAndDisputes() throws IOException {
        int z = 7;
        int[] xy = tileOf(40.14, 35.33, z); // Deir ez-Zor
        double[] b = bounds(z, xy[0], xy[1]);
        JsonNode tile = viaGdal(z, xy[0], xy[1], "?date=2017-12-08");
        JsonNode control = svc.json("/api/control?date=2017-12-08&bbox=" + bbox(b));
        Set<String> want = new TreeSet<>();
        control.path("features").forEach(f -> {
            JsonNode p = f.path("properties");
            want.add(p.path("place").asText() + "|" + p.path("source").asText() + "|" + p.path("actor").asText()
                    + "|" + p.path("claim").asText() + "|" + p.path("color").asText() + "|" + p.path("place_name").asText());
        });
        Set<String> disputed = new TreeSet<>();
        svc.json("/api/disputes?date=2017-12-08&bbox=" + bbox(b)).path("features")
                .forEach(f -> disputed.add(f.path("id").asText()));
        Set<String> got = new TreeSet<>();
        Set<String> flagged = new TreeSet<>();
        tile.path("features").forEach(f -> {
            JsonNode p = f.path("properties");
            got.add(p.path("place").asText() + "|" + p.path("source").asText() + "|" + p.path("actor").asText()
                    + "|" + p.path("claim").asText() + "|" + p.path("color").asText() + "|" + p.path("place_name").asText());
            if (p.path("disputed").asBoolean()) {
                flagged.add(p.path("place").asText());
            }
            assertTrue(intersects(f.path("geometry"), b), "drawn inside the tile: " + p);
        });
        assertFalse(want.isEmpty());
        assertEquals(want, got);
        assertFalse(disputed.isEmpty(), "Deir ez-Zor is disputed that day");
        assertEquals(disputed, flagged);
    }

    /** The geometry's lon/lat envelope meets the box (with the tile's margin of 64/4096). */
    static boolean intersects(JsonNode geometry, double[] b) {
        double[] env = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        walk(geometry.path("coordinates"), env);
        double m = (b[2] - b[0]) * 64 / 4096 * 1.01;
        return env[0] <= b[2] + m && env[2] >= b[0] - m && env[1] <= b[3] + m && env[3] >= b[1] - m;
    }

    private static void walk(JsonNode c, double[] env) {
        if (c.isArray() && c.size() >= 2 && c.get(0).isNumber()) {
            env[0] = Math.min(env[0], c.get(0).asDouble());
            env[1] = Math.min(env[1], c.get(1).asDouble());
            env[2] = Math.max(env[2], c.get(0).asDouble());
            env[3] = Math.max(env[3], c.get(1).asDouble());
            return;
        }
        c.forEach(x -> walk(x, env));
    }

    @Test
    void sourceAndAsOfNarrowTheAnswer() throws IOException {
        int z = 6;
        int[] xy = tileOf(39.0, 35.9, z);
        double[] b = bounds(z, xy[0], xy[1]);
        JsonNode tile = viaGdal(z, xy[0], xy[1], "?date=2017-12-08&source=sohr&as_of=2017-12-31");
        Set<String> want = new TreeSet<>();
        svc.json("/api/control?date=2017-12-08&source=sohr&as_of=2017-12-31&bbox=" + bbox(b)).path("features")
                .forEach(f -> want.add(f.path("properties").path("claim").asText()));
        Set<String> got = new TreeSet<>();
        tile.path("features").forEach(f -> got.add(f.path("properties").path("claim").asText()));
        assertFalse(want.isEmpty());
        assertEquals(want, got);
    }

    @Test
    void aTileFarFromTheDataIsAnEmptyTile() throws IOException {
        assertEquals(0, viaGdal(7, 0, 0, "?date=2017-12-08").path("features").size());
    }

    @Test
    void theEtagNamesTheIntervalBetweenChangeDates() {
        List<String> changes = new java.util.ArrayList<>();
        svc.json("/api/changes").path("dates").forEach(d -> changes.add(d.asText()));
        assertTrue(changes.size() > 3, changes.toString());
        String a = changes.get(changes.size() / 2);
        String next = changes.get(changes.size() / 2 + 1);
        java.time.LocalDate dayAfter = java.time.LocalDate.parse(a).plusDays(1);
        String path = "/tiles/6/38/25.mvt?date=";
        String etag = svc.get(path + a).headers().firstValue("ETag").orElseThrow();
        if (dayAfter.isBefore(java.time.LocalDate.parse(next))) {
            assertEquals(etag, svc.get(path + dayAfter).headers().firstValue("ETag").orElseThrow(),
                    "same interval, same ETag");
        }
        assertNotEquals(etag, svc.get(path + next).headers().firstValue("ETag").orElseThrow());
        assertEquals(304, svc.get(path + a, "If-None-Match", etag).statusCode());
    }

    @Test
    void badAddressesAndParametersAreRefused() {
        for (String bad : List.of("/tiles/23/0/0.mvt", "/tiles/3/8/0.mvt", "/tiles/3/0/-1.mvt", "/tiles/a/0/0.mvt",
                "/tiles/3/0/0.mvt?date=2017-02-30", "/tiles/3/0/0.mvt?source=nobody", "/tiles/3/0/0.mvt?colour=red")) {
            HttpResponse<String> r = svc.get(bad);
            assertEquals(400, r.statusCode(), bad + " " + r.body());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), bad);
        }
        assertEquals(404, svc.get("/tiles/3/0/0.png").statusCode());
    }

    @Test
    void tileJsonDescribesTheLayer() {
        JsonNode tj = svc.json("/tiles/tiles.json?date=2017-12-08&source=sohr");
        assertEquals("3.0.0", tj.path("tilejson").asText());
        assertEquals(svc.uri("").toString() + "/tiles/{z}/{x}/{y}.mvt?date=2017-12-08&source=sohr",
                tj.path("tiles").get(0).asText());
        assertEquals("control", tj.path("vector_layers").get(0).path("id").asText());
        assertTrue(tj.path("vector_layers").get(0).path("fields").has("disputed"));
        assertEquals(4, tj.path("bounds").size());
    }
}
