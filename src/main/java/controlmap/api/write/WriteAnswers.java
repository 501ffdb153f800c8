package controlmap.api.write;

import controlmap.api.ListsApi;
import controlmap.api.Json;
import controlmap.domain.Claim;
import controlmap.domain.Place;
import controlmap.geo.FeatureCodec;
import controlmap.service.ControlMapService.Snapshot;
import io.javalin.http.Context;
import java.util.List;

/** The answers of the editing endpoints: the stored items as the read API shows them. */
final class WriteAnswers {

    private WriteAnswers() {
    }

    /** 201 with {@code Location}; the answer is not cached. */
    static void created(Context ctx, String location) {
        ctx.status(201);
        ctx.header("Location", location);
        noStore(ctx);
    }

    static void noStore(Context ctx) {
        ctx.header("Cache-Control", "no-store");
    }

    /** A FeatureCollection of claims with {@code numberReturned}. */
    static void claims(Context ctx, Snapshot s, List<Claim> claims) {
        Json.respond(ctx, Json.GEOJSON, out -> {
            Json.startFeatureCollection(out, h -> h.writeNumberField("numberReturned", claims.size()));
            for (Claim c : claims) {
                ListsApi.writeClaim(out, s, c);
            }
            Json.endFeatureCollection(out);
        });
    }

    static void place(Context ctx, Place p) {
        Json.respond(ctx, Json.GEOJSON, out -> Json.feature(out, p.id(), p.geometry(),
                props -> FeatureCodec.writePlaceProperties(props, p)));
    }

    static void places(Context ctx, List<Place> places) {
        Json.respond(ctx, Json.GEOJSON, out -> {
            Json.startFeatureCollection(out, h -> h.writeNumberField("numberReturned", places.size()));
            for (Place p : places) {
                Json.feature(out, p.id(), p.geometry(), props -> FeatureCodec.writePlaceProperties(props, p));
            }
            Json.endFeatureCollection(out);
        });
    }
}
