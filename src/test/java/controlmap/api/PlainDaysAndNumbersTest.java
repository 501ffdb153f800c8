package controlmap.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import controlmap.http.Problems;
import controlmap.testing.RunningService;
import controlmap.testing.SeededServiceTest;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Days are YYYY-MM-DD with a four-digit year 0001–9999 and numbers are plain ASCII decimals on every route: Java's
 * parsers would take {@code +10000-01-01}, {@code -0001-01-01}, {@code 36d}, {@code 0x1p5} and Arabic-Indic digits.
 */
class PlainDaysAndNumbersTest extends SeededServiceTest {

    @ParameterizedTest(name = "{0} {1} → 400 naming {2}")
    @CsvSource(delimiter = '|', textBlock = """
            /api/control       | date=+10000-01-01                          | date
            /api/control       | date=-0001-01-01                           | date
            /api/control       | date=-999999999-01-01                      | date
            /api/control       | date=0000-01-01                            | date
            /api/control       | date=2017-12-08&as_of=+10000-01-01         | as_of
            /api/control       | date=2017-12-08&bbox=36d,33f,37D,34F       | bbox
            /api/control       | date=2017-12-08&bbox=0x1p5,33,37,34        | bbox
            /api/control       | date=2017-12-08&bbox=36,33,37,1e1          | bbox
            /api/control       | date=2017-12-08&zoom=١٠                    | zoom
            /api/places        | zoom=١٠                                    | zoom
            /api/places        | bbox=٣٦,33,37,34                           | bbox
            /api/disputes      | date=-0001-01-01                           | date
            /api/disputes      | date=+10000-01-01                          | date
            /api/claims        | from=-0001-01-01                           | from
            /api/claims        | to=+10000-01-01                            | to
            /api/claims        | bbox=36d,33,37,34                          | bbox
            /api/snapshot.png  | date=-0001-01-01                           | date
            /api/snapshot.png  | date=+10000-01-01                          | date
            /api/snapshot.png  | date=2017-12-08&lat=35d&lng=38&z=7         | lat
            /api/snapshot.png  | date=2017-12-08&lat=35&lng=0x1p5&z=7       | lng
            /health            | x=1                                        | x
            """)
    void refusedWithAProblemNamingTheParameter(String path, String query, String parameter) {
        HttpResponse<String> r = svc.get(path + "?" + encode(query));
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(Problems.CONTENT_TYPE), r.headers().toString());
        JsonNode problem = RunningService.parse(r.body());
        assertEquals(parameter, problem.path("parameter").asText(), r.body());
        assertTrue(problem.path("detail").asText().contains("'" + parameter + "'"), r.body());
    }

    @Test
    void aFiveDigitYearAfterOrdinaryRequestsIsStillA400() {
        // two ordinary requests make the interval's answer kept; the odd day then asked for must not reach it
        assertEquals(200, svc.get("/api/control?date=2017-12-08").statusCode());
        assertEquals(200, svc.get("/api/control?date=2017-12-09").statusCode());
        HttpResponse<String> r = svc.get("/api/control?date=%2B10000-01-01");
        assertEquals(400, r.statusCode(), r.body());
        assertEquals(400, svc.get("/api/control?date=%2B10000-01-01", "Accept-Encoding", "gzip").statusCode());
    }

    @ParameterizedTest(name = "{0} → {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            /ogc/collections/control/items?datetime=+10000-01-01                  | 400 | InvalidParameterValue
            /ogc/collections/control/items?datetime=-0001-01-01                   | 400 | InvalidParameterValue
            /ogc/collections/control/items?datetime=2017-12-08&as_of=-0001-01-01  | 400 | InvalidParameterValue
            /ogc/collections/claims/items?datetime=-0001-01-01T00:00:00Z/..       | 400 | InvalidParameterValue
            /ogc/collections/claims/items?datetime=2017-12-08/P9999999Y           | 400 | InvalidParameterValue
            /ogc/collections/claims/items?bbox=36d,33,37,34                       | 400 | InvalidParameterValue
            /ogc/collections/claims/items?bbox=0x1p5,33,37,34                     | 400 | InvalidParameterValue
            /ogc/collections/claims/items?limit=١٠                                | 400 | InvalidParameterValue
            /ogc/collections/control/items/-0001-01-01:raqqa-city:sohr            | 404 | NotFound
            /ogc/collections/control/items/+10000-01-01:raqqa-city:sohr           | 404 | NotFound
            /ogc/collections/control/items/2017-12-08:raqqa-city:sohr:0000-01-01  | 404 | NotFound
            """)
    void theOgcApiRefusesThemAsExceptions(String pathAndQuery, int status, String code) {
        int q = pathAndQuery.indexOf('?');
        String url = q < 0 ? encodePath(pathAndQuery) : pathAndQuery.substring(0, q) + "?" + encode(pathAndQuery.substring(q + 1));
        HttpResponse<String> r = svc.get(url, "Accept", "application/json");
        assertEquals(status, r.statusCode(), r.body());
        assertEquals(code, RunningService.parse(r.body()).path("code").asText(), r.body());
    }

    @Test
    void theEmbedShowsTheLastDayForADayItCannotRead() {
        // a page is for readers: an unreadable day is left out of the view (as any unknown state is), never a 500
        for (String day : new String[] {"+10000-01-01", "-0001-01-01", "0000-06-01"}) {
            HttpResponse<String> r = svc.get("/embed?date=" + encode(day) + "&source=sohr");
            assertEquals(200, r.statusCode(), r.body());
            assertFalse(r.body().contains("10000") || r.body().contains("date=-0001") || r.body().contains("date=0000"),
                    "the odd day reaches no link: " + day);
        }
    }

    private static String encode(String query) {
        StringBuilder out = new StringBuilder();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            out.append(out.isEmpty() ? "" : "&").append(pair, 0, eq + 1)
                    .append(URLEncoder.encode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out.toString();
    }

    private static String encodePath(String path) {
        return path.replace("+", "%2B");
    }
}
