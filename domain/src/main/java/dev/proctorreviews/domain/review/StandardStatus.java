package dev.proctorreviews.domain.review;

import java.util.Arrays;
import java.util.Optional;

/** The standard review vocabulary (PSI and staff decisions speak it); maps one to one onto {@link ReviewStatus}. */
public enum StandardStatus {
    PASSED("passed", ReviewStatus.CLEAN),
    VIOLATION("violation", ReviewStatus.RULES_VIOLATION),
    SUSPICIOUS("suspicious", ReviewStatus.SUSPICIOUS),
    NOT_REVIEWED("not_reviewed", ReviewStatus.NOT_REVIEWED);

    private final String wireName;
    private final ReviewStatus stored;

    StandardStatus(String wireName, ReviewStatus stored) {
        this.wireName = wireName;
        this.stored = stored;
    }

    public String wireName() {
        return wireName;
    }

    public ReviewStatus toStored() {
        return stored;
    }

    /** Exact, case-sensitive: anything else is a bad review status. */
    public static Optional<StandardStatus> fromWireName(String name) {
        return Arrays.stream(values()).filter(s -> s.wireName.equals(name)).findFirst();
    }

    static StandardStatus of(ReviewStatus stored) {
        return Arrays.stream(values()).filter(s -> s.stored == stored).findFirst()
                .orElseThrow(() -> new IllegalStateException("no standard status for " + stored));
    }
}
