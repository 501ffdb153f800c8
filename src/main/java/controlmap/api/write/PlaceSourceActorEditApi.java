package controlmap.api.write;

import com.fasterxml.jackson.core.JsonGenerator;
import controlmap.http.JsonAnswers;
import controlmap.wire.Json;
import controlmap.wire.ReferenceJson;
import controlmap.domain.Actor;
import controlmap.domain.Place;
import controlmap.domain.Source;
import controlmap.geo.Decoded;
import controlmap.geo.PlaceDecoder;
import controlmap.geo.ReferenceDecoder;
import controlmap.geo.StrictJson;
import controlmap.http.ApiException;
import controlmap.http.ConditionalGet;
import controlmap.http.QueryParams;
import controlmap.http.RequestBodies;
import controlmap.service.ControlMapService.Snapshot;
import controlmap.service.ControlMapService;
import controlmap.service.Editing;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;

/**
 * What claims refer to: {@code POST /api/places} (a Feature or FeatureCollection), {@code PUT /api/places/{id}},
 * {@code POST /api/sources}, {@code POST /api/actors}, and {@code GET} of one of each (where Location points).
 */
final class PlaceSourceActorEditApi {

    private final ControlMapService service;
    private final Editing editing;

    PlaceSourceActorEditApi(ControlMapService service, Editing editing) {
        this.service = service;
        this.editing = editing;
    }

    void addPlaces(Context ctx) {
        String editor = EditorAuth.editorOf(ctx);
        QueryParams.of(ctx);
        Decoded<Place> batch = PlaceDecoder.decode(RequestBodies.read(ctx));
        List<Place> stored = editing.addPlaces(batch, editor);
        WriteAnswers.created(ctx, "/api/places/" + stored.get(0).id());
        if (batch.collection()) {
            WriteAnswers.places(ctx, stored);
        } else {
            WriteAnswers.place(ctx, stored.get(0));
        }
    }

    void replacePlace(Context ctx) {
        String editor = EditorAuth.editorOf(ctx);
        QueryParams.of(ctx);
        String id = ctx.pathParam(ClaimEditApi.ID);
        Place place = PlaceDecoder.replacement(RequestBodies.read(ctx), id);
        Place stored = editing.replacePlace(id, place, editor);
        WriteAnswers.noStore(ctx);
        WriteAnswers.place(ctx, stored);
    }

    void place(Context ctx) {
        one(ctx, "place", (snapshot, id) -> snapshot.index().place(id), WriteAnswers::place);
    }

    void addSource(Context ctx) {
        String editor = EditorAuth.editorOf(ctx);
        QueryParams.of(ctx);
        Source stored = editing.addSource(ReferenceDecoder.source(StrictJson.parse(RequestBodies.read(ctx)), ""),
                editor);
        WriteAnswers.created(ctx, "/api/sources/" + stored.id());
        JsonAnswers.respond(ctx, Json.JSON, out -> ReferenceJson.source(out, stored));
    }

    void source(Context ctx) {
        one(ctx, "source", (snapshot, id) -> Optional.ofNullable(snapshot.sources().get(id)),
                (c, src) -> JsonAnswers.respond(c, Json.JSON, out -> ReferenceJson.source(out, src)));
    }

    void addActor(Context ctx) {
        String editor = EditorAuth.editorOf(ctx);
        QueryParams.of(ctx);
        Actor stored = editing.addActor(ReferenceDecoder.actor(StrictJson.parse(RequestBodies.read(ctx)), ""),
                editor);
        WriteAnswers.created(ctx, "/api/actors/" + stored.id());
        JsonAnswers.respond(ctx, Json.JSON, out -> ReferenceJson.actor(out, stored));
    }

    void actor(Context ctx) {
        one(ctx, "actor", (snapshot, id) -> snapshot.index().actor(id),
                (c, a) -> JsonAnswers.respond(c, Json.JSON, out -> ReferenceJson.actor(out, a)));
    }

    /** A GET of one place, source or actor by the path's id: 404 when there is none, else 304 or the thing. */
    private <T> void one(Context ctx, String what, BiFunction<Snapshot, String, Optional<T>> find,
                         BiConsumer<Context, T> send) {
        QueryParams.of(ctx);
        Snapshot s = service.snapshot();
        T found = find.apply(s, ctx.pathParam(ClaimEditApi.ID)).orElseThrow(() -> notFound(ctx, what));
        if (!ConditionalGet.notModified(ctx, s.dataVersion())) {
            send.accept(ctx, found);
        }
    }

    private static ApiException notFound(Context ctx, String what) {
        return new ApiException(404, "Not found", "No " + what + " with id '" + ctx.pathParam(ClaimEditApi.ID) + "'",
                null);
    }
}
