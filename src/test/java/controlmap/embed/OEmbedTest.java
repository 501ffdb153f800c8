package controlmap.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import controlmap.testing.RunningService;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** oEmbed 1.0: a rich answer with the embed's iframe for our map and embed URLs, and the refusals. */
class OEmbedTest {

    static RunningService svc;

    @BeforeAll
    static void start() {
        svc = RunningService.start();
    }

    @AfterAll
    static void stop() {
        svc.close();
    }

    static String ours(String pathAndQuery) {
        return svc.uri(pathAndQuery).toString();
    }

    static HttpResponse<String> oembed(String url, String extra) {
        return svc.get("/oembed?url=" + URLEncoder.encode(url, StandardCharsets.UTF_8) + extra);
    }

    static JsonNode ok(String url, String extra) {
        HttpResponse<String> r = oembed(url, extra);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        return RunningService.parse(r.body());
    }

    /** The iframe's attributes, unescaped. */
    static Map<String, String> iframe(String html) {
        assertTrue(html.startsWith("<iframe ") && html.endsWith("></iframe>"), html);
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = Pattern.compile("([a-z]+)=\"([^\"]*)\"").matcher(html);
        while (m.find()) {
            out.put(m.group(1), m.group(2).replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<")
                    .replace("&gt;", ">").replace("&amp;", "&"));
        }
        return out;
    }

