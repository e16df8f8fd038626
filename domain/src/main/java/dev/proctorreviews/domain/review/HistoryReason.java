package dev.proctorreviews.domain.review;

/** Why a review version left (or never became) the current review. */
public enum HistoryReason {
    UPDATED("updated"),
    DELETED("deleted"),
    SUPERSEDED_BY_STAFF_DECISION("superseded_by_staff_decision");

    private final String wireName;

    HistoryReason(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static HistoryReason fromWireName(String name) {
        for (HistoryReason reason : values()) {
            if (reason.wireName.equals(name)) {
                return reason;
            }
        }
        throw new IllegalArgumentException("unknown history reason " + name);
    }
}
