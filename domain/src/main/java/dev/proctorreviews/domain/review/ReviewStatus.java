package dev.proctorreviews.domain.review;

import java.util.Arrays;
import java.util.Optional;

/**
 * The stored status vocabulary (SoftwareSecure's), kept for compatibility with existing data and clients.
 * Each value maps one to one onto a {@link StandardStatus}.
 */
public enum ReviewStatus {
    CLEAN("Clean"),
    RULES_VIOLATION("Rules Violation"),
    SUSPICIOUS("Suspicious"),
    NOT_REVIEWED("Not Reviewed");

    private final String label;

    ReviewStatus(String label) {
        this.label = label;
    }

    /** The exact text stored and shown, e.g. {@code Rules Violation}. */
    public String label() {
        return label;
    }

    /** Exact, case-sensitive: anything else is a bad review status. */
    public static Optional<ReviewStatus> fromLabel(String label) {
        return Arrays.stream(values()).filter(s -> s.label.equals(label)).findFirst();
    }

    public StandardStatus toStandard() {
        return StandardStatus.of(this);
    }
}
