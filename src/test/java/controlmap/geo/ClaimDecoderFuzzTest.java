package controlmap.geo;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import controlmap.domain.Claim;
import controlmap.domain.Place;
import java.util.regex.Pattern;

/**
 * The decoders take any bytes and either return valid items or throw {@link InvalidInputException}; nothing else
 * (no NullPointerException, no NumberFormatException, no JTS IllegalArgumentException, no StackOverflowError).
 *
 * <p>In {@code mvn test} this runs in Jazzer's regression mode: once per input under
 * {@code src/test/resources/controlmap/geo/ClaimDecoderFuzzTestInputs/<method>/} (valid claims, bad ones, past
 * findings), in well under a second. To fuzz for real (coverage-guided, new inputs, up to {@code maxDuration}):
 * {@code JAZZER_FUZZ=1 mvn test -Dtest=ClaimDecoderFuzzTest#claims} (or {@code #places}); add
 * {@code -Djazzer.max_duration=30m} for longer. Findings land in the inputs directory and then run on every build.
 */
class ClaimDecoderFuzzTest {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]*");

    @FuzzTest(maxDuration = "60s")
    @DictionaryEntries({"\"type\"", "\"Feature\"", "\"FeatureCollection\"", "\"features\"", "\"geometry\"",
        "\"properties\"", "\"Polygon\"", "\"MultiPolygon\"", "\"coordinates\"", "\"crs\"", "\"name\"",
        "\"EPSG:4326\"", "\"source\"", "\"place\"", "\"actor\"", "\"valid_from\"", "\"valid_to\"",
        "\"reported_on\"", "\"basis\"", "\"explicit\"", "\"blanket\"", "\"quote\"", "\"article\"", "\"url\"",
        "\"https://a.b/\"", "\"date_precision\"", "\"approximate\"", "\"retracted\"", "\"retraction\"",
        "\"2017-12-07\"", "\"2017-02-30\"", "\"id\"", "\\ud800", "1e400", "-0.0", "[[[", "]]]", "null", "true"})
    void claims(byte[] input) {
        try {
            for (Claim c : ClaimDecoder.decode(input).items()) {
                assertValid(c);
            }
        } catch (InvalidInputException refused) {
            assertRefusal(refused);
        }
    }

    @FuzzTest(maxDuration = "60s")
    @DictionaryEntries({"\"type\"", "\"Feature\"", "\"FeatureCollection\"", "\"features\"", "\"geometry\"",
        "\"properties\"", "\"Polygon\"", "\"MultiPolygon\"", "\"coordinates\"", "\"name\"", "\"id\"",
        "\"geometry_quality\"", "\"surveyed\"", "[[[", "]]]"})
    void places(byte[] input) {
        try {
            for (Place p : PlaceDecoder.decode(input).items()) {
                assertTrue(ID.matcher(p.id()).matches(), p.id());
                assertFalse(p.name().isBlank());
                assertTrue(GeometryValidator.isValid(p.geometry()), p.geometry()::toText);
            }
        } catch (InvalidInputException refused) {
            assertRefusal(refused);
        }
    }

    static void assertValid(Claim c) {
        assertTrue(c.id() == null || ID.matcher(c.id()).matches() && c.id().length() <= InputLimits.MAX_CLAIM_ID_CHARS);
        for (String ref : new String[] {c.source(), c.place(), c.actor()}) {
            assertTrue(ID.matcher(ref).matches() && ref.length() <= InputLimits.MAX_ID_CHARS, ref);
        }
        assertNotNull(c.validFrom());
        assertNotNull(c.reportedOn());
        assertTrue(c.validTo() == null || c.validFrom().isBefore(c.validTo()));
        for (var d : new java.time.LocalDate[] {c.validFrom(), c.validTo(), c.reportedOn()}) {
            assertTrue(d == null || !d.isBefore(InputLimits.EARLIEST_DATE) && !d.isAfter(InputLimits.LATEST_DATE));
        }
        assertNotNull(c.datePrecision());
        assertNotNull(c.reportedOnPrecision());
        assertNotNull(c.basis());
        assertFalse(c.quote().isBlank());
        assertFalse(c.article().isBlank());
        InputText.check("quote", c.quote(), InputLimits.MAX_QUOTE_CHARS);
        for (String t : new String[] {c.article(), c.articleRef(), c.speaker(), c.url()}) {
            if (t != null) {
                InputText.check("text", t, InputLimits.MAX_TEXT_CHARS);
            }
        }
        assertTrue(c.url() == null || c.url().regionMatches(true, 0, "http", 0, 4), c.url());
        assertTrue(c.geometry() == null || GeometryValidator.isValid(c.geometry()));
    }

    static void assertRefusal(InvalidInputException e) {
        assertNotNull(e.kind());
        assertFalse(e.field().isEmpty());
        assertNotNull(e.reason());
        assertTrue(e.getMessage().length() < 1_000, "messages stay short: " + e.getMessage().length());
    }
}
