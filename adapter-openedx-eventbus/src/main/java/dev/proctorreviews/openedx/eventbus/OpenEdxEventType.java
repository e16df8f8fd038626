package dev.proctorreviews.openedx.eventbus;

import dev.proctorreviews.application.port.out.lifecycle.LifecycleChange;

/**
 * The Open edX event types of the exam-attempt lifecycle, as {@code openedx-events} defines its signals. The
 * type names the stream entry and is the namespace of the event's Avro schema; the metrics label events with it.
 */
public enum OpenEdxEventType {
    SUBMITTED("org.openedx.learning.exam.attempt.submitted.v1"),
    VERIFIED("org.openedx.learning.exam.attempt.verified.v1"),
    REJECTED("org.openedx.learning.exam.attempt.rejected.v1"),
    ERRORED("org.openedx.learning.exam.attempt.errored.v1"),
    RESET("org.openedx.learning.exam.attempt.reset.v1");

    private final String typeName;

    OpenEdxEventType(String typeName) {
        this.typeName = typeName;
    }

    public String typeName() {
        return typeName;
    }

    public static OpenEdxEventType of(LifecycleChange change) {
        return switch (change) {
            case SUBMITTED -> SUBMITTED;
            case VERIFIED -> VERIFIED;
            case REJECTED -> REJECTED;
            case ERRORED -> ERRORED;
            case RESET -> RESET;
        };
    }
}
