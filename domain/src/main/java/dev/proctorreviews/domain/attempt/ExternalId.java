package dev.proctorreviews.domain.attempt;

import dev.proctorreviews.domain.Require;
import java.util.Locale;
import java.util.UUID;

/**
 * The vendor's identifier of an attempt (SoftwareSecure's {@code ssiRecordLocator}, PSI's path id).
 * Vendors change its case, so it is compared case-insensitively.
 */
public record ExternalId(String value) {
    public static final int MAX_LENGTH = 255;

    public ExternalId {
        Require.text(value, "external_id", MAX_LENGTH);
    }

    /** An id for attempts whose client did not supply one. */
    public static ExternalId generate() {
        return new ExternalId(UUID.randomUUID().toString());
    }

    /** Case-insensitive comparison, as vendors do not keep the case of the id they were given. */
    public boolean matches(String other) {
        return other != null && value.toLowerCase(Locale.ROOT).equals(other.toLowerCase(Locale.ROOT));
    }
}
