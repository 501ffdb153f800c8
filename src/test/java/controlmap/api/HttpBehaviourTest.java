package controlmap.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import controlmap.testing.RunningService;
import controlmap.testing.SeededServiceTest;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Caching, CORS, compression and errors, the way HTTP clients see them. */
class HttpBehaviourTest extends SeededServiceTest {


    @ParameterizedTest
    @ValueSource(strings = {"/api/sources", "/api/actors", "/api/places", "/api/claims", "/api/changes",
        "/api/extent", "/api/control?date=2017-12-08", "/api/disputes?date=2017-12-08",
        "/api/timeline?place=raqqa-city", "/api/basemap"})
    void everyReadHasEtagCacheControlAndAnswers304(String path) {
        HttpResponse<String> first = svc.get(path);
        assertEquals(200, first.statusCode(), first.body());
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertTrue(first.headers().firstValue("Cache-Control").orElse("").contains("max-age"));
        assertEquals("*", first.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        HttpResponse<String> again = svc.get(path, "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
        HttpResponse<String> other = svc.get(path, "If-None-Match", "W/\"something-else\"");
        assertEquals(200, other.statusCode());
    }

    @Test
    void differentAnswersHaveDifferentEtags() {
        // 2017-12-06 and 2017-12-07 are both change dates of the seed data: different answers
        String a = svc.get("/api/control?date=2017-12-06").headers().firstValue("ETag").orElseThrow();
        String b = svc.get("/api/control?date=2017-12-07").headers().firstValue("ETag").orElseThrow();
        assertTrue(!a.equals(b));
        String c = svc.get("/api/control?date=2017-12-07&source=sohr").headers().firstValue("ETag").orElseThrow();
        assertTrue(!b.equals(c));
    }

    @Test
    void daysBetweenTheSameTwoChangeDatesShareTheEtagAndTheAnswerButForTheDay() {
        // nothing changes from 2017-12-08 until well into 2018: one answer, named for the day asked about
        HttpResponse<String> a = svc.get("/api/control?date=2017-12-08");
        HttpResponse<String> b = svc.get("/api/control?date=2017-12-09");
        assertEquals(a.headers().firstValue("ETag"), b.headers().firstValue("ETag"));
        assertEquals(a.body().replace("\"date\":\"2017-12-08\"", "\"date\":\"2017-12-09\""), b.body());
        String etag = a.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, svc.get("/api/control?date=2017-12-09", "If-None-Match", etag).statusCode());
    }

    @Test
    void gzippedAnswersOfAnIntervalInflateToThePlainOnes() throws Exception {
        for (String day : new String[] {"2017-12-08", "2017-12-09", "2018-01-01"}) {
            String path = "/api/control?date=" + day;
            HttpResponse<byte[]> r = svc.getBytes(path, "Accept-Encoding", "gzip");
            assertEquals("gzip", r.headers().firstValue("Content-Encoding").orElse(""));
            try (var in = new GZIPInputStream(new java.io.ByteArrayInputStream(r.body()))) {
                assertEquals(svc.get(path).body(), new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
    }

    @Test
    void largeAnswersAreGzipped() throws Exception {
        HttpResponse<byte[]> r = svc.getBytes("/api/places", "Accept-Encoding", "gzip");
        assertEquals("gzip", r.headers().firstValue("Content-Encoding").orElse(""));
        try (var in = new GZIPInputStream(new java.io.ByteArrayInputStream(r.body()))) {
            JsonNode fc = RunningService.JSON.readTree(in);
            assertEquals("FeatureCollection", fc.path("type").asText());
        }
    }

    @Test
    void preflightAllowsOnlyReads() {
        HttpResponse<String> r = svc.send(HttpRequest.newBuilder(svc.uri("/api/control"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://news.example")
                .header("Access-Control-Request-Method", "GET").build());
        assertEquals(204, r.statusCode());
        assertEquals("GET, HEAD", r.headers().firstValue("Access-Control-Allow-Methods").orElse(""));
    }

    @ParameterizedTest(name = "{0} → {1} naming {2}")
    @CsvSource(delimiter = '|', value = {
        "/api/control                                   | 400 | date",
        "/api/control?date=2017-02-30                   | 400 | date",
        "/api/control?date=07-12-2017                   | 400 | date",
        "/api/control?date=2017-12-08&source=nobody     | 400 | source",
        "/api/control?date=2017-12-08&as_of=2017-13-01  | 400 | as_of",
        "/api/control?date=2017-12-08&bbox=1,2,3        | 400 | bbox",
        "/api/control?date=2017-12-08&bbox=a,2,3,4      | 400 | bbox",
        "/api/control?date=2017-12-08&bbox=39,36,40,35  | 400 | bbox",
        "/api/control?date=2017-12-08&bbox=-200,0,0,10  | 400 | bbox",
        "/api/control?date=2017-12-08&bbox=NaN,0,1,1    | 400 | bbox",
        "/api/control?date=2017-12-08&sauce=sohr        | 400 | sauce",
        "/api/control?date=2017-12-08&zoom=25           | 400 | zoom",
        "/api/control?date=2017-12-08&zoom=7.5          | 400 | zoom",
        "/api/places?zoom=-1                            | 400 | zoom",
        "/api/control?date=2017-12-08&date=2017-12-09   | 400 | date",
        "/api/disputes                                  | 400 | date",
        "/api/disputes?date=2017-12-08&sources=sohr,zz  | 400 | sources",
        "/api/timeline                                  | 400 | place",
        "/api/timeline?place=atlantis                   | 404 | place",
        "/api/timeline?place=raqqa-city&source=zz       | 400 | source",
        "/api/claims?from=2017-12-09&to=2017-12-01      | 400 | from",
        "/api/claims?actor=martians                     | 400 | actor",
        "/api/claims?place=atlantis                     | 400 | place",
        "/api/changes?source=zz                         | 400 | source",
        "/api/places?bbox=1,1,1                         | 400 | bbox",
        "/api/basemap?tiles=osm                         | 400 | tiles",
    })
    void badParametersAreProblemsNamingTheParameter(String path, int status, String parameter) {
        HttpResponse<String> r = svc.get(path);
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        JsonNode problem = RunningService.parse(r.body());
        assertEquals(status, problem.path("status").asInt());
        assertEquals(parameter, problem.path("parameter").asText());
        assertTrue(problem.path("detail").asText().contains("'" + parameter + "'"), problem.toString());
        assertTrue(!problem.path("title").asText("").isBlank());
    }

    @Test
    void unknownPathIsAProblemToo() {
        HttpResponse<String> r = svc.get("/api/nothing-here");
        assertEquals(404, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), r.headers().toString());
    }
}
