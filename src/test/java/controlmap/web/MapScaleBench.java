package controlmap.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import controlmap.testing.RunningService;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Browser benchmark of the map page at archive scale (run by scripts/bench, not by {@code mvn test}: figures depend
 * on the machine). For each running service named (the seed and a large archive, in the same run), in headless
 * Chromium with a fresh profile per round (a cold cache): the first map drawn (navigation to {@code data-drawn}),
 * the bytes transferred before it, a slider step one day at a time (the redraw plus the canvas repaint, and the
 * requests the steps made), the bytes of a pan and of a zoom step, and the JS heap after a collection; and the cold
 * weight of the embed.
 *
 * <p>Usage: {@code MapScaleBench OUT.json ROUNDS STEPS NAME=URL …}; prints one line per round.
 */
public final class MapScaleBench {

    /** Figures of the navigation so far: the first map drawn, bytes before it and in all. */
    static final String LOAD = """
            const cm = window.controlmap;
            const at = cm.drawnAt ?? cm.readyAt ?? performance.now();
            const nav = performance.getEntriesByType('navigation')[0];
            const all = [nav, ...performance.getEntriesByType('resource')];
            const before = all.filter(e => e.responseEnd <= at + 1);
            const sum = es => es.reduce((n, e) => n + (e.transferSize || 0), 0);
            const list = arguments[0] ? all.map(e => [new URL(e.name).pathname + new URL(e.name).search, e.transferSize, Math.round(e.responseEnd)]) : undefined;
            return JSON.stringify({list, drawnMs: at, bytesBefore: sum(before), requestsBefore: before.length,
              bytesAll: sum(all), requestsAll: all.length, places: document.querySelector('meta[name="controlmap-places"]')?.content});
            """;

    static final String STEPS = """
            const steps = arguments[0];
            const done = arguments[arguments.length - 1];
            const slider = document.getElementById('day-slider');
            const cm = window.controlmap;
            const frame = () => new Promise(r => requestAnimationFrame(() => r()));
            const move = day => {
              slider.value = String(day);
              slider.dispatchEvent(new Event('input', {bubbles: true}));
            };
            const stats = xs => {
              const s = [...xs].sort((a, b) => a - b);
              const at = q => s[Math.min(s.length - 1, Math.floor(q * s.length))];
              return {n: s.length, median: at(0.5), p95: at(0.95), max: s[s.length - 1]};
            };
            (async () => {
              const start = Number(slider.value);
              for (let i = 0; i < 20; i++) { move(start + (i % 2)); await frame(); }
              const requestsBefore = performance.getEntriesByType('resource').length;
              const work = [];
              for (let i = 0; i < steps; i++) {
                await frame();
                const paintBefore = cm.paintMs;
                move(start + i);
                const redraw = cm.timings[cm.timings.length - 1];
                await frame();
                work.push(redraw + (cm.paintMs - paintBefore));
              }
              const requests = performance.getEntriesByType('resource').length - requestsBefore;
              done(JSON.stringify({step: stats(work), requests}));
            })();
            """;

    /** Bytes and requests of the resources that started after {@code arguments[0]} (a performance.now()). */
    static final String SINCE = """
            const t = arguments[0];
            const es = performance.getEntriesByType('resource').filter(e => e.startTime >= t);
            return JSON.stringify({bytes: es.reduce((n, e) => n + (e.transferSize || 0), 0), requests: es.length});
            """;

    static final String HEAP = """
            window.gc();
            return performance.memory.usedJSHeapSize;
            """;

    private MapScaleBench() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        int rounds = Integer.parseInt(args[1]);
        int steps = Integer.parseInt(args[2]);
        ObjectMapper json = new ObjectMapper();
        ArrayNode rows = json.createArrayNode();
        for (int round = 1; round <= rounds; round++) {
            for (int i = 3; i < args.length; i++) {
                String name = args[i].substring(0, args[i].indexOf('='));
                String url = args[i].substring(args[i].indexOf('=') + 1);
                ObjectNode row = rows.addObject();
                row.put("store", name);
                row.put("round", round);
                measureMap(url, steps, row);
                measureEmbed(url, row);
                System.out.println(row);
            }
        }
        Files.writeString(out, json.writerWithDefaultPrettyPrinter().writeValueAsString(rows));
    }

    static void measureMap(String url, int steps, ObjectNode row) throws Exception {
        try (Browser b = Browser.measuring(1280, 800)) {
            b.driver().get(url + "/");
            drawn(b, 40);
            row.set("load", RunningService.parse(b.text(LOAD, false)));
            row.put("heapAfterLoad", ((Number) b.js(HEAP)).longValue());
            // scrubbing: within one year of the data, from its spring
            b.driver().get(url + "/?date=2017-03-01");
            drawn(b, 40);
            row.set("slider", RunningService.parse((String) b.jsAsync(STEPS, steps)));
            row.put("heapAfterSteps", ((Number) b.js(HEAP)).longValue());
            row.set("pan", move(b, "window.controlmap.app.mapA.map.panBy([400, 0], {animate: false})"));
            row.set("zoomIn", move(b, "window.controlmap.app.mapA.map.zoomIn(1, {animate: false})"));
            row.put("heapAfterMoves", ((Number) b.js(HEAP)).longValue());
        }
    }

    /** Moves the map by {@code script} and reports what the new view transferred once drawn. */
    static JsonNode move(Browser b, String script) throws InterruptedException {
        double t = ((Number) b.js("return performance.now()")).doubleValue();
        b.js(script);
        Thread.sleep(300);
        drawn(b, 40);
        return RunningService.parse(b.text(SINCE, t));
    }

    static void measureEmbed(String url, ObjectNode row) throws Exception {
        try (Browser b = Browser.measuring(600, 450)) {
            b.driver().get(url + "/embed?date=2017-12-08");
            drawn(b, 120);
            Thread.sleep(1500); // what loads after the first map (lazily) counts too
            row.set("embed", RunningService.parse(b.text(LOAD, true)));
        }
    }

    /** Waits (up to {@code seconds}) until the main map says it shows its day. */
    static void drawn(Browser b, int seconds) throws InterruptedException {
        for (int i = 0; i < seconds * 10; i++) {
            Object d = b.js("const m = document.getElementById('map-a'); return m && m.dataset.drawn;");
            if (d != null) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the map was not drawn within " + seconds + " s: " + b.problems() + " "
                + b.text("return JSON.stringify({ready: window.controlmap?.ready, url: location.href, "
                + "drawn: document.getElementById('map-a')?.outerHTML.slice(0, 300)})"));
    }
}
