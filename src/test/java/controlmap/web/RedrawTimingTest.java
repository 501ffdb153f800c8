package controlmap.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import controlmap.testing.RunningService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;

/**
 * Dragging the slider over every day of the data. Measures with performance.now() in the page (main.js times each
 * redraw; the test times the interval between frames) and checks that no step asks the server anything. The figures are printed and written to target/redraw-timing.txt, never asserted: a timing
 * depends on the machine.
 */
class RedrawTimingTest extends PageTest {

    /**
     * Passes over the slider: every day of the extent in a tight loop twice (a warm-up, then the redraw cost of each
     * day), then every fourth day one per animation frame, as a drag delivers them (the frame interval: the redraw,
     * style, layout and paint together).
     */
    static final String SCRUB = """
            const done = arguments[arguments.length - 1];
            const slider = document.getElementById('day-slider');
            const max = Number(slider.max);
            const requestsBefore = performance.getEntriesByType('resource').length;
            const redrawsBefore = window.controlmap.redraws;
            const timings = window.controlmap.timings;
            const stats = xs => {
              const s = [...xs].sort((a, b) => a - b);
              const at = q => s[Math.min(s.length - 1, Math.floor(q * s.length))];
              return {n: s.length, median: at(0.5), p95: at(0.95), max: s[s.length - 1],
                      over16: s.filter(x => x > 16).length, over17: s.filter(x => x > 17).length};
            };
            const move = day => {
              slider.value = String(day);
              slider.dispatchEvent(new Event('input', {bubbles: true}));
            };
            for (let day = 0; day <= max; day++) move(day); // warm-up: let the JIT compile the redraw path first
            const redraw = [], slowest = [];
            for (let day = 0; day <= max; day++) {
              move(day);
              const t = timings[timings.length - 1];
              redraw.push(t);
              slowest.push([t, document.getElementById('date').value]);
            }
            slowest.sort((a, b) => b[0] - a[0]);
            const frames = [];
            let day = 0, lastFrame = null;
            function step(now) {
              if (lastFrame !== null && day > 8) frames.push(now - lastFrame); // the first frames wait for the loop above
              lastFrame = now;
              if (day > max) {
                done(JSON.stringify({days: max + 1, redraw: stats(redraw), frames: stats(frames),
                  slowest: slowest.slice(0, 5).map(([t, d]) => `${d} ${t.toFixed(1)} ms`).join(', '),
                  redraws: window.controlmap.redraws - redrawsBefore,
                  requests: performance.getEntriesByType('resource').length - requestsBefore}));
                return;
              }
              move(day);
              day += 4;
              requestAnimationFrame(step);
            }
            requestAnimationFrame(step);
            """;

    @Test
    void scrubbingEveryDayRedrawsWithoutAskingTheServer() {
        StringBuilder report = new StringBuilder();
        for (String view : new String[] {"?source=sohr&compare=russia-mod", "?"}) {
            browser.open(page(view));
            JsonNode r = RunningService.parse((String) browser.jsAsync(SCRUB));
            int days = r.path("days").asInt();
            assertEquals(2 * days + (days + 3) / 4, r.path("redraws").asInt(), "one redraw per step: " + r);
            assertEquals(0, r.path("requests").asInt(), "scrubbing makes no request: " + r);
            String line = String.format("view %s, Chromium headless 1280x800: redraw of each of the %d days: "
                    + "median %.2f ms, p95 %.2f ms, max %.2f ms, %d over 16 ms (slowest: %s); dragging (every 4th day, "
                    + "one per frame): frame interval median %.1f ms, p95 %.1f ms, max %.1f ms, %d frames over 17 ms; requests: %d",
                    view, days, r.at("/redraw/median").asDouble(), r.at("/redraw/p95").asDouble(),
                    r.at("/redraw/max").asDouble(), r.at("/redraw/over16").asInt(), r.path("slowest").asText(),
                    r.at("/frames/median").asDouble(), r.at("/frames/p95").asDouble(), r.at("/frames/max").asDouble(),
                    r.at("/frames/over17").asInt(), r.path("requests").asInt());
            System.out.println(line);
            report.append(line).append('\n');
            assertEquals(r.path("days").asInt(), r.at("/redraw/n").asInt(), "covered the whole extent, every day timed: " + r);
        }
        write(report.toString());
    }

    static void write(String text) {
        try {
            Path out = Path.of("target", "redraw-timing.txt");
            Files.createDirectories(out.getParent());
            Files.writeString(out, text, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
