package controlmap.api;

import controlmap.domain.Claim;
import controlmap.geo.ClaimDecoder;
import controlmap.geo.Decoded;
import controlmap.geo.InputLimits;
import controlmap.geo.InputText;
import controlmap.geo.InvalidInputException;
import controlmap.service.ControlMapService;
import controlmap.service.ControlMapService.Snapshot;
import controlmap.service.Editing;
import io.javalin.http.Context;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Claims one at a time: add ({@code POST /api/claims}), correct ({@code PUT /api/claims/{id}}), retract
 * ({@code DELETE /api/claims/{id}?reason=}), read one ({@code GET /api/claims/{id}}) and its history
 * ({@code GET /api/claims/{id}/history}). Writes need an editor's token; reads are public like the others.
 */
final class ClaimEditApi {

    static final String REASON = "reason";
    static final String ID = "id";

    private final ControlMapService service;
    private final Editing editing;
    private final EditorAuth auth;

    ClaimEditApi(ControlMapService service, Editing editing, EditorAuth auth) {
        this.service = service;
        this.editing = editing;
        this.auth = auth;
    }

    /** {@code POST /api/claims}: one Feature or a FeatureCollection, all or nothing; 201 with Location. */
    void add(Context ctx) {
        String editor = auth.editor(ctx);
        QueryParams.of(ctx);
        Decoded<Claim> batch = ClaimDecoder.decode(RequestBodies.read(ctx));
        refuseRetraction(batch);
        List<Claim> stored = editing.addClaims(batch, editor);
        Snapshot s = service.snapshot();
        WriteAnswers.created(ctx, "/api/claims/" + stored.get(0).id());
        if (batch.collection()) {
            WriteAnswers.claims(ctx, s, stored);
        } else {
            WriteAnswers.claim(ctx, s, stored.get(0));
        }
    }

    /** {@code PUT /api/claims/{id}}: one Feature that supersedes the claim; 200 with the new version. */
    void supersede(Context ctx) {
        String editor = auth.editor(ctx);
        QueryParams.of(ctx);
        String id = ctx.pathParam(ID);
        Decoded<Claim> batch = ClaimDecoder.decode(RequestBodies.read(ctx));
        if (batch.collection()) {
            throw InvalidInputException.invalid("type", "PUT takes one claim Feature, not a FeatureCollection");
        }
        refuseRetraction(batch);
        Claim stored = found(() -> editing.supersede(id, batch.first(), editor));
        WriteAnswers.noStore(ctx);
        WriteAnswers.claim(ctx, service.snapshot(), stored);
    }

    /** {@code DELETE /api/claims/{id}?reason=}: marks the claim retracted (it is kept); 200 with it. */
    void retract(Context ctx) {
        String editor = auth.editor(ctx);
        QueryParams q = QueryParams.of(ctx, REASON);
        String id = ctx.pathParam(ID);
        String reason = q.text(REASON);
        if (reason == null || reason.isBlank()) {
            throw ApiException.badParameter(REASON, "is required: say why the claim is retracted");
        }
        try {
            InputText.check(REASON, reason, InputLimits.MAX_TEXT_CHARS);
        } catch (InvalidInputException e) {
            throw ApiException.badParameter(REASON, e.reason());
        }
        Claim stored = found(() -> editing.retract(id, reason, editor));
        WriteAnswers.noStore(ctx);
        WriteAnswers.claim(ctx, service.snapshot(), stored);
    }

    /** {@code GET /api/claims/{id}}: the current version, retracted or not. */
    void one(Context ctx) {
        QueryParams.of(ctx);
        Snapshot s = service.snapshot();
        Claim c = service.store().claim(ctx.pathParam(ID)).orElseThrow(() -> noClaim(ctx));
        if (HttpCache.notModified(ctx, s.dataVersion())) {
            return;
        }
        WriteAnswers.claim(ctx, s, c);
    }

    /** {@code GET /api/claims/{id}/history}: every version, oldest first, each with its editor and time. */
    void history(Context ctx) {
        QueryParams.of(ctx);
        Snapshot s = service.snapshot();
        List<Claim> versions = service.store().history(ctx.pathParam(ID));
        if (versions.isEmpty()) {
            throw noClaim(ctx);
        }
        if (HttpCache.notModified(ctx, s.dataVersion())) {
            return;
        }
        WriteAnswers.claims(ctx, s, versions);
    }

    /** A retraction is recorded by DELETE, with the editor and time; a body cannot claim one. */
    private static void refuseRetraction(Decoded<Claim> batch) {
        for (int i = 0; i < batch.size(); i++) {
            if (batch.items().get(i).retracted()) {
                throw InvalidInputException.invalid(batch.field(i, "properties.retracted"), "a claim cannot be sent "
                        + "retracted; DELETE /api/claims/{id}?reason= retracts a stored claim");
            }
        }
    }

    private static ApiException noClaim(Context ctx) {
        return new ApiException(404, "Not found", "No claim with id '" + ctx.pathParam(ID) + "'", null);
    }

    static <T> T found(java.util.function.Supplier<T> write) {
        try {
            return write.get();
        } catch (NoSuchElementException e) {
            throw new ApiException(404, "Not found", capitalised(e.getMessage()), null);
        }
    }

    private static String capitalised(String s) {
        return s == null || s.isEmpty() ? "Not found" : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
