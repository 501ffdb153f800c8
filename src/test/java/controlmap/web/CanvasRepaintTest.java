package controlmap.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import controlmap.app.ControlMapApp;
import controlmap.cli.GenerateCommand;
import controlmap.service.ControlMapService;
import controlmap.store.gpkg.GeoPackageClaimStore;
import controlmap.testing.RunningService;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * With thousands of places the map draws on a canvas and a slider step repaints only the boxes around the places it
 * restyled. After a hundred steps one day apart, the canvas must hold exactly the pixels of a whole repaint, and
 * every place drawn alone at its centre must show there the colour /api/control gives its holder that day.
 */
class CanvasRepaintTest {

    /** Above the map's 1,500 places, so the canvas is the page's own choice. */
    static final int PLACES = 2000;
    /**
     * Chromium antialiases a shape's edge a little differently when it is drawn clipped, as every partial repaint
     * is (Leaflet's own too): the same shapes drawn in the same order into a box differ from a whole repaint by up to
     * some tens of levels on edge pixels. A shape missing, extra, out of order or in another colour differs by more.
     */
    static final int FAR = 48;

    /**
     * Steps the slider one day at a time; at each checkpoint, reads the canvas, repaints it whole and reads it again,
     * and samples the pixel at every place's centre (its dot's centre) where no other shape covers it.
     */
    static final String STEPS = """
            const [steps, every, FAR] = arguments;
            const done = arguments[arguments.length - 1];
            const slider = document.getElementById('day-slider');
            const cm = window.controlmap;
            const m = cm.app.mapA;
            const r = m.renderer;
            const frame = () => new Promise(res => requestAnimationFrame(() => res()));
            const move = day => {
              slider.value = String(day);
              slider.dispatchEvent(new Event('input', {bubbles: true}));
            };
            const pixels = () => {
              const c = r._container;
              return c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
            };
            const scale = r._container.width / r._bounds.getSize().x;
            const centres = () => {
              const out = {};
              const shapes = Object.values(r._layers);
              const data = pixels();
              for (const [id, dot] of m.pointLayers) {
                const own = new Set([m.placeLayers.get(id), dot]);
                const p = m.map.latLngToLayerPoint(dot.getLatLng());
                const covering = shapes.filter(s => s._containsPoint(p));
                if (!covering.length || covering.some(s => !own.has(s))) continue;
                const x = Math.floor((p.x - r._bounds.min.x) * scale), y = Math.floor((p.y - r._bounds.min.y) * scale);
                const i = 4 * (y * r._container.width + x);
                out[id] = [data[i], data[i + 1], data[i + 2], data[i + 3]];
              }
              return out;
            };
            (async () => {
              const start = Math.floor(Number(slider.max) / 2) - Math.floor(steps / 2);
              move(start - 1);
              await frame();
              await frame();
              const checkpoints = [];
              let before = {...r.stats};
              for (let i = 0; i < steps; i++) {
                move(start + i);
                await frame();
                if ((i + 1) % every) continue;
                const stepped = pixels();
                const stats = {partial: r.stats.partial - before.partial, full: r.stats.full - before.full};
                r._updatePaths(); // Leaflet's whole repaint
                const whole = pixels();
                let differing = 0, far = 0, most = 0;
                for (let k = 0; k < whole.length; k += 4) {
                  let d = 0;
                  // premultiplied: the colour of a nearly transparent pixel means little
                  const aw = whole[k + 3], as = stepped[k + 3];
                  for (let c = 0; c < 3; c++) d = Math.max(d, Math.abs(whole[k + c] * aw - stepped[k + c] * as) / 255);
                  d = Math.round(Math.max(d, Math.abs(aw - as)));
                  if (d) differing++;
                  if (d > FAR) far++;
                  most = Math.max(most, d);
                }
                checkpoints.push({date: document.getElementById('date').value, ...stats, differing, far, most,
                  pixels: whole.length / 4, centres: centres()});
                before = {...r.stats};
              }
              done(JSON.stringify({renderer: cm.renderer, checkpoints}));
            })();
            """;

