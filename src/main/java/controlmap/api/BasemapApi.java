package controlmap.api;

import controlmap.geo.ZoomSimplifier;
import controlmap.http.ConditionalGet;
import controlmap.http.QueryParams;
import controlmap.render.Basemap;
import io.javalin.http.Context;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32;

/**
 * {@code GET /api/basemap[?zoom=Z]}: the country outlines the map draws under the places, so it is readable with no
 * tile server at all. The file is part of the packaged seed data and never changes while the service runs, so its ETag
 * derives from its bytes rather than from the data version. With {@code zoom}, each outline is simplified to half a
 * pixel at that web map zoom ({@link ZoomSimplifier}, as the places are): the whole-country view needs a fraction of
 * the 1:10m file's 14,000 vertices. Each level is made when first asked for and kept.
 */
public final class BasemapApi {

    private final Basemap basemap;
    private final byte[] body;
    private final long version;
    private final Map<Integer, byte[]> byZoom = new ConcurrentHashMap<>();

    /** @param basemap the outlines, shared with the pictures */
    public BasemapApi(Basemap basemap) {
        this.basemap = basemap;
        this.body = basemap.file();
        CRC32 crc = new CRC32();
        crc.update(body);
        this.version = crc.getValue();
    }

    /** {@code GET /api/basemap[?zoom=Z]}: FeatureCollection of country outlines ({@code name}, {@code iso_numeric}). */
    public void basemap(Context ctx) {
        QueryParams q = QueryParams.of(ctx, QueryParams.ZOOM);
        Integer zoom = q.zoom();
        if (ConditionalGet.notModified(ctx, version)) {
            return;
        }
        ctx.contentType(Json.GEOJSON + "; charset=utf-8");
        ctx.result(zoom == null ? body : byZoom.computeIfAbsent(zoom, this::simplified));
    }

    private byte[] simplified(int zoom) {
        return Json.bytes(out -> {
            Json.startFeatureCollection(out, h -> h.writeStringField("source", basemap.source()));
            for (Basemap.Country c : basemap.countries()) {
                Json.feature(out, c.id(), ZoomSimplifier.simplify(c.geometry(), zoom), props -> {
                    props.writeStringField("name", c.name());
                    props.writeStringField("iso_numeric", c.isoNumeric());
                });
            }
            Json.endFeatureCollection(out);
        });
    }
}
