package dev.proctorreviews.domain.exam;

import java.util.Arrays;
import java.util.Optional;

/** The proctoring vendor that reviews an exam; it decides which stored statuses count as passing. */
public enum Backend {
    SOFTWARE_SECURE("software_secure"),
    PSI("psi");

    private final String wireName;

    Backend(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** Exact, case-sensitive lookup by the name used in the API and the database. */
    public static Optional<Backend> fromWireName(String name) {
        return Arrays.stream(values()).filter(b -> b.wireName.equals(name)).findFirst();
    }
}
