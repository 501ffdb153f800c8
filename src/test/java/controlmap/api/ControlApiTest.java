package controlmap.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import static controlmap.testing.Answers.actors;
import static controlmap.testing.Answers.find;

import controlmap.testing.RunningService;
import controlmap.testing.SeededServiceTest;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The as-of endpoints over the real seed data: the sources that disagree about December 2017 must disagree here. */
class ControlApiTest extends SeededServiceTest {


    @ParameterizedTest(name = "on 2017-12-08 {1} says {2} held {0}")
    @CsvSource({
        "deir-ezzor-east, russia-mod, not-isis",
        "yarmouk-camp,    russia-mod, not-isis",
        "eastern-ghouta,  russia-mod, not-isis",
        "ne-hama,         russia-mod, not-isis",
        "deir-ezzor-east, sohr,       isis",
        "deir-ezzor-west, sohr,       not-isis",
        "yarmouk-camp,    mohammed-al-abdullah, isis",
        "eastern-ghouta,  mohammed-al-abdullah, isis",
        "ne-hama,         mohammed-al-abdullah, isis",
        "yarmouk-camp,    afp,        isis",
        "raqqa-city,      daily-sheeple, sdf",
    })
    void sourcesDisagreeOnTheEighthOfDecember(String place, String source, String actor) {
        JsonNode fc = svc.json("/api/control?date=2017-12-08");
        assertEquals(actor, actors(fc).get(place + "|" + source), place + " per " + source);
    }

    @Test
    void russiaSaysIsisHoldsNothingAfterItsDeclaration() {
        JsonNode fc = svc.json("/api/control?date=2017-12-08&source=russia-mod");
        assertTrue(fc.path("features").size() >= 4, "russia-mod has blanket claims in force");
        for (JsonNode f : fc.path("features")) {
            JsonNode p = f.path("properties");
            assertEquals("russia-mod", p.path("source").asText());
            assertFalse(p.path("actor").asText().equals("isis"), "russia-mod never says isis after 7 Dec: " + p);
            if (p.path("actor").asText().equals("not-isis")) {
                assertEquals("blanket", p.path("basis").asText(), "'not a single village' is a blanket statement");
                assertEquals("2017-12-07", p.path("valid_from").asText(), "Rudskoi's 7 Dec words win over 6 Dec's");
            }
        }
    }

    @Test
    void everyControlFeatureCarriesItsCitation() {
        JsonNode fc = svc.json("/api/control?date=2017-12-08");
        for (JsonNode f : fc.path("features")) {
            JsonNode p = f.path("properties");
            for (String field : new String[] {"place", "place_name", "actor", "actor_name", "color", "source", "claim",
                "reported_on", "basis", "quote"}) {
                assertFalse(p.path(field).asText("").isBlank(), field + " missing in " + p);
            }
            // null when the source did not say since when
            assertTrue(p.has("valid_from") && p.has("date_precision"), "valid_from and date_precision members present");
            assertTrue(p.has("url"), "url member present (null when unknown)");
            assertEquals("Feature", f.path("type").asText());
            assertNotNull(f.path("geometry").path("type").asText(null));
        }
    }

    @Test
    void knowledgeDateHidesWhatWasNotYetReported() {
        Map<String, String> later = actors(svc.json("/api/control?date=2017-12-08"));
        Map<String, String> asOf = actors(svc.json("/api/control?date=2017-12-08&as_of=2017-12-07"));
        assertTrue(later.containsKey("yarmouk-camp|mohammed-al-abdullah"),
                "al-Abdullah's words, published in January 2018, count without as_of");
        assertFalse(asOf.containsKey("yarmouk-camp|mohammed-al-abdullah"), "…but were not yet published on 7 Dec 2017");
        assertFalse(asOf.containsKey("yarmouk-camp|afp"), "AFP's 8 Dec report not yet out on 7 Dec");
        assertEquals("isis", asOf.get("deir-ezzor-east|sohr"), "SOHR spoke on 7 Dec");
    }

    /** Before any stated start only the claims whose start the source did not give are in force; nothing is guessed. */
    @Test
    void beforeAnyStatedStartOnlyUnstatedStartsAreInForce() {
        Set<String> unstated = new HashSet<>();
        svc.json("/api/claims").path("features").forEach(f -> {
            JsonNode p = f.path("properties");
            if (p.path("valid_from").isNull()) {
                unstated.add(p.path("place").asText() + "|" + p.path("source").asText());
            }
        });
        JsonNode fc = svc.json("/api/control?date=1990-01-01");
        assertFalse(unstated.isEmpty());
        assertEquals(unstated, actors(fc).keySet());
        fc.path("features").forEach(f -> assertTrue(f.path("properties").path("valid_from").isNull(), f.toString()));
    }

