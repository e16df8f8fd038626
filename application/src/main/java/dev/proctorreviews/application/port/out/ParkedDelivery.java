package dev.proctorreviews.application.port.out;

import dev.proctorreviews.domain.review.ReviewSource;
import java.time.Instant;
import java.util.Optional;

/**
 * An authentic delivery that could not be applied when it arrived, kept for replay.
 *
 * @param id                  assigned by storage (0 before it is stored)
 * @param payload             the body, redacted like raw data (no photo, exam password or video link)
 * @param payloadSha256       digest of the original body, so that a replay is a duplicate of what it replays
 * @param reason              {@code attempt_not_found} or {@code exam_not_proctored}
 * @param deliveries          how many times the vendor sent it
 */
public record ParkedDelivery(long id, ReviewSource vendor, Optional<String> externalIdFromRoute, String payload,
                             String payloadSha256, String reason, String detail, DeliveryState state,
                             int deliveries, Instant firstReceivedAt, Instant lastReceivedAt,
                             Optional<Instant> replayedAt) {

    /** Where a parked delivery stands. */
    public enum DeliveryState {
        PARKED("parked"),
        REPLAYED("replayed");

        private final String wireName;

        DeliveryState(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }

        public static Optional<DeliveryState> fromWireName(String name) {
            for (DeliveryState state : values()) {
                if (state.wireName.equals(name)) {
                    return Optional.of(state);
                }
            }
            return Optional.empty();
        }
    }
}
