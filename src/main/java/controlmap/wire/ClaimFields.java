package controlmap.wire;

import java.util.List;
import java.util.Optional;

/**
 * The fields of a claim as every form of it names and types them: GeoJSON (the API, the OGC API, exports), CSV,
 * FlatGeobuf, the store's {@code claims} table and {@code /api/export.gpkg}, the OGC schema and queryables. The names
 * are written here once; every writer and reader uses these constants. The table is in docs/gis.md ("Fields").
 */
public final class ClaimFields {

    public static final String ID = "id";
    public static final String SOURCE = "source";
    public static final String PLACE = "place";
    public static final String ACTOR = "actor";
    public static final String VALID_FROM = "valid_from";
    public static final String VALID_TO = "valid_to";
    public static final String DATE_PRECISION = "date_precision";
    public static final String REPORTED_ON = "reported_on";
    public static final String REPORTED_ON_PRECISION = "reported_on_precision";
    public static final String BASIS = "basis";
    public static final String STANCE = "stance";
    public static final String EXTENT = "extent";
    public static final String QUOTE = "quote";
    public static final String URL = "url";
    public static final String ARTICLE = "article";
    public static final String ARTICLE_REF = "article_ref";
    public static final String SPEAKER = "speaker";
    public static final String NOTE = "note";
    public static final String PUBLISHER = "publisher";
    public static final String PUBLISHED_ON = "published_on";
    public static final String OWN_GEOMETRY = "own_geometry";
    public static final String VERSION = "version";
    public static final String RECORDED = "recorded";
    public static final String RECORDED_AT = "recorded_at";
    public static final String EDITOR = "editor";
    public static final String RETRACTED = "retracted";
    /** The object {@code {by, at, reason}} of a retracted claim (GeoJSON only; CSV flattens it). */
    public static final String RETRACTION = "retraction";
    public static final String RETRACTED_BY = "retracted_by";
    public static final String RETRACTED_AT = "retracted_at";
    public static final String RETRACTION_REASON = "retraction_reason";

    /** What a field holds, as JSON Schema and GIS formats type it. */
    public enum Type {
        /** text; JSON string. */
        TEXT,
        /** a day, YYYY-MM-DD; JSON string of format date; GDAL Date. */
        DATE,
        /** an instant, ISO 8601 UTC; JSON string of format date-time; GDAL DateTime. */
        DATE_TIME,
        /** JSON true/false; GDAL Integer(Boolean). */
        BOOLEAN,
        /** a whole number; JSON integer. */
        INTEGER
    }

    /**
     * One field of a claim.
     *
     * @param name        its name in every form
     * @param type        what it holds
     * @param nullable    whether a claim may leave it empty
     * @param choices     the values it may take, empty when free
     * @param description what it means, for schemas; null when the name says it
     */
    public record Field(String name, Type type, boolean nullable, List<String> choices, String description) {
    }

    private static final List<String> PRECISIONS = List.of("day", "month", "approximate");

    /** Every scalar field of a claim, in schema (and CSV) order. */
    public static final List<Field> ALL = List.of(
            field(ID, Type.TEXT, false, null),
            field(SOURCE, Type.TEXT, false, "the source id: who said it"),
            field(PLACE, Type.TEXT, false, "the place id"),
            field(ACTOR, Type.TEXT, false, "the actor id said to hold (or be present in) the place"),
            field(VALID_FROM, Type.DATE, true, "first day in force; null when the source did not say since when"
                    + " (in force since before every day)"),
            field(VALID_TO, Type.DATE, true, "first day no longer in force; null when open"),
            new Field(DATE_PRECISION, Type.TEXT, true, PRECISIONS,
                    "how exactly valid_from is dated; null when valid_from is null"),
            field(REPORTED_ON, Type.DATE, false, "when the source said it"),
            new Field(REPORTED_ON_PRECISION, Type.TEXT, false, PRECISIONS, null),
            new Field(BASIS, Type.TEXT, false, List.of("explicit", "blanket"), null),
            new Field(STANCE, Type.TEXT, false, List.of("control", "presence"),
                    "control: the actor holds the place; presence: the source says the actor is present there"
                    + " (positions, pockets, cells), which is not control"),
            new Field(EXTENT, Type.TEXT, false, List.of("whole", "part"),
                    "whole: the place; part: part of it (\"parts of\", \"areas in\", \"8 per cent of\")"),
            field(QUOTE, Type.TEXT, false, "the exact words of the source"),
            field(URL, Type.TEXT, true, "the article's http(s) address"),
            field(ARTICLE, Type.TEXT, false, "the article the quote is from"),
            field(ARTICLE_REF, Type.TEXT, true, null),
            field(SPEAKER, Type.TEXT, true, null),
            field(NOTE, Type.TEXT, true, null),
            field(PUBLISHER, Type.TEXT, true, "the outlet that published the article"),
            field(PUBLISHED_ON, Type.DATE, true, null),
            field(OWN_GEOMETRY, Type.BOOLEAN, false,
                    "true: the geometry is the claim's own shape; false: its place's"),
            field(VERSION, Type.INTEGER, false, null),
            field(RECORDED, Type.INTEGER, false, "the store's write sequence number of this version"),
            field(RECORDED_AT, Type.DATE_TIME, true, null),
            field(EDITOR, Type.TEXT, true, null),
            field(RETRACTED, Type.BOOLEAN, false, null));

    private ClaimFields() {
    }

    private static Field field(String name, Type type, boolean nullable, String description) {
        return new Field(name, type, nullable, List.of(), description);
    }

    /** The field {@code name}, if a claim has one. */
    public static Optional<Field> get(String name) {
        return ALL.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** The names of the fields of type {@code type}. */
    public static List<String> named(Type type) {
        return ALL.stream().filter(f -> f.type() == type).map(Field::name).toList();
    }
}
