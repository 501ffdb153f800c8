package controlmap.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import controlmap.testing.RunningService;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A newsroom's article on another origin (its own server, another port) embeds the map with the iframe oEmbed gives:
 * the map draws inside the frame, and the embed's weight and load time are measured there.
 */
class ArticleEmbedTest {

    static RunningService svc;
    static HttpServer newsroom;
    static volatile String article = "";

    @BeforeAll
    static void start() throws IOException {
        Browser.requireChromium();
        svc = RunningService.start();
        newsroom = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        newsroom.createContext("/", exchange -> {
            byte[] body = article.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        newsroom.start();
    }

    @AfterAll
    static void stop() {
        if (newsroom != null) {
            newsroom.stop(0);
        }
        if (svc != null) {
            svc.close();
        }
    }

    static String newsroomUrl() {
        return "http://localhost:" + newsroom.getAddress().getPort() + "/2017/12/08/isis-defeated.html";
    }

    /** Puts oEmbed's html for {@code mapUrl} into an article on the newsroom's server; returns the oEmbed answer. */
    static JsonNode publish(String mapUrl) {
        JsonNode o = svc.json("/oembed?format=json&url=" + URLEncoder.encode(mapUrl, StandardCharsets.UTF_8));
        article = """
                <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Is ISIS defeated in Syria?</title>
                <style>body{font:17px/1.5 Georgia,serif;max-width:680px;margin:1.5rem auto;color:#222}
                figure{margin:1rem 0}figcaption{font:13px sans-serif;color:#666}</style></head><body>
                <h1>Is ISIS defeated in Syria? Two accounts of 8 December 2017</h1>
                <p>Russia's defence ministry said no village remained under ISIS control. The Syrian Observatory disagreed.</p>
                <figure>%s<figcaption>Who held what, according to the Syrian Observatory. Map: ControlMap</figcaption></figure>
                <p>The ministry's statement came a day after …</p></body></html>""".formatted(o.path("html").asText());
        return o;
    }

    static WebElement enterFrame(Browser b) {
        b.driver.get(newsroomUrl());
        WebElement frame = b.find("figure iframe");
        b.driver.switchTo().frame(frame);
        b.waitFor("the embedded map to be ready", "return window.controlmap && window.controlmap.ready === true");
        return frame;
    }

    @Test
    void theMapDrawsInsideTheIframeOfAnArticleOnAnotherOrigin() {
        JsonNode o = publish(svc.uri("/?date=2017-12-08&source=sohr").toString());
        try (Browser b = Browser.desktop(1280, 800)) {
            WebElement frame = enterFrame(b);
            assertFalse(b.text("return location.origin").equals("http://localhost:" + newsroom.getAddress().getPort()));
            int places = svc.json("/api/places").path("features").size();
            assertEquals(places, b.findAll("#map-a path[data-place]").size(), "every place drawn in the frame");
            String isis = "";
            for (JsonNode a : svc.json("/api/actors")) {
                isis = a.path("id").asText().equals("isis") ? a.path("color").asText() : isis;
            }
            assertEquals(isis, b.text("return document.querySelector('#map-a path[data-place=\"deir-ezzor-east\"]')"
                    + ".getAttribute('fill')"), "ISIS's colour east of the Euphrates");
            String legend = b.find("#legend").getText();
            assertTrue(legend.contains("ISIS (Islamic State)") && legend.contains("Disputed"), legend);
            WebElement full = b.find("#full-map");
            assertEquals("_blank", full.getAttribute("target"));
            assertTrue(full.getAttribute("href").endsWith("/?date=2017-12-08&source=sohr"), full.getAttribute("href"));
            assertTrue(b.problems().isEmpty(), "console in the frame: " + b.problems());
            b.driver.switchTo().defaultContent();
            assertEquals(600, frame.getSize().getWidth());
            assertEquals(400, frame.getSize().getHeight());
            assertEquals(o.path("title").asText(), frame.getAttribute("title"));
            b.js("arguments[0].scrollIntoView({block: 'center'})", frame);
            b.screenshot("embed-in-article-600x400");
        }
    }

    @Test
    void whereScriptsCannotRunTheEmbedShowsThePictureOfItsView() {
        publish(svc.uri("/?date=2017-12-08&source=sohr").toString());
        try (Browser b = Browser.withoutScripts(1280, 800)) {
            b.driver.get(newsroomUrl());
            b.driver.switchTo().frame(b.find("figure iframe"));
            WebElement picture = b.find("img.picture");
            assertTrue(picture.isDisplayed(), "the picture shows");
            assertEquals(svc.uri("/api/snapshot.png?date=2017-12-08&source=sohr&width=600&height=400").toString(),
                    picture.getAttribute("src"));
            new org.openqa.selenium.support.ui.WebDriverWait(b.driver, java.time.Duration.ofSeconds(20))
                    .until(d -> "600".equals(picture.getDomProperty("naturalWidth")));
            assertTrue(b.findAll("#map-a path").isEmpty(), "no script ran: no map drawn");
            b.driver.switchTo().defaultContent();
            b.js("arguments[0].scrollIntoView({block: 'center'})", b.find("figure iframe"));
            b.screenshot("embed-in-article-no-script");
        }
    }

    /** Every resource the embed may load: Leaflet, its own module and stylesheet, the pure modules, the view's data. */
    static final List<String> ALLOWED = List.of("/webjars/leaflet/1.9.4/dist/leaflet.js",
            "/webjars/leaflet/1.9.4/dist/leaflet.css", "/css/embed.css", "/js/embed.js", "/js/api.js", "/js/answers.js",
            "/js/asof.js", "/js/dates.js", "/js/dom.js", "/js/labels.js", "/js/share.js", "/js/state.js",
            "/api/actors", "/api/sources", "/api/places", "/api/changes", "/api/extent", "/api/basemap",
            "/css/gazetteer.css", "/js/gazetteer.js", "/api/gazetteer");

    static final String MEASURE = """
            const nav = performance.getEntriesByType('navigation')[0];
            const res = performance.getEntriesByType('resource').map(e => ({path: e.name.replace(location.origin, ''),
              transfer: e.transferSize, encoded: e.encodedBodySize, decoded: e.decodedBodySize}));
            return JSON.stringify({page: {transfer: nav.transferSize, encoded: nav.encodedBodySize, decoded: nav.decodedBodySize},
              domContentLoaded: nav.domContentLoadedEventEnd, load: nav.loadEventEnd, ready: window.controlmap.readyAt, res});
            """;

    @Test
    void theEmbedIsLightAndItsWeightAndLoadTimeAreMeasured() throws IOException {
        publish(svc.uri("/?date=2017-12-08&source=sohr").toString());
        StringBuilder report = new StringBuilder("Embed weight and load time (ArticleEmbedTest), 600 x 400 iframe, "
                + "date=2017-12-08&source=sohr, headless Chromium, server on the same machine\n");
        for (int run = 1; run <= 3; run++) {
            try (Browser b = Browser.desktop(1280, 800)) {
                enterFrame(b);
                JsonNode cold = RunningService.parse(b.text(MEASURE));
                b.driver.switchTo().defaultContent();
                enterFrame(b); // the same browser again: its cache is warm
                JsonNode warm = RunningService.parse(b.text(MEASURE));
                for (JsonNode r : cold.path("res")) {
                    String path = r.path("path").asText().replaceAll("\\?.*$", "");
                    assertTrue(ALLOWED.contains(path), "the embed loads only what it needs, not " + path);
                }
                long transfer = total(cold, "transfer");
                assertTrue(transfer < 400_000, "cold transfer " + transfer + " bytes");
                if (run == 1) {
                    report.append(String.format("%-40s %10s %10s %10s%n", "resource (cold, run 1)", "transfer", "encoded", "decoded"));
                    report.append(String.format("%-40s %10d %10d %10d%n", "/embed (the page)", cold.path("page").path("transfer").asLong(),
                            cold.path("page").path("encoded").asLong(), cold.path("page").path("decoded").asLong()));
                    for (JsonNode r : cold.path("res")) {
                        report.append(String.format("%-40s %10d %10d %10d%n", r.path("path").asText(),
                                r.path("transfer").asLong(), r.path("encoded").asLong(), r.path("decoded").asLong()));
                    }
                }
                report.append(String.format(java.util.Locale.ROOT, "run %d: cold %d requests, %d bytes transferred (%d encoded, %d decoded); "
                                + "DOMContentLoaded %.0f ms, load %.0f ms, map drawn %.0f ms | warm: %d bytes transferred, map drawn %.0f ms%n",
                        run, cold.path("res").size() + 1, transfer, total(cold, "encoded"), total(cold, "decoded"),
                        cold.path("domContentLoaded").asDouble(), cold.path("load").asDouble(), cold.path("ready").asDouble(),
                        total(warm, "transfer"), warm.path("ready").asDouble()));
            }
        }
        System.out.print(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "embed-weight.txt"), report);
    }

    /** The page's and every resource's {@code field}, summed. */
    static long total(JsonNode m, String field) {
        long sum = m.path("page").path(field).asLong();
        for (JsonNode r : m.path("res")) {
            sum += r.path(field).asLong();
        }
        return sum;
    }
}
