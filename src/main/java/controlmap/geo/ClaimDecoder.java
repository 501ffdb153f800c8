package controlmap.geo;

import com.fasterxml.jackson.databind.JsonNode;
import controlmap.domain.Basis;
import controlmap.domain.Claim;
import controlmap.domain.DatePrecision;
import controlmap.domain.Extent;
import controlmap.domain.Retraction;
import controlmap.domain.Stance;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;

/**
 * Reads claims from untrusted GeoJSON (an editor's request, an import file) under every rule of the "Write" section
 * of the design contract (docs/design.md) that needs no stored data: structure, property types, dates that exist,
 * {@code valid_from < valid_to} when both are given, stance and extent from their vocabularies,
 * non-empty quote and article, text limits, http(s) URLs, and a valid Polygon/MultiPolygon (or null: the place's
 * shape stands). References to places, actors and sources are checked against the store later
 * ({@code controlmap.service.ClaimValidator}).
 *
 * <p>Either a claim comes back that satisfies all of that, or an {@link InvalidInputException} naming the field;
 * nothing else escapes (a fuzz test holds it to this). Properties that the store assigns ({@code version},
 * {@code recorded}, {@code recorded_at}, {@code editor}, {@code own_geometry}) are ignored, so a claim read from the
 * API can be sent back as it is; any other unknown property is refused.
 */
public final class ClaimDecoder {

    /** Properties a claim Feature may carry. */
    public static final Set<String> PROPERTIES = Set.of("id", "source", "place", "actor", "valid_from", "valid_to",
            "date_precision", "reported_on", "reported_on_precision", "basis", "stance", "extent", "quote", "url",
            "article", "article_ref", "speaker", "note", "publisher", "published_on", "retracted", "retraction");
    /** Properties the store assigns: accepted and ignored. */
    public static final Set<String> ASSIGNED = Set.of("own_geometry", "version", "recorded", "recorded_at", "editor");

    private ClaimDecoder() {
    }

    /**
     * Parses a request body with {@link StrictJson} and reads one claim Feature or a FeatureCollection of at most
     * {@link InputLimits#MAX_FEATURES} claims.
     *
     * @throws InvalidInputException naming the first fault; for a collection, its field starts with
     *                               {@code features[i]}
     */
    public static Decoded<Claim> decode(byte[] body) {
        return claims(StrictJson.parse(body), InputLimits.MAX_FEATURES);
    }

    /** Reads one claim Feature, or a FeatureCollection of at most {@code maxFeatures} claims with distinct ids. */
    public static Decoded<Claim> claims(JsonNode root, int maxFeatures) {
        return Features.batch(root, maxFeatures, ClaimDecoder::claim, Claim::id);
    }

    /**
     * Reads the claim Feature at {@code path}. Its id may be absent (null: the store's caller assigns one). Version
     * fields are zero; a retraction is read when {@code retracted} is true.
     */
    public static Claim claim(JsonNode node, String path) {
        JsonFields f = Features.feature(node, path);
        JsonFields p = Features.properties(f);
        p.onlyKnown(PROPERTIES, ASSIGNED);
        String id = Features.id(f, p, InputLimits.MAX_CLAIM_ID_CHARS, false);
        LocalDate validFrom = p.date("valid_from");
        LocalDate validTo = p.date("valid_to");
        DatePrecision precision = p.choice("date_precision", DatePrecision::fromWire, null);
        if (validFrom == null && precision != null) {
            throw InvalidInputException.invalid(p.field("date_precision"), "must be absent when valid_from is not"
                    + " given (a start the source did not give has no precision); got " + precision.wire());
        }
        if (validFrom != null && validTo != null && !validFrom.isBefore(validTo)) {
            throw InvalidInputException.invalid(p.field("valid_to"), "must be after valid_from (" + validFrom
                    + "): valid_to is the first day the claim is no longer in force; got " + validTo);
        }
        JsonNode g = f.get("geometry");
        Geometry geometry = g == null ? null : GeoJsonPolygonReader.read(g, f.field("geometry"));
        return new Claim(id, p.requiredId("source", InputLimits.MAX_ID_CHARS),
                p.requiredId("place", InputLimits.MAX_ID_CHARS), p.requiredId("actor", InputLimits.MAX_ID_CHARS),
                validFrom, validTo, validFrom == null ? null : precision == null ? DatePrecision.DAY : precision,
                p.requiredDate("reported_on"),
                p.choice("reported_on_precision", DatePrecision::fromWire, DatePrecision.DAY),
                basis(p), p.choice("stance", Stance::fromWire, Stance.CONTROL),
                p.choice("extent", Extent::fromWire, Extent.WHOLE),
                p.requiredText("quote", InputLimits.MAX_QUOTE_CHARS), p.url("url"),
                p.requiredText("article", InputLimits.MAX_TEXT_CHARS),
                p.text("article_ref", InputLimits.MAX_TEXT_CHARS), p.text("speaker", InputLimits.MAX_TEXT_CHARS),
                p.text("note", InputLimits.MAX_NOTE_CHARS), p.text("publisher", InputLimits.MAX_TEXT_CHARS),
                p.date("published_on"), geometry, 0, 0, null, null, retraction(p));
    }

    private static Basis basis(JsonFields p) {
        Basis b = p.choice("basis", Basis::fromWire, null);
        if (b == null) {
            throw InvalidInputException.invalid(p.field("basis"), "is required: explicit or blanket");
        }
        return b;
    }

    private static Retraction retraction(JsonFields p) {
        JsonNode retracted = p.get("retracted");
        if (retracted == null) {
            return null;
        }
        if (!retracted.isBoolean()) {
            throw InvalidInputException.invalid(p.field("retracted"), "must be true or false; got "
                    + JsonFields.describe(retracted));
        }
        if (!retracted.booleanValue()) {
            return null;
        }
        JsonFields r = new JsonFields(p.get("retraction"), p.field("retraction"),
                "{by, at, reason} when retracted is true");
        r.onlyKnown(Set.of("by", "at", "reason"), Set.of());
        String at = r.requiredText("at", InputLimits.MAX_TEXT_CHARS);
        try {
            return new Retraction(r.requiredText("by", InputLimits.MAX_TEXT_CHARS), Instant.parse(at),
                    r.requiredText("reason", InputLimits.MAX_TEXT_CHARS));
        } catch (DateTimeParseException e) {
            throw InvalidInputException.invalid(r.field("at"), "must be an instant such as 2018-01-26T10:00:00Z; got '"
                    + JsonFields.clip(at) + "'");
        }
    }
}
