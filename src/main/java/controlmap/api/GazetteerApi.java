package controlmap.api;

import controlmap.http.ConditionalGet;
import controlmap.http.QueryParams;
import controlmap.render.Gazetteer;
import io.javalin.http.Context;
import java.util.zip.CRC32;

/**
 * {@code GET /api/gazetteer}: the towns, rivers and country names the map writes over the outline basemap, so a
 * reader knows where they are with no tile server (see {@link Gazetteer}). Part of the packaged seed data and never
 * changed while the service runs, so, as for the basemap, the ETag derives from the file's bytes.
 */
public final class GazetteerApi {

    private final byte[] body;
    private final long version;

    /** @param gazetteer the gazetteer, shared with the pictures */
    public GazetteerApi(Gazetteer gazetteer) {
        this.body = gazetteer.file();
        CRC32 crc = new CRC32();
        crc.update(body);
        this.version = crc.getValue();
    }

    /**
     * {@code GET /api/gazetteer}: FeatureCollection; each feature's {@code kind} is {@code town} (Point; {@code name},
     * {@code name_ar} or null, {@code alt} other spellings, {@code country} ISO 3166 alpha-2, {@code population},
     * {@code capital}, {@code min_zoom}), {@code river} (MultiLineString; {@code name}, {@code name_ar}, {@code alt})
     * or {@code country} (Point where its name is written; {@code name}, {@code name_ar}, {@code iso}).
     */
    public void gazetteer(Context ctx) {
        QueryParams.of(ctx);
        if (ConditionalGet.notModified(ctx, version)) {
            return;
        }
        ctx.contentType(Json.GEOJSON + "; charset=utf-8");
        ctx.result(body);
    }
}
