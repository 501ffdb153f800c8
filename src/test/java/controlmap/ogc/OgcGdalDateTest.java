package controlmap.ogc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import controlmap.testing.Gdal;
import controlmap.testing.RunningService;
import controlmap.testing.SeededServiceTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The recipes of docs/gis.md for comparing date fields through GDAL's OAPIF driver (Debian 12's GDAL 3.6 turns any
 * comparison on a date field into {@code datetime=} and trusts the answer): each run with the real ogr2ogr against
 * the real server, the rows it writes compared with {@code /api/claims} and {@code /api/control} read in Java.
 */
class OgcGdalDateTest extends SeededServiceTest {

    static JsonNode claims;
    static String url;
    /** The day the seed was recorded (every claim's recorded_at), as YYYY-MM-DD. */
    static String recordedDay;
    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        claims = svc.json("/api/claims").path("features");
        url = "OAPIF:" + svc.uri("/ogc");
        recordedDay = claims.get(0).path("properties").path("recorded_at").asText().substring(0, 10);
    }

    /** ogr2ogr {@code layer} with {@code -where}, then {@code key} of each row written. */
    Set<String> viaGdal(String layer, String where, Function<JsonNode, String> key) throws IOException {
        Path out = dir.resolve("out-" + System.nanoTime() + ".geojson");
        Gdal.Output run = Gdal.run(Gdal.require("ogr2ogr"), "-f", "GeoJSON", out.toString(), url, layer,
                "-where", where);
        assertEquals(0, run.exitCode(), run.text());
        assertEquals(List.of(), run.complaints(), run.text());
        Set<String> keys = new TreeSet<>();
        RunningService.parse(Files.readString(out)).path("features").forEach(f -> keys.add(key.apply(f.path("properties"))));
        return keys;
    }

    static Set<String> claimIds(Predicate<JsonNode> keep) {
        return OgcAnswers.idsWhere(claims, keep);
    }

    /** The day part (YYYY-MM-DD) of a date or timestamp field, null when null. */
    static String day(JsonNode p, String field) {
        JsonNode v = p.path(field);
        return v.isTextual() ? v.asText().substring(0, 10) : null;
    }

    /** {@code day(field) op value}, SQL-like: false when the field is null. */
    static boolean compare(JsonNode p, String field, String op, String value) {
        String d = day(p, field);
        if (d == null) {
            return false;
        }
        int c = d.compareTo(value);
        return switch (op) {
            case ">=" -> c >= 0;
            case ">" -> c > 0;
            case "<" -> c < 0;
            case "<=" -> c <= 0;
            default -> c == 0;
        };
    }

    private String value(String v) {
        return v.equals("RECORDED") ? recordedDay : v;
    }

    /** CAST(field AS CHARACTER(10)): GDAL cannot send it, so it reads every claim and compares the text itself. */
    @ParameterizedTest(name = "CAST({0} AS CHARACTER(10)) {1} {2}")
    @CsvSource({"valid_from, >=, 2017-12-08", "valid_from, <, 2015-06-01", "valid_to, <, 2016-01-01",
        "valid_to, <, 2017-12-08", "valid_to, >=, 2017-12-08", "reported_on, >=, 2017-12-08",
        "reported_on, <=, 2016-12-31", "published_on, >=, 2017-12-08", "published_on, <, 2017-12-08",
        "recorded_at, >=, RECORDED", "recorded_at, <, RECORDED"})
    void castGivesTheRightClaimsForEveryDateField(String field, String op, String v) throws IOException {
        String value = value(v);
        String where = "CAST(" + field + " AS CHARACTER(10)) " + op + " '" + value.replace('-', '/') + "'";
        assertEquals(claimIds(p -> compare(p, field, op, value)), viaGdal("claims", where, p -> p.path("id").asText()),
                where);
    }

    @Test
    void withoutARecipeGdalGetsTheClaimsInForceInstead() throws IOException {
        Set<String> plain = viaGdal("claims", "valid_from >= '2017-12-08'", p -> p.path("id").asText());
        Set<String> right = claimIds(p -> compare(p, "valid_from", ">=", "2017-12-08"));
        assertTrue(plain.containsAll(right) && plain.size() > right.size(),
                "GDAL 3.6 sends datetime=2017-12-08T/.. and keeps every claim in force from then: " + plain.size()
                        + " rows for " + right.size() + " claims starting then");
    }

    /** place|source of the control features /api/control gives on {@code day} that satisfy {@code keep}. */
    static Set<String> controlOn(String day, Predicate<JsonNode> keep) {
        Set<String> out = new TreeSet<>();
        svc.json("/api/control?date=" + day).path("features").forEach(f -> {
            JsonNode p = f.path("properties");
            if (keep.test(claimOf(p.path("claim").asText()))) {
                out.add(p.path("place").asText() + "|" + p.path("source").asText());
            }
        });
        return out;
    }

    static JsonNode claimOf(String id) {
        for (JsonNode f : claims) {
            if (f.path("id").asText().equals(id)) {
                return f.path("properties");
            }
        }
        throw new AssertionError("no claim " + id);
    }

    static String placeAndSource(JsonNode p) {
        return p.path("place").asText() + "|" + p.path("source").asText();
    }

    @Test
    void onControlTheDayIsSentAsDatetimeAndOtherDatesAreCast() throws IOException {
        assertEquals(controlOn("2017-12-08", p -> true),
                viaGdal("control", "day = '2017-12-08'", OgcGdalDateTest::placeAndSource));
        // each date field of control, on a day where some answers have it on both sides of the bound
        for (String[] c : new String[][] {{"2017-12-08", "valid_from", "2017-12-01"},
            {"2017-06-01", "valid_to", "2017-11-01"}, {"2017-12-08", "reported_on", "2017-12-01"},
            {"2017-12-08", "published_on", "2017-12-01"}}) {
            String day = c[0];
            String field = c[1];
            String where = "day = '" + day + "' AND CAST(" + field + " AS CHARACTER(10)) >= '"
                    + c[2].replace('-', '/') + "'";
            Set<String> want = controlOn(day, p -> compare(p, field, ">=", c[2]));
            assertFalse(want.isEmpty(), where);
            assertTrue(want.size() < controlOn(day, p -> true).size(), where);
            assertEquals(want, viaGdal("control", where, OgcGdalDateTest::placeAndSource), where);
        }
    }

    /**
     * A range of days on control is sent as a datetime interval, which the server answers exactly (every answer in
     * force in it, with day = the first day of the interval it is the answer on); GDAL does not check the rows, so
     * only the inclusive comparisons are right ({@code day > D} is {@code day >= D+1}).
     */
    @Test
    void onControlADayRangeIsAnInterval() throws IOException {
        String early = java.time.LocalDate.parse(svc.json("/api/extent").path("first").asText()).plusDays(60).toString();
        for (String[] c : new String[][] {{"day >= '2017-12-08'", "2017-12-08/.."},
            {"day <= '" + early + "'", "../" + early}, {"day >= '2017-11-01' AND day <= '2017-12-31'",
                "2017-11-01/2017-12-31"}}) {
            Set<String> got = viaGdal("control", c[0], p -> placeAndSource(p) + "|" + p.path("day").asText());
            Set<String> want = new TreeSet<>();
            svc.json("/ogc/collections/control/items?limit=10000&datetime=" + c[1]).path("features")
                    .forEach(f -> want.add(placeAndSource(f.path("properties")) + "|"
                            + f.path("properties").path("day").asText()));
            assertFalse(want.isEmpty(), c[0]);
            assertEquals(want, got, c[0]);
        }
    }
}