    static Path dir;
    static GeoPackageClaimStore store;
    static Javalin app;
    static Browser browser;
    static String source;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws IOException {
        Browser.requireChromium();
        dir = Files.createTempDirectory("controlmap-canvas");
        Path gpkg = dir.resolve("places.gpkg");
        int exit = new CommandLine(new GenerateCommand()).execute("--places", String.valueOf(PLACES), "--sources", "2",
                "--changes", "3", "--seed", "7", "--quiet", "--out", gpkg.toString());
        assertEquals(0, exit, "generate");
        store = GeoPackageClaimStore.open(gpkg);
        ControlMapService service = new ControlMapService(store);
        app = new ControlMapApp(service).javalin().start("127.0.0.1", 0);
        source = service.snapshot().sources().keySet().iterator().next();
        browser = Browser.desktop(1280, 800);
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) {
            browser.close();
        }
        if (app != null) {
            app.stop();
        }
        if (store != null) {
            store.close();
        }
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"one source", "all sources"})
    void afterManyStepsTheCanvasIsThatOfAWholeRepaintInTheColoursOfApiControl(String view) throws Exception {
        boolean one = view.equals("one source");
        browser.open("http://127.0.0.1:" + app.port() + "/" + (one ? "?source=" + source : ""));
        JsonNode r = RunningService.parse((String) browser.jsAsync(STEPS, 100, 25, FAR));
        assertEquals("canvas", r.path("renderer").asText(), "the page's choice at " + PLACES + " places");
        assertEquals(4, r.path("checkpoints").size());
        int checked = 0;
        for (JsonNode c : r.path("checkpoints")) {
            String day = c.path("date").asText();
            assertEquals(0, c.path("full").asInt(), "no step needed a whole repaint: " + c.path("partial"));
            assertTrue(c.path("partial").asInt() >= 20, day + ": the steps repainted their boxes: " + c.path("partial"));
            System.out.println(view + " " + day + ": " + c.path("partial") + " partial repaints; pixels differing from a whole repaint: "
                    + c.path("differing") + " (of " + c.path("pixels") + "), by more than " + FAR + ": " + c.path("far") + ", at most " + c.path("most"));
            assertEquals(0, c.path("far").asInt(), day + ": pixels differing from a whole repaint by more than "
                    + FAR + " (of " + c.path("differing").asInt() + " differing at all)");
            Map<String, JsonNode> held = holders(day, one ? source : null);
            for (var e : c.path("centres").properties()) {
                JsonNode rgba = e.getValue();
                JsonNode h = held.get(e.getKey());
                if (h == null) {
                    assertEquals(0, rgba.get(3).asInt(), day + " " + e.getKey() + ": no claim in force, no fill");
                } else if (one) { // all sources: the majority's colour, checked where one source holds the place
                    assertColour(h.path("color").asText(), rgba, day + " " + e.getKey());
                }
                checked++;
            }
        }
        assertTrue(checked > PLACES, "places checked at their centres over the checkpoints: " + checked);
    }

    /** Place → its /api/control feature's properties on `day` (of `source`, or of any source when null). */
    static Map<String, JsonNode> holders(String day, String source) throws Exception {
        String q = "/api/control?date=" + day + (source == null ? "" : "&source=" + source);
        HttpResponse<String> res = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + q))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, res.statusCode(), q);
        Map<String, JsonNode> out = new HashMap<>();
        for (JsonNode f : RunningService.parse(res.body()).path("features")) {
            out.put(f.path("properties").path("place").asText(), f.path("properties"));
        }
        return out;
    }

    /** The pixel's colour (unpremultiplied by the canvas) is the actor's, but for rounding. */
    static void assertColour(String hex, JsonNode rgba, String what) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        int[] want = {rgb >> 16 & 255, rgb >> 8 & 255, rgb & 255};
        assertTrue(rgba.get(3).asInt() > 0, what + ": filled");
        for (int i = 0; i < 3; i++) {
            assertTrue(Math.abs(want[i] - rgba.get(i).asInt()) <= 3, what + ": " + rgba + " is not " + hex);
        }
    }
}