    @Test
    void bboxKeepsOnlyPlacesInView() {
        // Damascus area: Yarmouk camp and Eastern Ghouta, nothing on the Euphrates
        JsonNode fc = svc.json("/api/control?date=2017-12-08&bbox=36.1,33.3,36.7,33.8");
        Set<String> places = new HashSet<>();
        fc.path("features").forEach(f -> places.add(f.path("properties").path("place").asText()));
        assertTrue(places.contains("yarmouk-camp"), places.toString());
        assertTrue(places.contains("eastern-ghouta"), places.toString());
        assertFalse(places.contains("deir-ezzor-east"), places.toString());
        assertFalse(places.contains("raqqa-city"), places.toString());
    }

    @Test
    void disputesOnTheEighthIncludeDeirEzzorEastWithBothSides() {
        JsonNode fc = svc.json("/api/disputes?date=2017-12-08");
        JsonNode dez = find(fc, "deir-ezzor-east");
        assertNotNull(dez, "deir-ezzor-east disputed on 2017-12-08");
        Map<String, String> bySource = new HashMap<>();
        dez.path("properties").path("claims").forEach(c -> bySource.put(c.path("source").asText(), c.path("actor").asText()));
        assertEquals("isis", bySource.get("sohr"));
        assertEquals("not-isis", bySource.get("russia-mod"));
        dez.path("properties").path("claims").forEach(c -> assertFalse(c.path("quote").asText("").isBlank()));
        assertNotNull(find(fc, "yarmouk-camp"), "Yarmouk camp disputed too");
    }

    @Test
    void disputesRestrictedToTwoSources() {
        JsonNode fc = svc.json("/api/disputes?date=2017-12-08&sources=sohr,russia-mod");
        assertNotNull(find(fc, "deir-ezzor-east"));
        assertEquals(null, find(fc, "yarmouk-camp"), "SOHR said nothing about Yarmouk");
        for (JsonNode f : fc.path("features")) {
            f.path("properties").path("claims").forEach(c ->
                    assertTrue(Set.of("sohr", "russia-mod").contains(c.path("source").asText())));
        }
    }

    @Test
    void negatingActorsDoNotDisputeEachOther() {
        // on 2017-12-08 SOHR (not-isis) and Russia (not-isis) agree about the west bank
        JsonNode fc = svc.json("/api/disputes?date=2017-12-08&sources=sohr,russia-mod");
        assertEquals(null, find(fc, "deir-ezzor-west"));
    }

    @ParameterizedTest(name = "{0} per {1}: {3} after {2} on {4}")
    @CsvSource({
        "raqqa-city,     daily-sheeple, isis,              sdf,               2017-10-15",
        "east-aleppo,    crss-blog,     isis,              syrian-government, 2016-12-01",
        "jalaa,          daily-sheeple, isis,              syrian-government, 2017-12-04",
        "deir-ezzor-city, daily-sheeple, contested,        syrian-government, 2017-11-03",
    })
    void timelinesShowChangesOfHands(String place, String source, String before, String after, String date) {
        JsonNode events = svc.json("/api/timeline?place=" + place + "&source=" + source);
        boolean found = false;
        String previousDate = "";
        for (JsonNode e : events) {
            String day = e.path("date").isNull() ? "" : e.path("date").asText(); // a start not given comes first
            assertTrue(day.compareTo(previousDate) >= 0, "oldest first");
            previousDate = day;
            if (e.path("date").asText().equals(date)) {
                assertEquals(after, e.path("actor").asText());
                assertEquals(before, e.path("previous_actor").asText());
                assertFalse(e.path("claim").asText("").isBlank());
                found = true;
            }
        }
        assertTrue(found, "change on " + date + " in " + events);
    }

    @Test
    void timelineWithoutSourceCoversEverySource() {
        JsonNode events = svc.json("/api/timeline?place=deir-ezzor-east");
        Set<String> sources = new HashSet<>();
        events.forEach(e -> sources.add(e.path("source").asText()));
        assertTrue(sources.containsAll(Set.of("sohr", "russia-mod", "mohammed-al-abdullah")), sources.toString());
    }

}
