package controlmap.ogc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import controlmap.testing.RunningService;
import controlmap.testing.SeededServiceTest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The control collection: /api/control's as-of answer as OGC features, for GIS clients. */
class OgcControlTest extends SeededServiceTest {

    static final String ITEMS = "/ogc/collections/control/items";

    /** place|source → actor, from an OGC page or an /api/control answer. */
    static Map<String, String> holders(JsonNode fc) {
        Map<String, String> out = new TreeMap<>();
        fc.path("features").forEach(f -> out.put(f.path("properties").path("place").asText() + "|"
                + f.path("properties").path("source").asText(), f.path("properties").path("actor").asText()));
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"2017-12-07", "2017-12-08", "2018-01-26", "2016-06-01"})
    void theFeaturesOfADayAreTheControlAnswerOfThatDay(String day) {
        JsonNode ogc = svc.json(ITEMS + "?limit=10000&datetime=" + day);
        assertEquals(holders(svc.json("/api/control?date=" + day)), holders(ogc));
        Map<String, String> colours = new TreeMap<>();
        svc.json("/api/control?date=" + day).path("features").forEach(f -> colours.put(
                f.path("properties").path("place").asText() + "|" + f.path("properties").path("source").asText(),
                f.path("properties").path("color").asText()));
        ogc.path("features").forEach(f -> {
            assertEquals(day, f.path("properties").path("day").asText());
            assertEquals(colours.get(f.path("properties").path("place").asText() + "|"
                    + f.path("properties").path("source").asText()), f.path("properties").path("color").asText(),
                    "the actor's colour, as /api/control gives it");
            assertEquals(day + ":" + f.path("properties").path("place").asText() + ":"
                    + f.path("properties").path("source").asText(), f.path("id").asText());
        });
        JsonNode sohr = svc.json(ITEMS + "?limit=10000&datetime=" + day + "T12:00:00Z&source=sohr");
        assertEquals(holders(svc.json("/api/control?date=" + day + "&source=sohr")), holders(sohr),
                "an instant stands for its day; source filters");
    }

    @Test
    void withoutDatetimeTheLastDayOfTheData() {
        String last = svc.json("/api/extent").path("last").asText();
        JsonNode ogc = svc.json(ITEMS + "?limit=10000");
        assertTrue(ogc.path("features").size() > 0);
        assertEquals(holders(svc.json("/api/control?date=" + last)), holders(ogc));
        assertEquals(last, ogc.path("features").get(0).path("properties").path("day").asText());
    }

    @Test
    void oneFeatureByItsIdAndUnknownIdsAre404() {
        JsonNode first = svc.json(ITEMS + "?limit=1&datetime=2017-12-08&source=sohr").path("features").get(0);
        String id = first.path("id").asText();
        JsonNode one = svc.json(ITEMS + "/" + id);
        assertEquals(first.path("properties"), one.path("properties"));
        for (String bad : new String[] {"2017-12-08:nowhere:sohr", "2017-12-08:" + id.split(":")[1] + ":nobody",
            "2017-02-30:x:sohr", "nonsense", "2017-12-08:raqqa-city:sohr"}) { // SOHR says nothing of Raqqa
            assertEquals(404, svc.get(ITEMS + "/" + bad).statusCode(), bad);
        }
    }

    @Test
    void asOfGivesTheAnswerAsTheSourcesHadGivenItByThen() {
        // al-Abdullah's claims are in force on 8 December 2017 (since a date he did not give) but were reported on
        // 26 January 2018
        for (String asOf : new String[] {"2017-12-07", "2018-01-25", "2018-01-26", "2019-01-01"}) {
            JsonNode ogc = svc.json(ITEMS + "?limit=10000&datetime=2017-12-08&as_of=" + asOf);
            assertEquals(holders(svc.json("/api/control?date=2017-12-08&as_of=" + asOf)), holders(ogc), asOf);
            ogc.path("features").forEach(f -> {
                assertTrue(f.path("id").asText().endsWith(":" + asOf), f.path("id").asText());
                assertEquals(f.path("properties"), svc.json(ITEMS + "/" + f.path("id").asText()).path("properties"));
            });
        }
        assertTrue(holders(svc.json(ITEMS + "?limit=10000&datetime=2017-12-08&as_of=2018-01-25")).keySet().stream()
                .noneMatch(k -> k.endsWith("|mohammed-al-abdullah")), "not yet reported");
        HttpResponse<String> bad = svc.get(ITEMS + "?as_of=2017-02-30");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("as_of"), bad.body());
    }

    /**
     * place|source|claim → the first day of [from, to] on which /api/control gives that claim, asking every day (the
     * brute-force reading of "every answer in force at some moment of the interval").
     */
    static Map<String, String> everyDay(LocalDate from, LocalDate to, String query) {
        Map<String, String> out = new TreeMap<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            String day = d.toString();
            svc.json("/api/control?date=" + day + query).path("features").forEach(f -> out.putIfAbsent(
                    f.path("properties").path("place").asText() + "|" + f.path("properties").path("source").asText()
                            + "|" + f.path("properties").path("claim").asText(), day));
        }
        return out;
    }

    /** place|source|claim → day, of an OGC page. */
    static Map<String, String> answers(JsonNode fc) {
        Map<String, String> out = new TreeMap<>();
        fc.path("features").forEach(f -> {
            JsonNode p = f.path("properties");
            String key = p.path("place").asText() + "|" + p.path("source").asText() + "|" + p.path("id").asText();
            assertEquals(null, out.put(key, p.path("day").asText()), "each answer once: " + key);
            assertEquals(p.path("day").asText() + ":" + p.path("place").asText() + ":" + p.path("source").asText(),
                    f.path("id").asText());
        });
        return out;
    }

    @Test
    void anIntervalGivesEveryAnswerInForceAtSomeMomentOfIt() {
        LocalDate from = LocalDate.parse("2017-11-15");
        LocalDate to = LocalDate.parse("2018-01-31");
        Map<String, String> want = everyDay(from, to, "");
        JsonNode ogc = svc.json(ITEMS + "?limit=10000&datetime=" + from + "/" + to);
        assertEquals(want, answers(ogc));
        assertTrue(want.size() > holders(svc.json("/api/control?date=" + from)).size(),
                "the interval holds answers that change within it");
        assertEquals(everyDay(from, to, "&source=sohr"),
                answers(svc.json(ITEMS + "?limit=10000&source=sohr&datetime=" + from + "T10:00:00Z/" + to)));
        JsonNode one = ogc.path("features").get(0);
        assertEquals(one.path("properties"), svc.json(ITEMS + "/" + one.path("id").asText()).path("properties"),
                "an answer's id names the day it is the answer on");
    }

    @Test
    void openIntervalsRunFromTheStartOrToTheEndOfTheData() {
        LocalDate last = LocalDate.parse(svc.json("/api/extent").path("last").asText());
        LocalDate first = LocalDate.parse(svc.json("/api/extent").path("first").asText());
        assertEquals(everyDay(last.minusDays(20), last, ""),
                answers(svc.json(ITEMS + "?limit=10000&datetime=" + last.minusDays(20) + "/..")));
        assertEquals(everyDay(first, first.plusDays(20), ""),
                answers(svc.json(ITEMS + "?limit=10000&datetime=../" + first.plusDays(20))));
        assertEquals(0, svc.json(ITEMS + "?datetime=../" + first.minusDays(1)).path("numberMatched").asInt());
    }

    @Test
    void bboxActorAndPlaceFilter() {
        JsonNode all = svc.json(ITEMS + "?limit=10000&datetime=2017-12-08");
        JsonNode isis = svc.json(ITEMS + "?limit=10000&datetime=2017-12-08&actor=isis");
        assertTrue(isis.path("features").size() > 0 && isis.path("features").size() < all.path("features").size());
        isis.path("features").forEach(f -> assertEquals("isis", f.path("properties").path("actor").asText()));
        JsonNode damascus = svc.json(ITEMS + "?limit=10000&datetime=2017-12-08&bbox=36.1,33.3,36.7,33.7");
        assertTrue(damascus.path("features").size() > 0
                && damascus.path("features").size() < all.path("features").size(), damascus.toString());
    }
}
