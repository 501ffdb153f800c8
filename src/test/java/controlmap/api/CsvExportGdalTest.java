package controlmap.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import controlmap.testing.Gdal;
import controlmap.testing.SeededServiceTest;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * /api/export.csv read over HTTP by GDAL's CSV driver with the options docs/gis.md gives: every claim becomes a valid
 * polygon in EPSG:4326, dates typed as dates, and it converts to a GeoPackage without a complaint.
 */
class CsvExportGdalTest extends SeededServiceTest {

    @TempDir
    Path dir;

    @Test
    void ogr2ogrMakesAGeoPackageOfValidPolygonsWithTypedDates() {
        int claims = svc.json("/api/claims").path("features").size();
        // streamed: the export is sent chunked, without a size for /vsicurl/ to seek in
        String csv = "CSV:/vsicurl_streaming/" + svc.uri("/api/export.csv");
        Path gpkg = dir.resolve("claims.gpkg");
        Gdal.Output run = Gdal.run(Gdal.require("ogr2ogr"), "-f", "GPKG", gpkg.toString(), csv,
                "-oo", "GEOM_POSSIBLE_NAMES=wkt", "-oo", "KEEP_GEOM_COLUMNS=NO", "-oo", "AUTODETECT_TYPE=YES",
                "-a_srs", "EPSG:4326", "-nlt", "MULTIPOLYGON", "-nln", "claims");
        assertEquals(0, run.exitCode(), run.text());
        assertEquals(List.of(), run.complaints(), run.text());
        String info = Gdal.run(Gdal.require("ogrinfo"), "-ro", "-so", gpkg.toString(), "claims").text();
        assertTrue(info.contains("Geometry: Multi Polygon"), info);
        assertTrue(info.contains("Feature Count: " + claims), info);
        assertTrue(info.contains("EPSG\",4326") || info.contains("ID[\"EPSG\",4326]"), info);
        for (String date : List.of("valid_from: Date", "valid_to: Date", "reported_on: Date")) {
            assertTrue(info.contains(date), date + " in " + info);
        }
        assertTrue(info.contains("place_name: String"), info);
        assertTrue(info.contains("own_geometry: Integer(Boolean)"), info);
        assertTrue(info.contains("recorded_at: DateTime"), info);
        String valid = Gdal.run(Gdal.require("ogrinfo"), "-ro", gpkg.toString(), "-dialect", "SQLite", "-sql",
                "SELECT COUNT(*) AS n FROM claims WHERE ST_IsValid(geom) AND NOT ST_IsEmpty(geom)").text();
        assertTrue(valid.contains("n (Integer) = " + claims), valid);
    }
}
