package controlmap.web;

import com.fasterxml.jackson.databind.JsonNode;
import controlmap.app.ControlMapApp;
import controlmap.service.ControlMapService;
import controlmap.store.gpkg.GeoPackageClaimStore;
import controlmap.testing.RunningService;
import io.javalin.Javalin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Browser benchmark of the map (run by scripts/bench, not by {@code mvn test}: timings depend on the machine). Serves
 * a GeoPackage (e.g. 5,000 generated places) and drives headless Chromium over it: for each renderer (SVG, canvas)
 * and view, it moves the slider one day at a time (a step of the slider) and times, in the page with
 * {@code performance.now()}, the redraw of each step (the as-of computation and restyling, plus the canvas repaint Leaflet defers to the next
 * animation frame; each also reported alone), then drags one step per animation frame and times the frame
 * intervals over every fourth day.
 *
 * <p>Usage: {@code RedrawBench STORE.gpkg OUT.json [steps]}; prints one line per run and writes them all as JSON.
 */
public final class RedrawBench {

    static final String STEPS = """
            const steps = arguments[0];
            const done = arguments[arguments.length - 1];
            const slider = document.getElementById('day-slider');
            const max = Number(slider.max);
            const cm = window.controlmap;
            const frame = () => new Promise(r => requestAnimationFrame(() => r()));
            const move = day => {
              slider.value = String(day);
              slider.dispatchEvent(new Event('input', {bubbles: true}));
            };
            const stats = xs => {
              const s = [...xs].sort((a, b) => a - b);
              const at = q => s[Math.min(s.length - 1, Math.floor(q * s.length))];
              return {n: s.length, median: at(0.5), p95: at(0.95), p99: at(0.99), max: s[s.length - 1],
                      over16: s.filter(x => x > 16).length};
            };
            (async () => {
              // the slider moves one day per step: from the middle of the extent, one day at a time
              const start = Math.floor(max / 2) - Math.floor(steps / 2);
              for (let i = 0; i < 60; i++) { move(start - 200 + i * 3); await frame(); } // warm-up elsewhere
              const work = [], js = [], paint = [];
              const frames = [];
              for (let i = 0; i < steps; i++) {
                await frame();
                const paintBefore = cm.paintMs;
                move(start + i);
                const redraw = cm.timings[cm.timings.length - 1];
                await frame(); // Leaflet repaints a canvas in an animation frame callback, before this one runs
                work.push(redraw + (cm.paintMs - paintBefore));
                js.push(redraw);
                paint.push(cm.paintMs - paintBefore);
              }
              // dragging: one step per frame, every 4th day (a quick drag), as RedrawTimingTest does
              let last = null;
              for (let i = 0; i < steps; i++) {
                move((start + 4 * i) % (max + 1));
                const now = await new Promise(r => requestAnimationFrame(r));
                if (last !== null) frames.push(now - last);
                last = now;
              }
              done(JSON.stringify({days: max + 1, places: document.querySelectorAll('path[data-place]').length,
                renderer: cm.renderer, step: stats(work), redraw: stats(js), paint: stats(paint),
                frame: stats(frames)}));
            })();
            """;

    private RedrawBench() {
    }

    public static void main(String[] args) throws IOException {
        Path store = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int steps = args.length > 2 ? Integer.parseInt(args[2]) : 400;
        List<String> results = new ArrayList<>();
        try (GeoPackageClaimStore claims = GeoPackageClaimStore.open(store);
             Browser browser = Browser.desktop(1280, 800)) {
            browser.driver.manage().timeouts().scriptTimeout(java.time.Duration.ofMinutes(10));
            ControlMapService service = new ControlMapService(claims);
            Javalin app = new ControlMapApp(service).javalin().start("127.0.0.1", 0);
            String source = service.snapshot().sources().keySet().iterator().next();
            try {
                for (String renderer : new String[] {"svg", "canvas"}) {
                    for (String view : new String[] {"?", "?source=" + source}) {
                        String url = "http://127.0.0.1:" + app.port() + "/" + view + "&renderer=" + renderer;
                        long t0 = System.nanoTime();
                        browser.open(url);
                        double loadMs = (System.nanoTime() - t0) / 1e6;
                        JsonNode r = RunningService.parse((String) browser.jsAsync(STEPS, steps));
                        String line = String.format(Locale.ROOT, "{\"renderer\":\"%s\",\"view\":\"%s\",\"load_ms\":%.0f,"
                                + "\"result\":%s}", renderer, view, loadMs, r);
                        System.out.println(line);
                        results.add(line);
                    }
                }
            } finally {
                app.stop();
            }
        }
        Files.writeString(out, "[" + String.join(",\n", results) + "]\n");
    }
}
