package controlmap.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import controlmap.testing.Editors;
import controlmap.testing.RunningService;
import controlmap.testing.SeededServiceTest;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Exact repeats of a read are replayed from memory (from the third on: the second is when it is kept): same status, headers and bytes as the application's own answer
 * (plain and gzip); revalidations still get their 304.
 */
class HotResponsesTest extends SeededServiceTest {

    /** Headers that may differ between two answers with the same content: the time, and how the body is framed. */
    static final Set<String> FRAMING = Set.of("date", "content-length", "transfer-encoding", ":status");

    static Map<String, List<String>> headers(HttpHeaders h) {
        Map<String, List<String>> out = new TreeMap<>();
        h.map().forEach((k, v) -> {
            if (!FRAMING.contains(k.toLowerCase())) {
                out.put(k.toLowerCase(), v);
            }
        });
        return out;
    }

    static byte[] content(HttpResponse<byte[]> r) {
        if (!"gzip".equals(r.headers().firstValue("Content-Encoding").orElse(""))) {
            return r.body();
        }
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(r.body()))) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/control?date=2016-03-01&source=sohr", "/api/control?date=2016-03-02",
        "/api/disputes?date=2017-12-06", "/api/timeline?place=raqqa-city", "/api/places", "/api/changes"})
    void aRepeatGetsTheSameAnswerPlainOrGzip(String path) {
        for (String encoding : new String[] {"gzip", "identity"}) {
            HttpResponse<byte[]> first = svc.getBytes(path, "Accept-Encoding", encoding);
            HttpResponse<byte[]> again = svc.getBytes(path, "Accept-Encoding", encoding);
            HttpResponse<byte[]> third = svc.getBytes(path, "Accept-Encoding", encoding);
            assertEquals(200, first.statusCode());
            assertEquals(200, again.statusCode());
            // a first answer written as it is made and a kept one may be compressed differently: compare the content
            assertArrayEquals(content(first), content(again), path + " " + encoding);
            assertArrayEquals(again.body(), third.body(), path + " " + encoding + ": replayed as sent");
            assertEquals(headers(first.headers()), headers(again.headers()), path + " " + encoding);
            assertEquals(headers(first.headers()), headers(third.headers()), path + " " + encoding);
            assertEquals(String.valueOf(third.body().length),
                    third.headers().firstValue("Content-Length").orElse(""), "the third is replayed, with its length");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/control?date=2016-04-01", "/api/places?bbox=36,33,37,34"})
    void aRevalidationOfAKeptAnswerGets304(String path) {
        String etag = svc.get(path).headers().firstValue("ETag").orElseThrow();
        svc.get(path);
        HttpResponse<String> r = svc.get(path, "If-None-Match", etag);
        assertEquals(304, r.statusCode());
        assertEquals("", r.body());
        assertEquals(etag, r.headers().firstValue("ETag").orElseThrow());
        assertEquals(200, svc.get(path, "If-None-Match", "W/\"other\"").statusCode());
    }

    /** Who holds raqqa-city in an answer of /api/control with one source. */
    static String raqqa(RunningService service, String path) {
        for (JsonNode f : service.json(path).path("features")) {
            if (f.path("properties").path("place").asText().equals("raqqa-city")) {
                return f.path("properties").path("actor").asText();
            }
        }
        return null;
    }

    @Test
    void aWriteEndsTheReplayOfAnswersMadeBefore() {
        try (RunningService own = RunningService.start(Editors.TOKENS)) {
            String path = "/api/control?date=2017-12-08&source=sohr";
            String before = raqqa(own, path);
            assertEquals(before, raqqa(own, path));
            assertEquals(before, raqqa(own, path), "replayed");
            ObjectNode claim = Editors.claim();
            ((ObjectNode) claim.path("properties")).put("actor", "syrian-government").put("valid_from", "2017-12-01")
                    .put("reported_on", "2017-12-02");
            HttpResponse<String> r = Editors.send(own, "POST", "/api/claims", claim.toString(), Editors.ALICE_TOKEN);
            assertEquals(201, r.statusCode(), r.body());
            for (int i = 0; i < 3; i++) {
                assertEquals("syrian-government", raqqa(own, path), "request " + i + " after the write (was " + before + ")");
            }
        }
    }
}
