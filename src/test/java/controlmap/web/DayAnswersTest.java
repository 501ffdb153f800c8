package controlmap.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import controlmap.testing.RunningService;
import org.junit.jupiter.api.Test;

/**
 * The slider's patched answers (DayAnswers: only places with a change in between are recomputed) are the answers
 * computed afresh, whatever the order of days: one by one forwards and backwards, jumps, and with the sources,
 * comparison and knowledge date changed on the way.
 */
class DayAnswersTest extends PageTest {

    static final String COMPARE = """
            const done = arguments[arguments.length - 1];
            (async () => {
              const {DayAnswers, answersFor} = await import('/js/answers.js');
              const app = window.controlmap.app;
              const memo = new DayAnswers(app.ctx);
              const flat = a => JSON.stringify({
                all: [...a.all].map(([p, w]) => [p, [...w].map(([s, c]) => [s, c.id])]).sort(),
                disputed: [...a.disputed].sort(),
                a: [...a.a.holders].map(([p, h]) => [p, h.actor, h.claim, h.detail]).sort(),
                b: a.b ? [...a.b.holders].map(([p, h]) => [p, h.actor, h.claim, h.detail]).sort() : null});
              const first = app.first, last = app.last;
              const day0 = new Date(first + 'T00:00:00Z').getTime();
              const dayAt = n => new Date(day0 + n * 86400000).toISOString().slice(0, 10);
              const span = Math.round((new Date(last + 'T00:00:00Z').getTime() - day0) / 86400000);
              const states = [];
              for (let n = 0; n <= span; n += 1) states.push({date: dayAt(n)});
              for (let n = span; n >= 0; n -= 3) states.push({date: dayAt(n)});
              for (let i = 0; i < 300; i++) states.push({date: dayAt((i * 7919) % (span + 1))});
              const variants = [{}, {source: 'sohr'}, {source: 'sohr', compare: 'russia-mod'}, {asOf: '2017-12-07'},
                {source: 'russia-mod', asOf: '2018-01-30'}];
              let checked = 0, mismatches = [];
              for (const v of variants) {
                for (const st of states) {
                  const s = {source: null, compare: null, asOf: null, ...v, ...st};
                  if (flat(memo.for(s)) !== flat(answersFor(app.ctx, s))) mismatches.push(JSON.stringify(s));
                  checked++;
                }
              }
              done(JSON.stringify({checked, mismatches: mismatches.slice(0, 5), count: mismatches.length}));
            })();
            """;

    @Test
    void patchedAnswersAreTheAnswersComputedAfresh() {
        browser.open(page("?"));
        JsonNode r = RunningService.parse((String) browser.jsAsync(COMPARE));
        assertTrue(r.path("checked").asInt() > 5 * 300, r.toString()); // 5 variants of every day and 300 jumps at least
        assertEquals(0, r.path("count").asInt(), r.toString());
        assertNoConsoleProblems();
    }
}
