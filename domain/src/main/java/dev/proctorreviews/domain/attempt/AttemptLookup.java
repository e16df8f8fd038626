package dev.proctorreviews.domain.attempt;

import dev.proctorreviews.domain.Require;

/**
 * How an attempt is found: by id (management API), by code (SoftwareSecure's {@code examCode}) or by the
 * vendor's external id (PSI's path, compared case-insensitively). Live and archived attempts alike.
 */
public sealed interface AttemptLookup {
    /** The sentence a 404 answer gives when nothing matches, e.g. {@code Could not locate attempt_code=X}. */
    String notFoundDetail();

    record ById(AttemptId id) implements AttemptLookup {
        public ById {
            Require.present(id, "attempt_id");
        }

        @Override
        public String notFoundDetail() {
            return "Could not locate attempt with id=" + id.value();
        }
    }

    record ByCode(AttemptCode code) implements AttemptLookup {
        public ByCode {
            Require.present(code, "attempt_code");
        }

        @Override
        public String notFoundDetail() {
            return "Could not locate attempt_code=" + code.value();
        }
    }

    record ByExternalId(ExternalId externalId) implements AttemptLookup {
        public ByExternalId {
            Require.present(externalId, "external_id");
        }

        @Override
        public String notFoundDetail() {
            return "Could not locate an attempt with external_id=" + externalId.value();
        }
    }
}
