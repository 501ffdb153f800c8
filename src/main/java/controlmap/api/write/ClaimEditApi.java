package controlmap.api.write;

import controlmap.api.ClaimAnswer;
import controlmap.domain.Claim;
import controlmap.geo.ClaimDecoder;
import controlmap.geo.Decoded;
import controlmap.geo.InputLimits;
import controlmap.geo.InputText;
import controlmap.geo.InvalidInputException;
import controlmap.http.ApiException;
import controlmap.http.ConditionalGet;
import controlmap.http.Problems;
import controlmap.http.QueryParams;
import controlmap.http.RequestBodies;
import controlmap.service.ControlMapService.Snapshot;
import controlmap.service.ControlMapService;
import controlmap.service.Editing;
import controlmap.store.ClaimStore;
import io.javalin.http.Context;
import java.util.List;

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

    ClaimEditApi(ControlMapService service, Editing editing) {
        this.service = service;
        this.editing = editing;
    }

    /** {@code POST /api/claims}: one Feature or a FeatureCollection, all or nothing; 201 with Location. */
    void add(Context ctx) {
        String editor = EditorAuth.editorOf(ctx);
        QueryParams.of(ctx);
        Decoded<Claim> batch = ClaimDecoder.decode(RequestBodies.read(ctx));
        refuseRetraction(batch);
        List<Claim> stored = editing.addClaims(batch, editor);
        Snapshot s = service.snapshot();
        WriteAnswers.created(ctx, "/api/claims/" + stored.get(0).id());
        if (batch.collection()) {
            WriteAnswers.claims(ctx, s, stored);
        } else {
            ClaimAnswer.of(s, stored.get(0)).send(ctx);
        }
    }

    /**
     * {@code PUT /api/claims/{id}}: one Feature that supersedes the claim; 200 with the new version and its ETag. With
     * {@code If-Match}, only while the claim is as that ETag shows it (else 412).
     */
    void supersede(Context ctx) {
        String editor = EditorAuth.editorOf(ctx);
        QueryParams.of(ctx);
        String id = ctx.pathParam(ID);
        int expected = expectedVersion(ctx, id);
        Decoded<Claim> batch = ClaimDecoder.decode(RequestBodies.read(ctx));
        if (batch.collection()) {
            throw InvalidInputException.invalid("type", "PUT takes one claim Feature, not a FeatureCollection");
        }
        refuseRetraction(batch);
        Claim stored = editing.supersede(id, batch.first(), editor, expected);
        WriteAnswers.noStore(ctx);
        ClaimAnswer.of(service.snapshot(), stored).send(ctx);
    }

    /**
     * {@code DELETE /api/claims/{id}?reason=}: marks the claim retracted (it is kept); 200 with it. With
     * {@code If-Match}, only while the claim is as that ETag shows it (else 412).
     */
    void retract(Context ctx) {
        String editor = EditorAuth.editorOf(ctx);
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
        int expected = expectedVersion(ctx, id);
        Claim stored = editing.retract(id, reason, editor, expected);
        WriteAnswers.noStore(ctx);
        ClaimAnswer.of(service.snapshot(), stored).send(ctx);
    }

    /** {@code GET /api/claims/{id}}: the current version, retracted or not, with a strong ETag for {@code If-Match}. */
    void one(Context ctx) {
        QueryParams.of(ctx);
        Claim c = service.store().claim(ctx.pathParam(ID)).orElseThrow(() -> noClaim(ctx));
        ClaimAnswer answer = ClaimAnswer.of(service.snapshot(), c);
        if (ConditionalGet.notModifiedTagged(ctx, answer.etag())) {
            return;
        }
        answer.send(ctx);
    }

    /**
     * The version an {@code If-Match} header lets a write change: the claim's current one when the header names its
     * current ETag (or is {@code *}); {@link ClaimStore#ANY_VERSION} without the header. The store checks the version
     * again in the write's transaction.
     *
     * @throws ApiException 412 when the claim is no longer as the header's ETag showed it; 404 when there is no claim
     */
    private int expectedVersion(Context ctx, String id) {
        String ifMatch = ctx.header("If-Match");
        if (ifMatch == null) {
            return ClaimStore.ANY_VERSION;
        }
        Claim current = service.store().claim(id).orElseThrow(() -> noClaim(ctx));
        ClaimAnswer now = ClaimAnswer.of(service.snapshot(), current);
        if (!ConditionalGet.strongMatch(ifMatch, now.etag())) {
            throw Problems.changedSince(id, "it is at version " + current.version() + " now, ETag " + now.etag());
        }
        return current.version();
    }

    /** {@code GET /api/claims/{id}/history}: every version, oldest first, each with its editor and time. */
    void history(Context ctx) {
        QueryParams.of(ctx);
        Snapshot s = service.snapshot();
        List<Claim> versions = service.store().history(ctx.pathParam(ID));
        if (versions.isEmpty()) {
            throw noClaim(ctx);
        }
        if (ConditionalGet.notModified(ctx, s.dataVersion())) {
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
}
