package controlmap.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import controlmap.http.Problems;
import controlmap.testing.Editors;
import controlmap.testing.RunningService;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule of the "Write" section, one bad request each: the answer is a problem document with the expected status
 * naming the field at fault, and nothing at all was stored (data version and every read answer unchanged).
 */
class BadInputTest {

    static RunningService svc;

    @BeforeAll
    static void start() {
        svc = RunningService.start(Editors.TOKENS);
    }

    @AfterAll
    static void stop() {
        svc.close();
    }

    /** One bad request and what must come back. {@code field} is the problem's field (or parameter), null for none. */
    record Case(String name, String method, String path, byte[] body, String contentType, int status, String field,
                String detailHas) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final String BOWTIE = "[[[38,34],[39,35],[39,34],[38,35],[38,34]]]";

    static Stream<Case> cases() {
        List<Case> c = new ArrayList<>();
        // not JSON, or JSON beyond the parser's limits: 400
        c.add(raw("not JSON", "{\"type\":", 400, "body", "not valid JSON"));
        c.add(raw("empty body", "", 400, "body", "empty"));
        c.add(raw("text after the document", claimText() + " x", 400, "body", "not valid JSON"));
        c.add(raw("NaN", claimText().replace("\"geometry\":null",
                "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[NaN,34],[39,34],[39,35],[NaN,34]]]}"), 400,
                "body", "NaN"));
        c.add(raw("Infinity", claimText().replace("\"geometry\":null",
                "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[Infinity,34],[39,34],[39,35],[38,34]]]}"), 400,
                "body", "Infinity"));
        c.add(raw("duplicate key", claimText().replace("\"actor\":\"sdf\"", "\"actor\":\"sdf\",\"actor\":\"isis\""),
                400, "body", "Duplicate field 'actor'"));
        c.add(raw("JSON bomb: 100k [", "[".repeat(100_000), 400, "body", "nesting depth"));
        c.add(raw("JSON bomb: 10k nested objects", "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000), 400, "body",
                "nesting depth"));
        c.add(raw("number literal of 500 digits", claimText().replace("\"geometry\":null",
                "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[1" + "0".repeat(500) + ",34]]]}"), 400, "body",
                "Number value length"));
        c.add(new Case("invalid UTF-8", "POST", "/api/claims", withBadUtf8(), "application/geo+json", 400, "body",
                "UTF-8"));
        // not a Feature or FeatureCollection
        c.add(raw("a JSON array", "[]", 422, "body", "Feature or FeatureCollection"));
        c.add(claim("type Point at the top", f -> f.put("type", "Point"), 422, "type", "Feature or FeatureCollection"));
        c.add(claim("no type", f -> f.remove("type"), 422, "type", "Feature or FeatureCollection"));
        // geometry
        c.add(geometry("Point geometry", "{\"type\":\"Point\",\"coordinates\":[38,34]}", "geometry.type",
                "Polygon or MultiPolygon"));
        c.add(geometry("LineString geometry", "{\"type\":\"LineString\",\"coordinates\":[[38,34],[39,35]]}",
                "geometry.type", "Polygon or MultiPolygon"));
        c.add(geometry("GeometryCollection", "{\"type\":\"GeometryCollection\",\"geometries\":[]}", "geometry.type",
                "Polygon or MultiPolygon"));
        c.add(geometry("coordinate as a string", "{\"type\":\"Polygon\",\"coordinates\":[[[\"38\",34],[39,34],[39,35],[38,34]]]}",
                "geometry.coordinates[0][0][0]", "must be a number"));
        c.add(geometry("coordinate null", "{\"type\":\"Polygon\",\"coordinates\":[[[38,null],[39,34],[39,35],[38,34]]]}",
                "geometry.coordinates[0][0][1]", "must be a number"));
        c.add(geometry("longitude 181", "{\"type\":\"Polygon\",\"coordinates\":[[[181,34],[39,34],[39,35],[181,34]]]}",
                "geometry.coordinates[0][0][0]", "outside [-180, 180]"));
        c.add(geometry("latitude -91", "{\"type\":\"Polygon\",\"coordinates\":[[[38,34],[39,-91],[39,35],[38,34]]]}",
                "geometry.coordinates[0][1][1]", "outside [-90, 90]"));
        c.add(raw("1e400", claimText().replace("\"geometry\":null", "\"geometry\":{\"type\":\"Polygon\","
                + "\"coordinates\":[[[1e400,34],[39,34],[39,35],[38,34]]]}"), 422, "geometry.coordinates[0][0][0]",
                "finite"));
        c.add(geometry("3D position (a height)", "{\"type\":\"Polygon\",\"coordinates\":[[[38,34,0],[39,34,0],[39,35,0],"
                + "[38,34,0]]]}", "geometry.coordinates[0][0][2]", "is a height"));
        c.add(geometry("ring not closed", "{\"type\":\"Polygon\",\"coordinates\":[[[38,34],[39,34],[39,35],[38,35]]]}",
                "geometry.coordinates[0]", "not closed"));
        c.add(geometry("ring too short", "{\"type\":\"Polygon\",\"coordinates\":[[[38,34],[39,34],[38,34]]]}",
                "geometry.coordinates[0]", "at least 4 positions"));
        c.add(geometry("no rings", "{\"type\":\"Polygon\",\"coordinates\":[]}", "geometry.coordinates",
                "non-empty array"));
        c.add(geometry("self-intersection", "{\"type\":\"Polygon\",\"coordinates\":" + BOWTIE + "}", "geometry",
                "Self-intersection at (38.5, 34.5)"));
        c.add(geometry("hole outside its shell", "{\"type\":\"Polygon\",\"coordinates\":[[[38,34],[39,34],[39,35],"
                + "[38,35],[38,34]],[[40,40],[41,40],[41,41],[40,40]]]}", "geometry", "Hole lies outside shell"));
        c.add(geometry("MultiPolygon with a bad part", "{\"type\":\"MultiPolygon\",\"coordinates\":[[[[38,34],[39,34],"
                + "[39,35],[38,34]]],[[[40,34],[41,34],[41,35]]]]}", "geometry.coordinates[1][0]", "at least 4"));
        c.add(geometry("deeply nested arrays in coordinates", "{\"type\":\"Polygon\",\"coordinates\":[[[38,34],"
                + "[39,34]," + "[".repeat(40) + "39,35" + "]".repeat(40) + ",[38,34]]]}", "geometry.coordinates[0][2]",
                "a position must be"));
        c.add(geometry("position of four numbers", "{\"type\":\"Polygon\",\"coordinates\":[[[38,34,1,2],[39,34],[39,35],"
                + "[38,34]]]}", "geometry.coordinates[0][0]", "a position must be"));
        c.add(geometry("crs EPSG:3857 on the geometry", "{\"type\":\"Polygon\",\"crs\":{\"type\":\"name\",\"properties\":"
                + "{\"name\":\"EPSG:3857\"}},\"coordinates\":[[[38,34],[39,34],[39,35],[38,34]]]}", "geometry.crs",
                "only lon/lat WGS 84"));
        c.add(claim("crs EPSG:32637 on the Feature", f -> f.putObject("crs").put("type", "name").putObject("properties")
                .put("name", "urn:ogc:def:crs:EPSG::32637"), 422, "crs", "only lon/lat WGS 84"));
        c.add(geometry("more than 100000 vertices", "{\"type\":\"Polygon\",\"coordinates\":[" + bigRing(100_001) + "]}",
                "geometry.coordinates[0]", "more than 100000 vertices"));
        // references: 422
        c.add(claim("unknown place", p("place", "atlantis"), 422, "properties.place", "names no known place"));
        c.add(claim("unknown actor", p("actor", "martians"), 422, "properties.actor", "names no known actor"));
        c.add(claim("unknown source", p("source", "rumour-mill"), 422, "properties.source", "names no known source"));
        // dates
        c.add(claim("valid_from 2017-02-30", p("valid_from", "2017-02-30"), 422, "properties.valid_from",
                "a day that exists"));
        c.add(claim("valid_from not zero-padded", p("valid_from", "2017-2-3"), 422, "properties.valid_from",
                "YYYY-MM-DD"));
        c.add(claim("date_precision of a start not given", f -> props(f).remove("valid_from"), 422,
                "properties.date_precision", "must be absent when valid_from is not given"));
        c.add(claim("valid_from in 1800", p("valid_from", "1800-01-01"), 422, "properties.valid_from", "between"));
        c.add(claim("reported_on 2017-13-01", p("reported_on", "2017-13-01"), 422, "properties.reported_on",
                "a day that exists"));
        c.add(claim("valid_to equal to valid_from", p("valid_to", "2017-10-20"), 422, "properties.valid_to",
                "must be after valid_from"));
        c.add(claim("valid_to before valid_from", p("valid_to", "2017-01-01"), 422, "properties.valid_to",
                "must be after valid_from"));
        // text
        c.add(claim("empty quote", p("quote", ""), 422, "properties.quote", "must not be empty"));
        c.add(claim("blank quote", p("quote", " \n\t "), 422, "properties.quote", "must not be empty"));
        c.add(claim("article missing", f -> props(f).remove("article"), 422, "properties.article", "required"));
        c.add(claim("empty article", p("article", ""), 422, "properties.article", "must not be empty"));
        c.add(claim("quote of 4001 characters", p("quote", "q".repeat(4001)), 422, "properties.quote", "limit is 4000"));
        c.add(claim("note of 4001 characters", p("note", "n".repeat(4001)), 422, "properties.note", "limit is 4000"));
        c.add(claim("speaker of 1001 characters", p("speaker", "s".repeat(1001)), 422, "properties.speaker",
                "limit is 1000"));
        c.add(raw("lone surrogate in the quote (JSON escape)", claimText().replace("Raqqa is now", "before \\ud800 after"),
                422, "properties.quote", "unpaired UTF-16 surrogate"));
        c.add(claim("NUL in the article", p("article", "a\u0000b"), 422, "properties.article", "control character"));
        c.add(claim("javascript: url", p("url", "javascript:alert(1)"), 422, "properties.url", "http"));
        c.add(claim("basis maybe", p("basis", "maybe"), 422, "properties.basis", "explicit, blanket"));
        c.add(claim("stance holds", p("stance", "holds"), 422, "properties.stance", "control, presence"));
        c.add(claim("stance as a boolean", f -> props(f).put("stance", true), 422, "properties.stance",
                "must be a string"));
        c.add(claim("extent half", p("extent", "half"), 422, "properties.extent", "whole, part"));
        c.add(claim("extent empty", p("extent", ""), 422, "properties.extent", "whole, part"));
        c.add(claim("published_on 2018-02-30", p("published_on", "2018-02-30"), 422, "properties.published_on",
                "a day that exists"));
        c.add(claim("publisher of 1001 characters", p("publisher", "p".repeat(1001)), 422, "properties.publisher",
                "limit is 1000"));
        c.add(claim("date_precision week", p("date_precision", "week"), 422, "properties.date_precision",
                "day, month, approximate"));
        c.add(claim("source as a number", f -> props(f).put("source", 7), 422, "properties.source", "must be a string"));
        c.add(claim("unknown property", p("sauce", "sohr"), 422, "properties.sauce", "not a known member"));
        c.add(claim("properties an array", f -> f.putArray("properties"), 422, "properties", "a JSON object"));
        // ids
        c.add(claim("id with a slash and capitals", f -> f.put("id", "Bad/Id"), 422, "id", "lower-case"));
        c.add(claim("id of 401 characters", f -> f.put("id", "a".repeat(401)), 422, "id", "limit is 400"));
        c.add(claim("two different ids", f -> {
            f.put("id", "one");
            props(f).put("id", "two");
        }, 422, "properties.id", "differs"));
        c.add(claim("id of a stored claim", f -> f.put("id", "sohr-2017-12-07-deir-ezzor-east-isis"), 409, "id",
                "exists already"));
        c.add(claim("sent retracted", f -> {
            props(f).put("retracted", true);
            props(f).putObject("retraction").put("by", "x").put("at", "2018-01-01T00:00:00Z").put("reason", "r");
        }, 422, "properties.retracted", "DELETE"));
        // collections
        c.add(collection("features[3] has an impossible date", 5, fc -> props(fc.withArray("features").get(3))
                .put("valid_from", "2017-02-30"), 422, "features[3].properties.valid_from", "a day that exists"));
        c.add(collection("features[2] names an unknown place", 4, fc -> props(fc.withArray("features").get(2))
                .put("place", "atlantis"), 422, "features[2].properties.place", "names no known place"));
        c.add(collection("features[4] is a self-intersecting polygon", 5, fc -> ((ObjectNode) fc.withArray("features")
                .get(4)).set("geometry", json("{\"type\":\"Polygon\",\"coordinates\":" + BOWTIE + "}")), 422,
                "features[4].geometry", "Self-intersection"));
        c.add(collection("two features with one id", 3, fc -> {
            ((ObjectNode) fc.withArray("features").get(0)).put("id", "same-id");
            ((ObjectNode) fc.withArray("features").get(2)).put("id", "same-id");
        }, 409, "features[2].id", "repeats the id of features[0]"));
        c.add(collection("crs of the collection", 2, fc -> fc.putObject("crs").put("type", "name")
                .putObject("properties").put("name", "EPSG:3857"), 422, "crs", "only lon/lat WGS 84"));
        c.add(collection("no features", 1, fc -> fc.putArray("features"), 422, "features", "non-empty array"));
        c.add(collection("5001 features", 5001, fc -> { }, 422, "features", "the limit is 5000"));
        // HTTP
        c.add(new Case("Content-Type text/plain", "POST", "/api/claims", bytes(claimText()), "text/plain", 415, null,
                "application/geo+json"));
        c.add(new Case("PUT a FeatureCollection", "PUT", "/api/claims/sohr-2017-12-07-deir-ezzor-east-isis",
                bytes(collectionOf(2).toString()), "application/geo+json", 422, "type", "one claim Feature"));
        c.add(new Case("PUT an unknown claim", "PUT", "/api/claims/no-such-claim", bytes(claimText()),
                "application/geo+json", 404, null, "no-such-claim"));
        c.add(new Case("PUT a claim with another id", "PUT", "/api/claims/sohr-2017-12-07-deir-ezzor-east-isis",
                bytes(claimText().replace("{\"type\":\"Feature\"", "{\"type\":\"Feature\",\"id\":\"other\"")),
                "application/geo+json", 422, "id", "a correction keeps the id"));
        c.add(new Case("DELETE without a reason", "DELETE", "/api/claims/sohr-2017-12-07-deir-ezzor-east-isis", null,
                null, 400, "reason", "required"));
        c.add(new Case("DELETE with a blank reason", "DELETE",
                "/api/claims/sohr-2017-12-07-deir-ezzor-east-isis?reason=%20", null, null, 400, "reason", "required"));
        c.add(new Case("DELETE an unknown claim", "DELETE", "/api/claims/no-such-claim?reason=wrong", null, null, 404,
                null, "no-such-claim"));
        // places, sources, actors
        c.add(new Case("place with a self-intersection", "POST", "/api/places", bytes("{\"type\":\"Feature\",\"id\":"
                + "\"new-place\",\"properties\":{\"name\":\"New\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
                + BOWTIE + "}}"), "application/geo+json", 422, "geometry", "Self-intersection at (38.5, 34.5)"));
        c.add(new Case("place without a geometry", "POST", "/api/places", bytes("{\"type\":\"Feature\",\"id\":"
                + "\"new-place\",\"properties\":{\"name\":\"New\"},\"geometry\":null}"), "application/geo+json", 422,
                "geometry", "required"));
        c.add(new Case("place without a name", "POST", "/api/places", bytes(place("new-place").replace(
                "\"name\":\"New place\"", "\"kind\":\"town\"")), "application/geo+json", 422, "properties.name",
                "required"));
        c.add(new Case("place that exists", "POST", "/api/places", bytes(place("raqqa-city")), "application/geo+json",
                409, "id", "exists already"));
        c.add(new Case("PUT a place under another id", "PUT", "/api/places/raqqa-city", bytes(place("palmyra")),
                "application/geo+json", 422, "id", "differs"));
        c.add(new Case("PUT an unknown place", "PUT", "/api/places/atlantis", bytes(place("atlantis")),
                "application/geo+json", 404, null, "atlantis"));
        c.add(new Case("source with a numeric affiliation", "POST", "/api/sources", bytes("{\"id\":\"new-source\","
                + "\"name\":\"New\",\"kind\":\"journalist\",\"affiliation\":7}"), "application/json", 422,
                "affiliation", "must be a string"));
        c.add(new Case("source of kind blog", "POST", "/api/sources", bytes("{\"id\":\"new-source\",\"name\":\"New\","
                + "\"kind\":\"blog\"}"), "application/json", 422, "kind", "must be one of"));
        c.add(new Case("source that exists", "POST", "/api/sources", bytes("{\"id\":\"sohr\",\"name\":\"New\","
                + "\"kind\":\"monitor\"}"), "application/json", 409, "id", "exists already"));
        c.add(new Case("actor coloured red", "POST", "/api/actors", bytes("{\"id\":\"new-actor\",\"name\":\"New\","
                + "\"color\":\"red\"}"), "application/json", 422, "color", "#rrggbb"));
        c.add(new Case("actor negating an unknown actor", "POST", "/api/actors", bytes("{\"id\":\"not-martians\","
                + "\"name\":\"Not martians\",\"color\":\"#123456\",\"negates\":\"martians\"}"), "application/json",
                422, "negates", "names no known actor"));
        return c.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void refusedAndNothingStored(Case c) {
        long version = svc.store().dataVersion();
        List<String> before = readAnswers();

        HttpResponse<String> r = Editors.send(svc, c.method(), c.path(), c.body(), Editors.ALICE_TOKEN,
                c.contentType());

        assertEquals(c.status(), r.statusCode(), r.body());
        assertEquals(Problems.CONTENT_TYPE, r.headers().firstValue("Content-Type").orElse(""));
        JsonNode problem = RunningService.parse(r.body());
        assertEquals(c.status(), problem.path("status").asInt());
        String detail = problem.path("detail").asText();
        if (c.field() != null) {
            String named = problem.has("field") ? problem.path("field").asText() : problem.path("parameter").asText();
            assertEquals(c.field(), named, r.body());
            assertTrue(detail.contains(c.field()), "detail names the field: " + detail);
        }
        assertTrue(detail.contains(c.detailHas()), "detail says why (" + c.detailHas() + "): " + detail);
        assertEquals(version, svc.store().dataVersion(), "nothing was written");
        assertEquals(before, readAnswers(), "every answer is as before");
    }

    private static List<String> readAnswers() {
        List<String> out = new ArrayList<>();
        for (String path : new String[] {"/api/claims", "/api/places", "/api/sources", "/api/actors",
            "/api/control?date=2017-12-08"}) {
            out.add(svc.get(path).body());
        }
        return out;
    }

    // ---- building the cases

    static Case raw(String name, String body, int status, String field, String detailHas) {
        return new Case(name, "POST", "/api/claims", bytes(body), "application/geo+json", status, field, detailHas);
    }

    static Case claim(String name, Consumer<ObjectNode> edit, int status, String field, String detailHas) {
        ObjectNode f = Editors.claim();
        edit.accept(f);
        return raw(name, f.toString(), status, field, detailHas);
    }

    static Case geometry(String name, String geometry, String field, String detailHas) {
        return claim(name, f -> f.set("geometry", json(geometry)), 422, field, detailHas);
    }

    static Case collection(String name, int n, Consumer<ObjectNode> edit, int status, String field, String detailHas) {
        ObjectNode fc = collectionOf(n);
        edit.accept(fc);
        return raw(name, fc.toString(), status, field, detailHas);
    }

    /** A valid FeatureCollection of {@code n} claims (so a bad member is the only thing wrong). */
    static ObjectNode collectionOf(int n) {
        ObjectNode fc = RunningService.JSON.createObjectNode();
        fc.put("type", "FeatureCollection");
        ArrayNode features = fc.putArray("features");
        for (int i = 0; i < n; i++) {
            ObjectNode f = Editors.claim();
            props(f).put("quote", "claim " + i + " of a collection");
            features.add(f);
        }
        return fc;
    }

    static Consumer<ObjectNode> p(String name, String value) {
        return f -> props(f).put(name, value);
    }

    static ObjectNode props(JsonNode feature) {
        return (ObjectNode) feature.get("properties");
    }

    static String claimText() {
        return Editors.claim().toString();
    }

    static String place(String id) {
        return "{\"type\":\"Feature\",\"id\":\"" + id + "\",\"properties\":{\"name\":\"New place\"},\"geometry\":"
                + "{\"type\":\"Polygon\",\"coordinates\":[[[38,34],[39,34],[39,35],[38,34]]]}}";
    }

    /** A closed ring of {@code n} positions on a circle (valid but for its size). */
    static String bigRing(int n) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < n - 1; i++) {
            double a = 2 * Math.PI * i / (n - 1);
            b.append('[').append(38 + Math.cos(a)).append(',').append(34 + Math.sin(a)).append("],");
        }
        return b.append("[39.0,34.0]]").toString();
    }

    static JsonNode json(String text) {
        return RunningService.parse(text);
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] withBadUtf8() {
        byte[] good = bytes(claimText().replace("SDF takes Raqqa", "SDF takes XX"));
        String text = new String(good, StandardCharsets.UTF_8);
        int at = text.indexOf("XX");
        good[at] = (byte) 0xC3;
        good[at + 1] = (byte) 0x28;
        return good;
    }
}
