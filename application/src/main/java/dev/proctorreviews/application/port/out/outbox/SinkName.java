package dev.proctorreviews.application.port.out.outbox;

/** The sinks the outbox feeds; the wire name is what the {@code sink} column and the metrics say. */
public enum SinkName {
    /** One delivery per event of the feed and subscription that wants it (contract 6.2). */
    WEBHOOK("webhook"),
    /** One Open edX lifecycle event per message, published in commit order (contract 9). */
    OPENEDX("openedx");

    private final String wireName;

    SinkName(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
