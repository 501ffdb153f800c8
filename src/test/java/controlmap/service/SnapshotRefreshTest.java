package controlmap.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import controlmap.testing.Answers;
import controlmap.testing.RunningService;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** A retraction in the store reaches the answers, and moves the ETag, once the snapshot is refreshed. */
class SnapshotRefreshTest {

    @Test
    void retractedClaimLeavesTheAnswerAndTheEtagMoves() {
        try (RunningService svc = RunningService.start()) {
            String path = "/api/control?date=2017-12-08&source=sohr";
            HttpResponse<String> before = svc.get(path);
            String etag = before.headers().firstValue("ETag").orElseThrow();
            assertEquals("isis", Answers.actors(RunningService.parse(before.body())).get("deir-ezzor-east|sohr"));

            svc.service().store().retract("sohr-2017-12-07-deir-ezzor-east-isis", "test-editor", "test of retraction");
            svc.service().refresh();

            HttpResponse<String> after = svc.get(path, "If-None-Match", etag);
            assertEquals(200, after.statusCode(), "the old ETag no longer matches");
            assertNotEquals(etag, after.headers().firstValue("ETag").orElseThrow());
            JsonNode fc = RunningService.parse(after.body());
            assertFalse(Answers.actors(fc).containsKey("deir-ezzor-east|sohr"), "retracted: out of answers");
            JsonNode disputes = svc.json("/api/disputes?date=2017-12-08&sources=sohr,russia-mod");
            assertEquals(null, Answers.find(disputes, "deir-ezzor-east"), "no dispute left with SOHR");
            JsonNode timeline = svc.json("/api/timeline?place=deir-ezzor-east&source=sohr");
            assertTrue(timeline.isEmpty(), timeline.toString());
        }
    }
}
