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

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import controlmap.domain.Basis;
import controlmap.domain.Claim;
import controlmap.domain.DatePrecision;
import controlmap.domain.Extent;
import controlmap.domain.Place;
import controlmap.domain.Retraction;
import controlmap.domain.Stance;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import org.locationtech.jts.geom.Geometry;

/**
 * The wire form of places and claims as GeoJSON Features: one place for the property names, used by the seed loader,
 * the API and the exports alike. Property names follow docs/design.md ({@code valid_from}, {@code reported_on}, …).
 */
public final class FeatureCodec {

    private FeatureCodec() {
    }

    /**
     * Reads a place Feature: {@code id} (top level or in properties), {@code name}, {@code name_ar}, {@code kind},
     * {@code geometry_quality}, {@code note}, and its geometry.
     *
     * @throws IllegalArgumentException naming the field when one is missing or malformed
     */
    public static Place readPlace(JsonNode feature) {
        JsonNode p = feature.path("properties");
        return new Place(featureId(feature), required(p, "name"), text(p, "name_ar"), text(p, "kind"),
                text(p, "geometry_quality"), text(p, "note"), GeoJsonGeometry.read(feature.path("geometry")));
    }

    /**
     * Reads a claim Feature. A null geometry means the place's polygon stands. Store-assigned fields (version,
     * recorded, recorded_at, editor) are read when present and otherwise zero/null.
     *
     * @throws IllegalArgumentException naming the field when one is missing or malformed
     */
    public static Claim readClaim(JsonNode feature) {
        JsonNode p = feature.path("properties");
        JsonNode g = feature.path("geometry");
        Geometry geometry = g.isMissingNode() || g.isNull() ? null : GeoJsonGeometry.read(g);
        LocalDate validFrom = date(p, VALID_FROM, false);
        return new Claim(featureId(feature), required(p, SOURCE), required(p, PLACE), required(p, ACTOR),
                validFrom, date(p, VALID_TO, false),
                validFrom == null ? null : precision(p, DATE_PRECISION), date(p, REPORTED_ON, true),
                precision(p, REPORTED_ON_PRECISION), basis(p),
                choice(p, STANCE, Stance::fromWire, Stance.CONTROL),
                choice(p, EXTENT, Extent::fromWire, Extent.WHOLE),
                required(p, QUOTE), text(p, URL), required(p, ARTICLE), text(p, ARTICLE_REF),
                text(p, SPEAKER), text(p, NOTE), text(p, PUBLISHER), date(p, PUBLISHED_ON, false), geometry,
                p.path(VERSION).asInt(0), p.path(RECORDED).asLong(0), instant(p, RECORDED_AT),
                text(p, EDITOR), null);
    }

    /** Writes every property of a place (the Feature's {@code properties} members), without geometry. */
    public static void writePlaceProperties(JsonGenerator out, Place place) throws IOException {
        out.writeStringField("id", place.id());
        out.writeStringField("name", place.name());
        out.writeStringField("name_ar", place.nameAr());
        out.writeStringField("kind", place.kind());
        out.writeStringField("geometry_quality", place.geometryQuality());
        out.writeStringField("note", place.note());
    }

    /** Writes every field of a claim as Feature properties. */
    public static void writeClaimProperties(JsonGenerator out, Claim c) throws IOException {
        out.writeStringField(ID, c.id());
        out.writeStringField(SOURCE, c.source());
        out.writeStringField(PLACE, c.place());
        out.writeStringField(ACTOR, c.actor());
        writeReading(out, c);
        out.writeStringField(REPORTED_ON, c.reportedOn().toString());
        out.writeStringField(REPORTED_ON_PRECISION, c.reportedOnPrecision().wire());
        out.writeStringField(BASIS, c.basis().wire());
        out.writeStringField(QUOTE, c.quote());
        out.writeStringField(URL, c.url());
        out.writeStringField(ARTICLE, c.article());
        out.writeStringField(ARTICLE_REF, c.articleRef());
        out.writeStringField(NOTE, c.note());
        writePublication(out, c);
        out.writeBooleanField(OWN_GEOMETRY, c.geometry() != null);
        out.writeNumberField(VERSION, c.version());
        out.writeNumberField(RECORDED, c.recorded());
        out.writeStringField(RECORDED_AT, c.recordedAt() == null ? null : c.recordedAt().toString());
        out.writeStringField(EDITOR, c.editor());
        writeRetraction(out, c.retraction());
    }

