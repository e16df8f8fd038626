package dev.proctorreviews.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.proctorreviews.application.port.FeedEvent;
import dev.proctorreviews.application.port.out.NewEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

public abstract class EventsContract extends PortContract {

    @Test
    void readsAppendedEventsPageByPageInIncreasingSeq() {
        long start = lastSeq();
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            UUID id = UUID.randomUUID();
            ids.add(id);
            int n = i;
            run(() -> stores().events().append(new NewEvent(id, "review_received", NOW, "{\"n\": " + n + "}")));
        }

        List<FeedEvent> read = new ArrayList<>();
        long after = start;
        while (true) {
            long from = after;
            List<FeedEvent> page = tx(() -> stores().events().after(from, 2));
            if (page.isEmpty()) {
                break;
            }
            assertThat(page).hasSizeLessThanOrEqualTo(2);
            read.addAll(page);
            after = page.get(page.size() - 1).seq();
        }

        assertThat(read).extracting(FeedEvent::id).containsExactlyElementsOf(ids);
        assertThat(read).extracting(FeedEvent::seq).isSorted().doesNotHaveDuplicates();
        assertThat(read.get(0).type()).isEqualTo("review_received");
        assertThat(read.get(0).occurredAt()).isEqualTo(NOW);
        assertThat(read.get(0).dataJson().replace(" ", "")).isEqualTo("{\"n\":0}");
    }

    private long lastSeq() {
        long seq = 0;
        while (true) {
            long from = seq;
            List<FeedEvent> page = tx(() -> stores().events().after(from, 1000));
            if (page.isEmpty()) {
                return seq;
            }
            seq = page.get(page.size() - 1).seq();
        }
    }
}
