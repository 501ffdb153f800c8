package controlmap.api;

import controlmap.http.ConditionalGet;
import controlmap.http.QueryParams;
import controlmap.service.ControlMapService;
import controlmap.store.StoreCopy;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The whole dataset as files ({@code GET /api/export.gpkg|geojson|csv|fgb}), each an attachment named
 * {@code controlmap-YYYY-MM-DD.<ext>} (today, UTC), with the ETag and Cache-Control of every read. Every claim is in,
 * retracted ones included (marked {@code retracted}); the GeoPackage holds every version, the others the current one.
 */
public final class ExportApi {

    public static final String GPKG = "application/geopackage+sqlite3";
    public static final String CSV = "text/csv";
    public static final String FGB = "application/flatgeobuf";
    private final ControlMapService service;

    public ExportApi(ControlMapService service) {
        this.service = service;
    }

    /** Adds the export routes to {@code config}. */
    public static void register(JavalinConfig config, ControlMapService service) {
        ExportApi api = new ExportApi(service);
        config.routes.get("/api/export.gpkg", api::gpkg);
        config.routes.get("/api/export.geojson", api::geojson);
        config.routes.get("/api/export.csv", api::csv);
        config.routes.get("/api/export.fgb", api::fgb);
    }

    /** {@code true} when answered with 304; otherwise the attachment headers are set. */
    private boolean prepare(Context ctx, String extension) {
        QueryParams.of(ctx);
        if (ConditionalGet.notModified(ctx, service.store().dataVersion())) {
            return true;
        }
        ctx.header("Content-Disposition", "attachment; filename=\"controlmap-" + LocalDate.now(ZoneOffset.UTC) + "."
                + extension + "\"");
        return false;
    }

    /**
     * {@code GET /api/export.gpkg}: an OGC GeoPackage in our own schema ({@code places} and {@code claims} feature
     * tables with R-tree indexes, {@code actors}, {@code sources}, {@code claim_history}), every claim with its full
     * history: {@link DatasetFiles#gpkg}.
     */
    public void gpkg(Context ctx) {
        if (prepare(ctx, "gpkg")) {
            return;
        }
        try {
            Path file = Files.createTempFile("controlmap-export-", ".gpkg");
            Files.delete(file);
            DatasetFiles.gpkg(service.store(), file, StoreCopy.Progress.none());
            ctx.contentType(GPKG);
            ctx.result(Files.newInputStream(file, StandardOpenOption.DELETE_ON_CLOSE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code GET /api/export.geojson}: {@link DatasetFiles#geojson}. */
    public void geojson(Context ctx) throws IOException {
        if (prepare(ctx, "geojson")) {
            return;
        }
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        DatasetFiles.geojson(service.store(), buf);
        ctx.contentType(Json.GEOJSON + "; charset=utf-8");
        ctx.result(buf.toByteArray());
    }

    /** {@code GET /api/export.csv}: {@link DatasetFiles#csv}. */
    public void csv(Context ctx) throws IOException {
        if (prepare(ctx, "csv")) {
            return;
        }
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        DatasetFiles.csv(service.store(), buf);
        ctx.contentType(CSV + "; charset=utf-8; header=present");
        ctx.result(buf.toByteArray());
    }

    /** {@code GET /api/export.fgb}: {@link DatasetFiles#fgb}. */
    public void fgb(Context ctx) throws IOException {
        if (prepare(ctx, "fgb")) {
            return;
        }
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        DatasetFiles.fgb(service.store(), buf);
        ctx.contentType(FGB);
        ctx.result(buf.toByteArray());
    }
}
