package controlmap.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import controlmap.testing.RunningService;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * web/js/asof.js, run in the browser, gives the server's answers: /api/control, /api/disputes and the change dates of
 * /api/changes, for dates across the data, single sources and all, with and without a knowledge date.
 */
class AsOfModuleTest extends PageTest {

    static final List<String> DATES = List.of("2014-01-01", "2014-06-01", "2015-10-01", "2016-11-01", "2016-12-01",
            "2017-01-25", "2017-09-05", "2017-10-20", "2017-11-30", "2017-12-06", "2017-12-07", "2017-12-08",
            "2018-01-25", "2018-01-26", "2019-01-01");
    static final List<String> SOURCES = Arrays.asList(null, "sohr", "russia-mod", "mohammed-al-abdullah", "daily-sheeple",
            "the-duran", "crss-blog", "afp", "sdf");
    static final List<String> KNOWN = Arrays.asList(null, "2017-01-25", "2017-12-07", "2017-12-31");
    static final List<String> PAIRS = Arrays.asList(null, "sohr,russia-mod", "mohammed-al-abdullah,russia-mod", "the-duran,russia-mod");

    static final String SCRIPT = """
            const [dates, sources, known, pairs, done] = arguments;
            Promise.all([import('/js/asof.js'), fetch('/api/changes').then(r => r.json()),
                         fetch('/api/actors').then(r => r.json())]).then(([m, changes, actorList]) => {
              const index = m.indexClaims(changes.claims);
              const actors = new Map(actorList.map(a => [a.id, a]));
              const out = {};
              for (const d of dates) for (const k of known) {
                for (const s of sources) {
                  const rows = [];
                  for (const [place, winners] of m.control(index, d, s ? [s] : null, k))
                    for (const [source, c] of winners) rows.push(`${place}|${source}|${c.actor}|${c.id}`);
                  out[`control ${d} ${s} ${k}`] = rows.sort();
                }
                for (const p of pairs)
                  out[`disputes ${d} ${p} ${k}`] = [...m.disputes(actors, m.control(index, d, p ? p.split(',') : null, k)).keys()].sort();
              }
              for (const s of sources) out[`changes ${s}`] = m.changeDates(changes.claims, s ? [s] : null);
              done(JSON.stringify(out));
            }).catch(e => done(JSON.stringify({error: String(e)})));
            """;

    @Test
    void theBrowsersAsOfRuleGivesTheServersAnswers() {
        browser.open(page(""));
        JsonNode browserAnswers = RunningService.parse((String) browser.jsAsync(SCRIPT, DATES, SOURCES, KNOWN, PAIRS));
        assertTrue(browserAnswers.path("error").isMissingNode(), browserAnswers.toString());
        int compared = 0;
        for (String d : DATES) {
            for (String k : KNOWN) {
                for (String s : SOURCES) {
                    String path = "/api/control?date=" + d + (s == null ? "" : "&source=" + s) + (k == null ? "" : "&as_of=" + k);
                    List<String> server = new ArrayList<>();
                    for (JsonNode f : svc.json(path).path("features")) {
                        JsonNode p = f.path("properties");
                        server.add(p.path("place").asText() + "|" + p.path("source").asText() + "|"
                                + p.path("actor").asText() + "|" + p.path("claim").asText());
                    }
                    server.sort(null);
                    assertEquals(server, strings(browserAnswers.path("control " + d + " " + s + " " + k)), path);
                    compared++;
                }
                for (String pair : PAIRS) {
                    String path = "/api/disputes?date=" + d + (pair == null ? "" : "&sources=" + pair)
                            + (k == null ? "" : "&as_of=" + k);
                    List<String> server = new ArrayList<>();
                    svc.json(path).path("features").forEach(f -> server.add(f.path("id").asText()));
                    server.sort(null);
                    assertEquals(server, strings(browserAnswers.path("disputes " + d + " " + pair + " " + k)), path);
                    compared++;
                }
            }
        }
        for (String s : SOURCES) {
            String path = "/api/changes" + (s == null ? "" : "?source=" + s);
            assertEquals(strings(svc.json(path).path("dates")), strings(browserAnswers.path("changes " + s)), path);
            compared++;
        }
        System.out.println("asof.js agrees with the server on " + compared + " answers");
    }

    static List<String> strings(JsonNode array) {
        assertTrue(array.isArray(), "missing answer");
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
