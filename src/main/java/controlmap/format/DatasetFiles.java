package controlmap.format;

import controlmap.domain.Claim;
import controlmap.domain.Place;
import controlmap.wire.FeatureCodec;
import controlmap.store.ClaimQuery;
import controlmap.store.ClaimStore;
import controlmap.store.StoreCopy;
import controlmap.store.gpkg.GeoPackageClaimStore;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Geometry;
import controlmap.wire.Json;

/**
 * The whole dataset of a store as a file: GeoPackage (lossless, every version of every claim), GeoJSON or CSV (the
 * current version of every claim, retracted ones included and marked). Used by {@code GET /api/export.*} and by the
 * {@code export} command, so both give the same bytes for the same data.
 */
public final class DatasetFiles {

    /** The formats, by file extension. */
    public enum Format { gpkg, geojson, csv, fgb }

    private DatasetFiles() {
    }

    /**
     * Writes {@code from} into a new GeoPackage at {@code file} (which must not exist) with {@link StoreCopy}: actors,
     * sources, places and every claim with its full history (versions, recorded numbers, editors, retractions), in
     * our own schema with R-tree indexed {@code places} and {@code claims} layers. The WAL is checkpointed on close,
     * so the single file is complete.
     */
    public static StoreCopy.Summary gpkg(ClaimStore from, Path file, StoreCopy.Progress progress) {
        if (Files.exists(file)) {
            throw new IllegalArgumentException("will not overwrite " + file);
        }
        try (GeoPackageClaimStore out = GeoPackageClaimStore.open(file)) {
            return StoreCopy.copy(from, out, progress);
        } finally {
            deleteQuietly(Path.of(file + "-wal"));
            deleteQuietly(Path.of(file + "-shm"));
        }
    }

    /**
     * Writes a GeoJSON FeatureCollection of every claim: properties as in {@code /api/claims}, geometry the claim's own
     * shape or else its place's ({@code own_geometry} tells which).
     */
    public static void geojson(ClaimStore from, OutputStream out) throws IOException {
        Map<String, Place> places = from.places().stream().collect(Collectors.toMap(Place::id, Function.identity()));
        List<Claim> claims = from.claims(ClaimQuery.everything());
        out.write(Json.bytes(g -> {
            Json.startFeatureCollection(g, h -> h.writeNumberField("numberReturned", claims.size()));
            for (Claim c : claims) {
                Json.feature(g, c.id(), geometry(c, places), props -> FeatureCodec.writeClaimProperties(props, c));
            }
            Json.endFeatureCollection(g);
        }));
    }

    /**
     * Writes one RFC 4180 row per claim, every field, the place's name, and as {@code wkt} the geometry the claim
     * stands for: its own shape, or else its place's ({@code own_geometry} tells which).
     */
    public static void csv(ClaimStore from, OutputStream out) throws IOException {
        Map<String, Place> places = from.places().stream().collect(Collectors.toMap(Place::id, Function.identity()));
        StringBuilder b = new StringBuilder(Csv.record(ClaimRow.HEADER));
        for (Claim c : from.claims(ClaimQuery.everything())) {
            b.append(Csv.record(ClaimRow.of(c, places.get(c.place()), geometry(c, places))));
        }
        out.write(b.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Writes a FlatGeobuf file of every claim: the same properties as the GeoJSON export (as {@code /api/claims}),
     * dates as DateTime, geometry the claim's own shape or else its place's as a MultiPolygon in EPSG:4326.
     */
    public static void fgb(ClaimStore from, OutputStream out) throws IOException {
        Map<String, Place> places = from.places().stream().collect(Collectors.toMap(Place::id, Function.identity()));
        List<FlatGeobufFile.Row> rows = new java.util.ArrayList<>();
        for (Claim c : from.claims(ClaimQuery.everything())) {
            Geometry g = geometry(c, places);
            if (g != null) {
                byte[] props = Json.bytes(p -> {
                    p.writeStartObject();
                    FeatureCodec.writeClaimProperties(p, c);
                    p.writeEndObject();
                });
                rows.add(new FlatGeobufFile.Row(g, (com.fasterxml.jackson.databind.node.ObjectNode)
                        FGB_JSON.readTree(props)));
            }
        }
        FlatGeobufFile.write("claims", rows, out);
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper FGB_JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();

    private static Geometry geometry(Claim c, Map<String, Place> places) {
        if (c.geometry() != null) {
            return c.geometry();
        }
        Place p = places.get(c.place());
        return p == null ? null : p.geometry();
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
