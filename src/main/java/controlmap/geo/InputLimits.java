package controlmap.geo;

import java.time.LocalDate;

/**
 * The documented bounds on what editors may send (README, "Editing"). Each bound is far above anything the real data
 * needs and low enough that one request cannot exhaust memory or time.
 */
public final class InputLimits {

    /** Largest request body: 10 MiB. Larger bodies are refused (413) before they are read. */
    public static final long MAX_BODY_BYTES = 10L * 1024 * 1024;
    /** Most features in one FeatureCollection sent over HTTP (the import command has no such limit). */
    public static final int MAX_FEATURES = 5_000;
    /** Most vertices (positions, closing ones included) in one geometry. */
    public static final int MAX_VERTICES = 100_000;
    /** Longest {@code quote}, in UTF-16 chars. */
    public static final int MAX_QUOTE_CHARS = 4_000;
    /** Longest {@code note} and {@code description}. */
    public static final int MAX_NOTE_CHARS = 4_000;
    /** Longest other text: names, article titles, URLs, reasons. */
    public static final int MAX_TEXT_CHARS = 1_000;
    /** Longest place, actor or source id. */
    public static final int MAX_ID_CHARS = 100;
    /** Longest claim id (generated ones join source, date, place and actor ids). */
    public static final int MAX_CLAIM_ID_CHARS = 400;
    /** Deepest JSON nesting; a MultiPolygon in a FeatureCollection needs 8. */
    public static final int MAX_JSON_DEPTH = 64;
    /** Longest JSON number literal, in characters. */
    public static final int MAX_NUMBER_CHARS = 100;
    /** Earliest and latest accepted date. */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST_DATE = LocalDate.of(2100, 12, 31);

    private InputLimits() {
    }
}
