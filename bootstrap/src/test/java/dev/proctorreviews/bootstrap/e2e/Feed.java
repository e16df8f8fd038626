package dev.proctorreviews.bootstrap.e2e;

import static dev.proctorreviews.bootstrap.e2e.Lms.ok;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Reading the event feed as a consumer does: page by page, following {@code next_after}. */
final class Feed {
    private Feed() {
    }

    static long lastSeq(RunningService service) {
        long after = 0;
        while (true) {
            JsonNode page = ok(service.get("/api/v1/events?after=" + after + "&limit=1000"), 200);
            if (page.get("events").isEmpty()) {
                return after;
            }
            after = page.get("next_after").asLong();
        }
    }

    static List<JsonNode> after(RunningService service, long after) {
        return after(service, after, 1000);
    }

    static List<JsonNode> after(RunningService service, long start, int limit) {
        List<JsonNode> events = new ArrayList<>();
        long after = start;
        while (true) {
            JsonNode page = ok(service.get("/api/v1/events?after=" + after + "&limit=" + limit), 200);
            if (page.get("events").isEmpty()) {
                return events;
            }
            page.get("events").forEach(events::add);
            after = page.get("next_after").asLong();
        }
    }
}
