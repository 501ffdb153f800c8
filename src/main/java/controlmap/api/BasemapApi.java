package controlmap.api;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.CRC32;

/**
 * {@code GET /api/basemap}: the country outlines the map draws under the places, so it is readable with no tile
 * server at all. The file is part of the packaged seed data and never changes while the service runs, so its ETag
 * derives from its bytes rather than from the data version.
 */
public final class BasemapApi {

    static final String RESOURCE = controlmap.render.Basemap.RESOURCE;

    private final byte[] body;
    private final long version;

    /** Reads the basemap from the classpath. */
    public BasemapApi() {
        try (InputStream in = BasemapApi.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("basemap missing from the classpath: " + RESOURCE);
            }
            body = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CRC32 crc = new CRC32();
        crc.update(body);
        version = crc.getValue();
    }

    /** {@code GET /api/basemap}: FeatureCollection of country outlines ({@code name}, {@code iso_numeric}). */
    public void basemap(Context ctx) {
        QueryParams.of(ctx);
        if (HttpCache.notModified(ctx, version)) {
            return;
        }
        ctx.contentType(Json.GEOJSON + "; charset=utf-8");
        ctx.result(body);
    }
}