    /**
     * Writes what a claim says beyond who holds what: {@code valid_from} (null when the source did not say since
     * when), {@code valid_to}, {@code date_precision} (null with {@code valid_from}), {@code stance} and
     * {@code extent}. Every answer that carries a claim's timing writes these members alike.
     */
    public static void writeReading(JsonGenerator out, Claim c) throws IOException {
        out.writeStringField(VALID_FROM, day(c.validFrom()));
        out.writeStringField(VALID_TO, day(c.validTo()));
        out.writeStringField(DATE_PRECISION, c.datePrecision() == null ? null : c.datePrecision().wire());
        out.writeStringField(STANCE, c.stance().wire());
        out.writeStringField(EXTENT, c.extent().wire());
    }

    /** Writes who said it and where it was published: {@code speaker}, {@code publisher}, {@code published_on}. */
    public static void writePublication(JsonGenerator out, Claim c) throws IOException {
        out.writeStringField(SPEAKER, c.speaker());
        out.writeStringField(PUBLISHER, c.publisher());
        out.writeStringField(PUBLISHED_ON, day(c.publishedOn()));
    }

    /** A day as {@code YYYY-MM-DD}, null for null. */
    public static String day(LocalDate d) {
        return d == null ? null : d.toString();
    }

    private static void writeRetraction(JsonGenerator out, Retraction r) throws IOException {
        out.writeBooleanField(RETRACTED, r != null);
        if (r != null) {
            out.writeObjectFieldStart(RETRACTION);
            out.writeStringField("by", r.by());
            out.writeStringField("at", r.at().toString());
            out.writeStringField("reason", r.reason());
            out.writeEndObject();
        }
    }

    private static String featureId(JsonNode feature) {
        JsonNode id = feature.path("id");
        if (id.isMissingNode() || id.isNull()) {
            id = feature.path("properties").path("id");
        }
        if (!id.isTextual() || id.asText().isBlank()) {
            throw new IllegalArgumentException("id: required, a non-empty string");
        }
        return id.asText();
    }

    private static String text(JsonNode p, String field) {
        JsonNode v = p.path(field);
        if (v.isMissingNode() || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new IllegalArgumentException(field + ": must be a string");
        }
        return v.asText();
    }

    private static String required(JsonNode p, String field) {
        String v = text(p, field);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException(field + ": required, a non-empty string");
        }
        return v;
    }

    private static LocalDate date(JsonNode p, String field, boolean required) {
        String v = required ? required(p, field) : text(p, field);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException(field + ": not a date that exists in YYYY-MM-DD form: " + v, e);
        }
    }

    private static Instant instant(JsonNode p, String field) {
        String v = text(p, field);
        return v == null ? null : Instant.parse(v);
    }

    private static DatePrecision precision(JsonNode p, String field) {
        String v = text(p, field);
        try {
            return v == null ? DatePrecision.DAY : DatePrecision.fromWire(v);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + ": " + e.getMessage(), e);
        }
    }

    private static <E> E choice(JsonNode p, String field, java.util.function.Function<String, E> fromWire, E absent) {
        String v = text(p, field);
        try {
            return v == null ? absent : fromWire.apply(v);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + ": " + e.getMessage(), e);
        }
    }

    private static Basis basis(JsonNode p) {
        try {
            return Basis.fromWire(required(p, BASIS));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage().startsWith(BASIS) ? e.getMessage()
                    : "basis: " + e.getMessage(), e);
        }
    }
}
