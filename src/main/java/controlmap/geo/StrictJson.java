package controlmap.geo;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Parses untrusted JSON into a tree, refusing what a hostile or broken client could send: nesting deeper than
 * {@link InputLimits#MAX_JSON_DEPTH} (JSON bombs of {@code [[[[…}), number literals longer than
 * {@link InputLimits#MAX_NUMBER_CHARS}, {@code NaN}/{@code Infinity} (not JSON), duplicate keys (which value would
 * count?), text after the document, and invalid UTF-8. Every refusal is an {@link InvalidInputException} of kind
 * {@link InvalidInputException.Kind#MALFORMED} with the parser's reason and where it stopped.
 */
public final class StrictJson {

    /** Longest string token; the longest field we keep is far shorter, this only bounds parser memory. */
    private static final int MAX_STRING_CHARS = 1_000_000;
    private static final int MAX_MESSAGE_CHARS = 300;

    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(InputLimits.MAX_JSON_DEPTH)
                    .maxNumberLength(InputLimits.MAX_NUMBER_CHARS)
                    .maxStringLength(MAX_STRING_CHARS)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private StrictJson() {
    }

    /**
     * Parses {@code bytes} (UTF-8, or UTF-16/32 with a BOM) as one JSON document.
     *
     * @throws InvalidInputException MALFORMED, field {@code body}, when it is not one JSON document within the limits
     */
    public static JsonNode parse(byte[] bytes) {
        try {
            return checked(MAPPER.readTree(bytes));
        } catch (IOException e) {
            throw malformed(e);
        }
    }

    /** Like {@link #parse(byte[])}, reading {@code in} to its end; I/O failures other than parsing are rethrown. */
    public static JsonNode parse(InputStream in) {
        try {
            return checked(MAPPER.readTree(in));
        } catch (JsonProcessingException e) {
            throw malformed(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode checked(JsonNode root) {
        if (root == null || root.isMissingNode()) {
            throw new InvalidInputException(InvalidInputException.Kind.MALFORMED, "body",
                    "is empty; expected a JSON document");
        }
        return root;
    }

    private static InvalidInputException malformed(IOException e) {
        String reason = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
        if (reason == null) {
            reason = e.getClass().getSimpleName();
        }
        reason = reason.replace('\n', ' ');
        if (reason.length() > MAX_MESSAGE_CHARS) {
            reason = reason.substring(0, MAX_MESSAGE_CHARS) + "…";
        }
        JsonLocation at = e instanceof JsonProcessingException j ? j.getLocation() : null;
        if (at != null && at.getLineNr() > 0) {
            reason += " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
        }
        return new InvalidInputException(InvalidInputException.Kind.MALFORMED, "body", "is not valid JSON: " + reason);
    }
}
