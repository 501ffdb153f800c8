package controlmap.ogc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import controlmap.testing.Gdal;
import controlmap.testing.RunningService;
import controlmap.testing.SeededServiceTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real client: GDAL's OGC API - Features driver (OAPIF) reading /ogc, as QGIS and ogr2ogr users do. Skipped without
 * GDAL, failed on CI without it.
 */
class OgcGdalTest extends SeededServiceTest {

    static JsonNode reference;
    static String url;
    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        reference = svc.json("/api/claims").path("features");
        url = "OAPIF:" + svc.uri("/ogc");
    }

    static Gdal.Output ok(Gdal.Output out) {
        assertEquals(0, out.exitCode(), out.text());
        assertEquals(List.of(), out.complaints().stream().filter(l -> l.startsWith("ERROR")).toList(), out.text());
        return out;
    }

    /** ogr2ogr of the claims layer to GeoJSON with {@code extra} options; the ids written, and GDAL's debug output. */
    Result claimsVia(String... extra) throws IOException {
        Path out = dir.resolve("out-" + System.nanoTime() + ".geojson");
        List<String> args = new ArrayList<>(List.of("-f", "GeoJSON", out.toString(), url, "claims", "--debug", "on"));
        args.addAll(List.of(extra));
        Gdal.Output run = ok(Gdal.run(Gdal.require("ogr2ogr"), args.toArray(String[]::new)));
        List<String> ids = new ArrayList<>();
        RunningService.parse(Files.readString(out)).path("features")
                .forEach(f -> ids.add(f.path("properties").path("id").asText()));
        return new Result(ids, run.text());
    }

    record Result(List<String> ids, String log) {
    }

    static Set<String> referenceIds(java.util.function.Predicate<JsonNode> keep) {
        return OgcAnswers.idsWhere(reference, keep);
    }

    @Test
    void ogrinfoListsBothLayers() {
        String text = ok(Gdal.run(Gdal.require("ogrinfo"), "-ro", "-so", url)).text();
        assertTrue(text.contains("1: places"), text);
        assertTrue(text.contains("2: claims"), text);
        assertTrue(text.contains("3: control"), text);
    }

    @Test
    void ogrinfoCountsTheClaimsAndTypesTheirFields() {
        String text = ok(Gdal.run(Gdal.require("ogrinfo"), "-ro", "-al", "-so", url, "claims")).text();
        assertTrue(text.contains("Feature Count: " + reference.size()), text);
        assertTrue(text.contains("Geometry: Multi Polygon"), text);
        assertTrue(text.contains("valid_from: Date"), text);
        assertTrue(text.contains("quote: String"), text);
        assertTrue(text.contains("TEMPORAL_INTERVAL_MIN=" + svc.json("/api/extent").path("first").asText()
                + "T00:00:00Z"), text);
        String places = ok(Gdal.run(Gdal.require("ogrinfo"), "-ro", "-al", "-so", url, "places")).text();
        assertTrue(places.contains("Feature Count: 23"), places);
    }

    @Test
    void ogr2ogrCopiesEveryClaimOnce() throws IOException {
        Result r = claimsVia();
        assertEquals(reference.size(), r.ids().size());
        assertEquals(referenceIds(p -> true), new HashSet<>(r.ids()));
        assertTrue(r.log().contains("limit=10&offset=10"), "GDAL followed our next links");
    }

    @Test
    void anAttributeFilterIsPushedToTheServer() throws IOException {
        Result r = claimsVia("-where", "source = 'sohr'");
        assertTrue(r.log().contains("/ogc/collections/claims/items?limit=10&source=sohr"), r.log());
        assertEquals(referenceIds(p -> p.path("source").asText().equals("sohr")), new HashSet<>(r.ids()));
        assertFalse(r.ids().isEmpty());
    }

    /**
     * GDAL turns a comparison on a date field into {@code datetime} and trusts the answer: for claims the server keeps
     * those in force at some time from that day on. Comparing the field itself takes a term GDAL cannot push, which it
     * then checks on each feature; a text comparison of the field (GDAL writes dates as {@code YYYY/MM/DD}), since GDAL
     * 3.6 fails on a date comparison with a null date ("Failed to parse date ''"), and a start the source did not
     * give is null.
     */
    @Test
    void aDateComparisonBecomesDatetimeWithOurMeaning() throws IOException {
        LocalDate day = LocalDate.parse("2017-12-01");
        Result pushed = claimsVia("-where", "valid_from >= '2017-12-01'");
        assertTrue(pushed.log().contains("datetime=2017-12-01T%2F.."), pushed.log());
        Set<String> inForceFromThen = OgcAnswers.ids(svc.json("/ogc/collections/claims/items?limit=10000"
                + "&datetime=2017-12-01/.."));
        assertEquals(inForceFromThen, new HashSet<>(pushed.ids()));

        Result exact = claimsVia("-where", "CAST(valid_from AS character(10)) >= '2017/12/01'");
        assertEquals(referenceIds(p -> p.path("valid_from").isTextual()
                && !LocalDate.parse(p.path("valid_from").asText()).isBefore(day)), new HashSet<>(exact.ids()));
        assertFalse(exact.ids().isEmpty());
        assertTrue(exact.ids().size() < pushed.ids().size());
    }

    /**
     * The control layer of a day, as QGIS users ask for it: an equality on {@code day} becomes {@code datetime}, and
     * the layer is /api/control's answer for that day.
     */
    @Test
    void theControlLayerOfADayIsTheControlAnswer() throws IOException {
        Path out = dir.resolve("control-" + System.nanoTime() + ".geojson");
        Gdal.Output run = ok(Gdal.run(Gdal.require("ogr2ogr"), "-f", "GeoJSON", out.toString(), url, "control",
                "-where", "day = '2017-12-08'", "--debug", "on"));
        assertTrue(run.text().contains("datetime=2017-12-08"), run.text());
        JsonNode got = RunningService.parse(Files.readString(out));
        assertEquals(OgcControlTest.holders(svc.json("/api/control?date=2017-12-08")), OgcControlTest.holders(got));
    }

    /** The values of field {@code field} in ogrinfo's feature dump. */
    static Set<String> values(String text, String field) {
        Set<String> out = new HashSet<>();
        text.lines().map(String::trim).filter(l -> l.startsWith(field + " (String) = "))
                .forEach(l -> out.add(l.substring(l.indexOf(" = ") + 3)));
        return out;
    }

    @Test
    void aSpatialFilterBecomesBboxAndAnIdFilterFetchesThatFeature() {
        String spat = ok(Gdal.run(Gdal.require("ogrinfo"), "-ro", "-q", url, "places", "-spat", "36.1", "33.3", "36.7",
                "33.8", "--debug", "on")).text();
        assertTrue(spat.contains("/ogc/collections/places/items?limit=10&bbox=36.1"), spat);
        assertEquals(OgcAnswers.ids(svc.json("/ogc/collections/places/items?bbox=36.1,33.3,36.7,33.8")),
                values(spat, "id"));
        String id = reference.path(0).path("id").asText();
        String one = ok(Gdal.run(Gdal.require("ogrinfo"), "-ro", "-q", url, "claims", "-where", "id = '" + id + "'",
                "--debug", "on")).text();
        assertTrue(one.contains("/ogc/collections/claims/items/" + id + ")"), one);
        assertEquals(Set.of(id), values(one, "id"));
    }
}