    static Map<String, String> queryOf(String url) {
        Map<String, String> out = new LinkedHashMap<>();
        String q = URI.create(url).getRawQuery();
        if (q != null) {
            for (String pair : q.split("&")) {
                int eq = pair.indexOf('=');
                out.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    @Test
    void aRichAnswerWithTheEmbedsIframeAndThePictureAsThumbnail() {
        JsonNode o = ok(ours("/?date=2017-12-08&source=sohr"), "&format=json");
        assertEquals("1.0", o.path("version").asText());
        assertEquals("rich", o.path("type").asText());
        assertEquals("ControlMap", o.path("provider_name").asText());
        assertEquals(ours("/"), o.path("provider_url").asText());
        assertEquals(600, o.path("width").asInt());
        assertEquals(400, o.path("height").asInt());
        assertTrue(o.path("cache_age").asInt() > 0);
        String title = o.path("title").asText();
        assertTrue(title.contains("8 December 2017") && title.contains("Syrian Observatory for Human Rights"), title);
        Map<String, String> f = iframe(o.path("html").asText());
        assertEquals(ours("/embed?date=2017-12-08&source=sohr"), f.get("src"));
        assertEquals("600", f.get("width"));
        assertEquals("400", f.get("height"));
        assertEquals("0", f.get("frameborder"));
        assertEquals("lazy", f.get("loading"));
        assertEquals(title, f.get("title"));
        assertEquals(ours("/api/snapshot.png?date=2017-12-08&source=sohr&width=600&height=400"), o.path("thumbnail_url").asText());
        assertEquals(600, o.path("thumbnail_width").asInt());
        assertEquals(400, o.path("thumbnail_height").asInt());
        HttpResponse<byte[]> thumb = svc.getBytes(URI.create(o.path("thumbnail_url").asText()).getRawPath() + "?"
                + URI.create(o.path("thumbnail_url").asText()).getRawQuery());
        assertEquals(200, thumb.statusCode());
        assertEquals("image/png", thumb.headers().firstValue("Content-Type").orElse(""));
    }

    @Test
    void everyStateParameterSurvivesTheTripFromUrlToIframe() {
        String url = ours("/embed?date=2017-12-08&source=sohr&compare=russia-mod&as_of=2017-12-07&lat=35.1234&lng=39.5678"
                + "&z=7.25&controls=time&legend=0&lang=ar");
        Map<String, String> src = queryOf(iframe(ok(url, "&format=json").path("html").asText()).get("src"));
        assertEquals(queryOf(url), src);
        assertEquals(new java.util.ArrayList<>(queryOf(url).keySet()), new java.util.ArrayList<>(src.keySet()), "same order");
        // from the map page: its state, pinned to a day; the table view and tile server are the page's own business
        Map<String, String> fromMap = queryOf(iframe(ok(ours("/?source=russia-mod&view=table&tiles=x&z=6&lat=35&lng=38"),
                "").path("html").asText()).get("src"));
        String last = svc.json("/api/extent").path("last").asText();
        assertEquals(Map.of("date", last, "source", "russia-mod", "lat", "35.0000", "lng", "38.0000", "z", "6"), fromMap);
        // what the page would drop is dropped here too
        Map<String, String> junk = queryOf(iframe(ok(ours("/?date=2017-02-30&source=nobody&compare=sohr&z=99&lang=fr"),
                "").path("html").asText()).get("src"));
        assertEquals(Map.of("date", last, "compare", "sohr"), junk);
    }

    @ParameterizedTest
    @CsvSource({"300, , 300, 200", ", 100, 150, 100", "900, 900, 600, 400", "450, 200, 300, 200", "1, 1, 1, 1"})
    void maxwidthAndMaxheightAreHonouredKeepingTheAspect(String maxW, String maxH, int width, int height) {
        String extra = (maxW == null ? "" : "&maxwidth=" + maxW) + (maxH == null ? "" : "&maxheight=" + maxH);
        JsonNode o = ok(ours("/?date=2017-12-08"), extra);
        assertEquals(width, o.path("width").asInt());
        assertEquals(height, o.path("height").asInt());
        Map<String, String> f = iframe(o.path("html").asText());
        assertEquals(String.valueOf(width), f.get("width"));
        assertEquals(String.valueOf(height), f.get("height"));
        if (o.has("thumbnail_url")) {
            assertTrue(o.path("thumbnail_width").asInt() <= width && o.path("thumbnail_height").asInt() <= height);
        } else {
            assertTrue(width < 200 || height < 150, "no thumbnail only when the picture cannot be that small");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://example.org/?date=2017-12-08", "http://127.0.0.1:1/?date=2017-12-08",
        "PATH:/api/control?date=2017-12-08", "PATH:/ogc", "PATH:/embed/x", "PATH:/index.html", "ftp://127.0.0.1/",
        "not a url at all", "javascript:alert(1)", "//127.0.0.1/"})
    void urlsThatAreNotOurMapsAre404(String url) {
        String u = url.startsWith("PATH:") ? ours(url.substring(5)) : url;
        HttpResponse<String> r = oembed(u, "&format=json");
        assertEquals(404, r.statusCode(), u + ": " + r.body());
        assertEquals("application/problem+json", r.headers().firstValue("Content-Type").orElse(""));
        assertEquals("url", RunningService.parse(r.body()).path("parameter").asText());
    }

    @Test
    void xmlIsNotImplementedAndBadParametersAre400() {
        HttpResponse<String> xml = oembed(ours("/"), "&format=xml");
        assertEquals(501, xml.statusCode());
        assertEquals("application/problem+json", xml.headers().firstValue("Content-Type").orElse(""));
        for (String extra : new String[] {"&maxwidth=0", "&maxwidth=-5", "&maxwidth=abc", "&maxheight=1.5",
            "&maxheight=", "&format=yaml", "&format=json&format=json", "&colour=red"}) {
            HttpResponse<String> r = oembed(ours("/"), extra);
            if (extra.equals("&maxheight=")) {
                assertEquals(200, r.statusCode(), "an empty parameter is no parameter");
                continue;
            }
            assertEquals(400, r.statusCode(), extra + ": " + r.body());
            assertEquals("application/problem+json", r.headers().firstValue("Content-Type").orElse(""));
        }
        HttpResponse<String> none = svc.get("/oembed?format=json");
        assertEquals(400, none.statusCode());
        assertEquals("url", RunningService.parse(none.body()).path("parameter").asText());
    }

    @Test
    void everythingInTheHtmlIsEscaped() {
        // an id never carries markup (it is checked against the sources), but numbers and dates are rewritten too
        JsonNode o = ok(ours("/embed?date=2017-12-08&source=%22%3E%3Cscript%3Ealert(1)%3C/script%3E&lat=%22onload=x"
                + "&z=7%22%20onload=%22x"), "");
        String html = o.path("html").asText();
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("onload"), html);
        assertEquals(1, html.split("<iframe").length - 1);
    }

    @Test
    void answersCarryEtagsAndCors() {
        HttpResponse<String> r = oembed(ours("/?date=2017-12-08"), "");
        assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        String etag = r.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = svc.get("/oembed?url=" + URLEncoder.encode(ours("/?date=2017-12-08"), StandardCharsets.UTF_8),
                "If-None-Match", etag);
        assertEquals(304, again.statusCode());
    }
}
