package controlmap.geo;

import static controlmap.wire.ClaimFields.ACTOR;
import static controlmap.wire.ClaimFields.ARTICLE;
import static controlmap.wire.ClaimFields.ARTICLE_REF;
import static controlmap.wire.ClaimFields.BASIS;
import static controlmap.wire.ClaimFields.DATE_PRECISION;
import static controlmap.wire.ClaimFields.EDITOR;
import static controlmap.wire.ClaimFields.EXTENT;
import static controlmap.wire.ClaimFields.ID;
import static controlmap.wire.ClaimFields.NOTE;
import static controlmap.wire.ClaimFields.OWN_GEOMETRY;
import static controlmap.wire.ClaimFields.PLACE;
import static controlmap.wire.ClaimFields.PUBLISHED_ON;
import static controlmap.wire.ClaimFields.PUBLISHER;
import static controlmap.wire.ClaimFields.QUOTE;
import static controlmap.wire.ClaimFields.RECORDED;
import static controlmap.wire.ClaimFields.RECORDED_AT;
import static controlmap.wire.ClaimFields.REPORTED_ON;
import static controlmap.wire.ClaimFields.REPORTED_ON_PRECISION;
import static controlmap.wire.ClaimFields.RETRACTED;
import static controlmap.wire.ClaimFields.RETRACTION;
import static controlmap.wire.ClaimFields.SOURCE;
import static controlmap.wire.ClaimFields.SPEAKER;
import static controlmap.wire.ClaimFields.STANCE;
import static controlmap.wire.ClaimFields.URL;
import static controlmap.wire.ClaimFields.VALID_FROM;
import static controlmap.wire.ClaimFields.VALID_TO;
import static controlmap.wire.ClaimFields.VERSION;

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
    public static final Set<String> PROPERTIES = Set.of(ID, SOURCE, PLACE, ACTOR, VALID_FROM, VALID_TO,
            DATE_PRECISION, REPORTED_ON, REPORTED_ON_PRECISION, BASIS, STANCE, EXTENT, QUOTE, URL,
            ARTICLE, ARTICLE_REF, SPEAKER, NOTE, PUBLISHER, PUBLISHED_ON, RETRACTED, RETRACTION);
    /** Properties the store assigns: accepted and ignored. */
    public static final Set<String> ASSIGNED = Set.of(OWN_GEOMETRY, VERSION, RECORDED, RECORDED_AT, EDITOR);

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
        LocalDate validFrom = p.date(VALID_FROM);
        LocalDate validTo = p.date(VALID_TO);
        DatePrecision precision = p.choice(DATE_PRECISION, DatePrecision::fromWire, null);
        if (validFrom == null && precision != null) {
            throw InvalidInputException.invalid(p.field(DATE_PRECISION), "must be absent when valid_from is not"
                    + " given (a start the source did not give has no precision); got " + precision.wire());
        }
        if (validFrom != null && validTo != null && !validFrom.isBefore(validTo)) {
            throw InvalidInputException.invalid(p.field(VALID_TO), "must be after valid_from (" + validFrom
                    + "): valid_to is the first day the claim is no longer in force; got " + validTo);
        }
        JsonNode g = f.get("geometry");
        Geometry geometry = g == null ? null : GeoJsonPolygonReader.read(g, f.field("geometry"));
        return new Claim(id, p.requiredId(SOURCE, InputLimits.MAX_ID_CHARS),
                p.requiredId(PLACE, InputLimits.MAX_ID_CHARS), p.requiredId(ACTOR, InputLimits.MAX_ID_CHARS),
                validFrom, validTo, validFrom == null ? null : precision == null ? DatePrecision.DAY : precision,
                p.requiredDate(REPORTED_ON),
                p.choice(REPORTED_ON_PRECISION, DatePrecision::fromWire, DatePrecision.DAY),
                basis(p), p.choice(STANCE, Stance::fromWire, Stance.CONTROL),
                p.choice(EXTENT, Extent::fromWire, Extent.WHOLE),
                p.requiredText(QUOTE, InputLimits.MAX_QUOTE_CHARS), p.url(URL),
                p.requiredText(ARTICLE, InputLimits.MAX_TEXT_CHARS),
                p.text(ARTICLE_REF, InputLimits.MAX_TEXT_CHARS), p.text(SPEAKER, InputLimits.MAX_TEXT_CHARS),
                p.text(NOTE, InputLimits.MAX_NOTE_CHARS), p.text(PUBLISHER, InputLimits.MAX_TEXT_CHARS),
                p.date(PUBLISHED_ON), geometry, 0, 0, null, null, retraction(p));
    }

    private static Basis basis(JsonFields p) {
        Basis b = p.choice(BASIS, Basis::fromWire, null);
        if (b == null) {
            throw InvalidInputException.invalid(p.field(BASIS), "is required: explicit or blanket");
        }
        return b;
    }

    private static Retraction retraction(JsonFields p) {
        JsonNode retracted = p.get(RETRACTED);
        if (retracted == null) {
            return null;
        }
        if (!retracted.isBoolean()) {
            throw InvalidInputException.invalid(p.field(RETRACTED), "must be true or false; got "
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
