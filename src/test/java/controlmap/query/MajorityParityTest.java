package controlmap.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import controlmap.domain.Actor;
import controlmap.domain.Claim;
import controlmap.domain.Extent;
import controlmap.domain.Stance;
import controlmap.testing.NodeJs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The majority rule has one home per language: {@link Majority} on the server and {@code majority} in web/js/asof.js
 * in the browser. Both are run on the same random sets of winning claims (the seed's actors, negating ones included,
 * and an actor neither knows; control and presence, whole and part) and must give the same answer. Node runs the
 * browser's module as it is served (no build step); skipped without Node, except in CI.
 */
class MajorityParityTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final int CASES = 3000;

    @Test
    void theBrowsersMajorityIsTheServers() throws IOException, InterruptedException {
        NodeJs.assumePresent("the comparison of web/js/asof.js's majority rule with the server's");
        Map<String, Actor> actors = seedActors();
        List<String> ids = new ArrayList<>(actors.keySet());
        ids.add("an-actor-nobody-knows");
        Random random = new Random(11);
        List<List<Claim>> cases = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            List<Claim> winners = new ArrayList<>();
            List<String> pool = new ArrayList<>(); // few actors per case, so ties and repeats are common
            for (int n = 1 + random.nextInt(3); pool.size() < n; ) {
                pool.add(ids.get(random.nextInt(ids.size())));
            }
            int sources = 1 + random.nextInt(6);
            for (int s = 0; s < sources; s++) {
                String actor = pool.get(random.nextInt(pool.size()));
                winners.add(ClaimBuilder.claim("c" + i + "-" + s).source("source-" + s).actor(actor)
                        .stance(random.nextInt(5) == 0 ? Stance.PRESENCE : Stance.CONTROL)
                        .extent(random.nextInt(3) == 0 ? Extent.PART : Extent.WHOLE).build());
            }
            cases.add(winners);
        }
        JsonNode browser = runNode(actors, cases);
        int ties = 0;
        int negatedWins = 0;
        for (int i = 0; i < CASES; i++) {
            Majority m = Majority.of(cases.get(i), actors);
            JsonNode b = browser.get(i);
            String what = "case " + i + ": " + cases.get(i).stream()
                    .map(c -> c.actor() + (c.isPresence() ? "(presence)" : "") + (c.isPart() ? "(part)" : "")).toList();
            assertEquals(m.actor(), b.path("actor").isNull() ? null : b.path("actor").asText(), what);
            assertEquals(m.votes(), b.path("votes").asInt(), what);
            assertEquals(m.of(), b.path("of").asInt(), what);
            assertEquals(m.tie(), b.path("tie").asBoolean(), what);
            assertEquals(m.part(), b.path("part").asBoolean(), what);
            ties += m.tie() ? 1 : 0;
            negatedWins += m.actor() != null && actors.containsKey(m.actor()) && actors.get(m.actor()).negates() != null
                    ? 1 : 0;
        }
        assertTrue(ties > 100 && negatedWins > 50, "the cases cover ties (" + ties + ") and negating winners ("
                + negatedWins + ")");
    }

    /** The actors of the seed data (data/geojson/actors.json). */
    static Map<String, Actor> seedActors() throws IOException {
        Map<String, Actor> out = new LinkedHashMap<>();
        for (JsonNode a : JSON.readTree(Path.of("data/geojson/actors.json").toFile())) {
            String negates = a.path("negates").isNull() ? null : a.path("negates").asText();
            out.put(a.path("id").asText(), new Actor(a.path("id").asText(), a.path("name").asText(),
                    a.path("color").asText(), "", negates, null));
        }
        return out;
    }

    /** Runs web/js/asof.js's majority over every case; its answers, in order. */
    static JsonNode runNode(Map<String, Actor> actors, List<List<Claim>> cases) throws IOException, InterruptedException {
        ObjectNode input = JSON.createObjectNode();
        ArrayNode actorList = input.putArray("actors");
        actors.values().forEach(a -> actorList.addObject().put("id", a.id()).put("negates", a.negates()));
        ArrayNode all = input.putArray("cases");
        for (List<Claim> winners : cases) {
            ArrayNode w = all.addArray();
            winners.forEach(c -> w.addObject().put("source", c.source()).put("actor", c.actor())
                    .put("stance", c.stance().wire()).put("extent", c.extent().wire()));
        }
        String script = """
                import {majority} from '%s';
                let text = '';
                process.stdin.on('data', d => text += d);
                process.stdin.on('end', () => {
                  const input = JSON.parse(text);
                  const actors = new Map(input.actors.map(a => [a.id, a]));
                  process.stdout.write(JSON.stringify(input.cases.map(w => majority(w, actors))));
                });
                """.formatted(Path.of("web/js/asof.js").toAbsolutePath().toUri());
        Process p = new ProcessBuilder("node", "--input-type=module", "-e", script).start();
        try (var in = p.getOutputStream()) {
            in.write(JSON.writeValueAsBytes(input));
        }
        byte[] out = p.getInputStream().readAllBytes();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), err);
        return JSON.readTree(out);
    }
}
