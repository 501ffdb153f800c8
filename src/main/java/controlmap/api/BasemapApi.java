package controlmap.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import controlmap.geo.GeoJsonGeometry;
import controlmap.geo.ZoomSimplifier;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32;
import org.locationtech.jts.geom.Geometry;

/**
 * {@code GET /api/basemap[?zoom=Z]}: the country outlines the map draws under the places, so it is readable with no
 * tile server at all. The file is part of the packaged seed data and never changes while the service runs, so its ETag
 * derives from its bytes rather than from the data version. With {@code zoom}, each outline is simplified to half a
 * pixel at that web map zoom ({@link ZoomSimplifier}, as the places are): the whole-country view needs a fraction of
 * the 1:10m file's 14,000 vertices. Each level is made once and kept.
 */
public final class BasemapApi {

    static final String RESOURCE = controlmap.render.Basemap.RESOURCE;

    private final byte[] body;
    private final long version;
    private final String source;
    private final List<Country> countries = new ArrayList<>();
    private final Map<Integer, byte[]> byZoom = new ConcurrentHashMap<>();

    private record Country(String id, String name, String isoNumeric, Geometry geometry) {
    }

    /** Reads the basemap from the classpath. */
    public BasemapApi() {
        try (InputStream in = BasemapApi.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("basemap missing from the classpath: " + RESOURCE);
            }
            body = in.readAllBytes();
            JsonNode fc = new ObjectMapper().readTree(body);
            source = fc.path("source").asText(null);
            for (JsonNode f : fc.path("features")) {
                JsonNode p = f.path("properties");
                countries.add(new Country(f.path("id").asText(null), p.path("name").asText(null),
                        p.path("iso_numeric").asText(null), GeoJsonGeometry.read(f.path("geometry"))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CRC32 crc = new CRC32();
        crc.update(body);
        version = crc.getValue();
    }

    /** {@code GET /api/basemap[?zoom=Z]}: FeatureCollection of country outlines ({@code name}, {@code iso_numeric}). */
    public void basemap(Context ctx) {
        QueryParams q = QueryParams.of(ctx, QueryParams.ZOOM);
        Integer zoom = q.zoom();
        if (HttpCache.notModified(ctx, version)) {
            return;
        }
        ctx.contentType(Json.GEOJSON + "; charset=utf-8");
        ctx.result(zoom == null ? body : byZoom.computeIfAbsent(zoom, this::simplified));
    }

    private byte[] simplified(int zoom) {
        return Json.bytes(out -> {
            Json.startFeatureCollection(out, h -> h.writeStringField("source", source));
            for (Country c : countries) {
                Json.feature(out, c.id(), ZoomSimplifier.simplify(c.geometry(), zoom), props -> {
                    props.writeStringField("name", c.name());
                    props.writeStringField("iso_numeric", c.isoNumeric());
                });
            }
            Json.endFeatureCollection(out);
        });
    }
}
