package dev.proctorreviews.domain.attempt;

import java.util.Arrays;
import java.util.Optional;

/**
 * The status of an attempt. Incomplete statuses describe a sitting in progress; completed ones are final
 * in the sense that an attempt never goes back to an incomplete status (a review may still move it between
 * completed statuses).
 */
public enum AttemptStatus {
    CREATED("created", false),
    DOWNLOAD_SOFTWARE_CLICKED("download_software_clicked", false),
    READY_TO_START("ready_to_start", false),
    STARTED("started", false),
    READY_TO_SUBMIT("ready_to_submit", false),
    SUBMITTED("submitted", true),
    DECLINED("declined", true),
    TIMED_OUT("timed_out", true),
    SECOND_REVIEW_REQUIRED("second_review_required", true),
    VERIFIED("verified", true),
    REJECTED("rejected", true),
    ERROR("error", true);

    private final String wireName;
    private final boolean completed;

    AttemptStatus(String wireName, boolean completed) {
        this.wireName = wireName;
        this.completed = completed;
    }

    public String wireName() {
        return wireName;
    }

    public boolean isCompleted() {
        return completed;
    }

    /** The one rule of the status machine: completed never returns to incomplete. */
    public boolean canMoveTo(AttemptStatus target) {
        return !completed || target.completed;
    }

    /** Exact lookup by the name used in the API and the database. */
    public static Optional<AttemptStatus> fromWireName(String name) {
        return Arrays.stream(values()).filter(s -> s.wireName.equals(name)).findFirst();
    }
}
