package dev.proctorreviews.application.port;

import dev.proctorreviews.domain.attempt.AttemptCode;
import dev.proctorreviews.domain.review.ReviewSource;
import java.time.Instant;
import java.util.Optional;

/**
 * An authentic delivery that could not be applied when it arrived, kept for replay.
 *
 * @param id                  assigned by storage (0 before it is stored)
 * @param attemptCode         the attempt code the body names (SoftwareSecure's bodies do), so that the
 *                            deliveries parked for a learner's attempts can be found when the learner retires
 * @param payload             the body, redacted like raw data (no photo, exam password or video link)
 * @param payloadSha256       digest of the original body, so that a replay is a duplicate of what it replays
 * @param reason              why it could not be applied
 * @param deliveries          how many times the vendor sent it
 */
public record ParkedDelivery(long id, ReviewSource vendor, Optional<String> externalIdFromRoute,
                             Optional<AttemptCode> attemptCode, String payload,
                             String payloadSha256, ParkReason reason, String detail, DeliveryState state,
                             int deliveries, Instant firstReceivedAt, Instant lastReceivedAt,
                             Optional<Instant> replayedAt) {

    /** A delivery parked as it arrives: not stored yet, received once, not replayed. */
    public static ParkedDelivery arrived(ReviewSource vendor, Optional<String> externalIdFromRoute,
                                         Optional<AttemptCode> attemptCode, String payload, String payloadSha256,
                                         ParkReason reason, String detail, Instant receivedAt) {
        return new ParkedDelivery(0, vendor, externalIdFromRoute, attemptCode, payload, payloadSha256, reason, detail,
                DeliveryState.PARKED, 1, receivedAt, receivedAt, Optional.empty());
    }

    /** Why a delivery was parked: the two answers that an event later in the LMS can change. */
    public enum ParkReason {
        ATTEMPT_NOT_FOUND("attempt_not_found"),
        EXAM_NOT_PROCTORED("exam_not_proctored");

        private final String wireName;

        ParkReason(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }

        public static Optional<ParkReason> fromWireName(String name) {
            for (ParkReason reason : values()) {
                if (reason.wireName.equals(name)) {
                    return Optional.of(reason);
                }
            }
            return Optional.empty();
        }
    }

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
