package controlmap.wire;

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
import controlmap.domain.Claim;
import controlmap.domain.Place;
import controlmap.domain.Retraction;
import java.io.IOException;
import java.time.LocalDate;

/**
 * The one writer of places and claims as GeoJSON Feature properties, streamed with Jackson's generator: used by
 * {@code /api}, the OGC API, the exports and the command line alike. Names from {@link ClaimFields}; they follow
 * docs/design.md. Everything that reads a claim reads it with the strict {@code controlmap.geo.ClaimDecoder}.
 */
public final class FeatureCodec {

    private FeatureCodec() {
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
}
