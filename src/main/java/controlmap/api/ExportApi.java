package controlmap.api;

import controlmap.domain.Claim;
import controlmap.domain.Place;
import controlmap.geo.FeatureCodec;
import controlmap.service.ControlMapService;
import controlmap.store.ClaimQuery;
import controlmap.store.ClaimStore;
import controlmap.store.gpkg.GeoPackageClaimStore;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Geometry;

/**
 * The whole dataset as files ({@code GET /api/export.gpkg|geojson|csv}), each an attachment named
 * {@code controlmap-YYYY-MM-DD.<ext>} (today, UTC), with the ETag and Cache-Control of every read. Every claim is in,
 * retracted ones included (marked {@code retracted}); each export holds the current version of each claim.
 */
public final class ExportApi {

    public static final String GPKG = "application/geopackage+sqlite3";
    public static final String CSV = "text/csv";
    /** Who the GeoPackage export names as editor of every claim (see {@link #gpkg}). */
    public static final String EXPORT_EDITOR = "export";
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
    }

    /** {@code true} when answered with 304; otherwise the attachment headers are set. */
    private boolean prepare(Context ctx, String extension) {
        QueryParams.of(ctx);
        if (HttpCache.notModified(ctx, service.store().dataVersion())) {
            return true;
        }
        ctx.header("Content-Disposition", "attachment; filename=\"controlmap-" + LocalDate.now(ZoneOffset.UTC) + "."
                + extension + "\"");
        return false;
    }

    /**
     * {@code GET /api/export.gpkg}: an OGC GeoPackage made with our own store ({@code places} and {@code claims}
     * feature tables with R-tree indexes, {@code actors}, {@code sources}, {@code claim_history}). The claims are
     * added afresh, so each is version 1 there, recorded by {@value #EXPORT_EDITOR} at export time, in a new
     * {@code recorded} sequence (same order); earlier versions are not exported.
     */
    public void gpkg(Context ctx) {
        if (prepare(ctx, "gpkg")) {
            return;
        }
        ClaimStore store = service.store();
        try {
            Path file = Files.createTempFile("controlmap-export-", ".gpkg");
            Files.delete(file);
            try (GeoPackageClaimStore out = GeoPackageClaimStore.open(file)) {
                out.putActors(store.actors());
                out.putSources(store.sources());
                out.putPlaces(store.places());
                out.addClaims(store.claims(ClaimQuery.everything()), EXPORT_EDITOR);
            }
            Files.deleteIfExists(Path.of(file + "-wal"));
            Files.deleteIfExists(Path.of(file + "-shm"));
            ctx.contentType(GPKG);
            ctx.result(Files.newInputStream(file, StandardOpenOption.DELETE_ON_CLOSE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code GET /api/export.geojson}: a FeatureCollection of every claim, properties as in {@code /api/claims}, the
     * geometry being the claim's own shape or else its place's ({@code own_geometry} tells which).
     */
    public void geojson(Context ctx) {
        if (prepare(ctx, "geojson")) {
            return;
        }
        Map<String, Place> places = places();
        List<Claim> claims = service.store().claims(ClaimQuery.everything());
        Json.respond(ctx, Json.GEOJSON, out -> {
            Json.startFeatureCollection(out, h -> h.writeNumberField("numberReturned", claims.size()));
            for (Claim c : claims) {
                Json.feature(out, c.id(), geometry(c, places), props -> FeatureCodec.writeClaimProperties(props, c));
            }
            Json.endFeatureCollection(out);
        });
    }

    /** {@code GET /api/export.csv}: one row per claim, every field, the own shape as {@code wkt} (empty when none). */
    public void csv(Context ctx) {
        if (prepare(ctx, "csv")) {
            return;
        }
        StringBuilder b = new StringBuilder(Csv.record(ClaimRow.HEADER));
        for (Claim c : service.store().claims(ClaimQuery.everything())) {
            b.append(Csv.record(ClaimRow.of(c)));
        }
        ctx.contentType(CSV + "; charset=utf-8; header=present");
        ctx.result(b.toString().getBytes(StandardCharsets.UTF_8));
    }

    private Map<String, Place> places() {
        return service.store().places().stream().collect(Collectors.toMap(Place::id, Function.identity()));
    }

    private static Geometry geometry(Claim c, Map<String, Place> places) {
        if (c.geometry() != null) {
            return c.geometry();
        }
        Place p = places.get(c.place());
        return p == null ? null : p.geometry();
    }
}
