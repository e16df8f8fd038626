package dev.proctorreviews.domain.review;

import java.util.Arrays;
import java.util.Optional;

/** Who produced a review: one of the vendors, or staff through the decision use case (which is final). */
public enum ReviewSource {
    SOFTWARE_SECURE("software_secure"),
    PSI("psi"),
    STAFF("staff");

    private final String wireName;

    ReviewSource(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<ReviewSource> fromWireName(String name) {
        return Arrays.stream(values()).filter(s -> s.wireName.equals(name)).findFirst();
    }
}
