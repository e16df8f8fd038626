package dev.proctorreviews.application.port.out;

import dev.proctorreviews.domain.attempt.AttemptCode;
import dev.proctorreviews.domain.attempt.AttemptLookup;
import dev.proctorreviews.domain.attempt.ExternalId;
import java.util.Optional;

/**
 * How a vendor payload identifies its attempt. SoftwareSecure sends our attempt code plus its record
 * locator, which must match the attempt's external id; PSI addresses the attempt by external id alone.
 */
public sealed interface VendorAttemptKey {
    AttemptLookup lookup();

    /** The external id the vendor claims for the attempt, when it is a claim to check against the attempt. */
    Optional<String> claimedExternalId();

    /** The attempt code the payload names, when it names one (SoftwareSecure's do; PSI's name none). */
    Optional<AttemptCode> namedCode();

    record CodeAndLocator(AttemptCode code, String recordLocator) implements VendorAttemptKey {
        @Override
        public AttemptLookup lookup() {
            return new AttemptLookup.ByCode(code);
        }

        @Override
        public Optional<String> claimedExternalId() {
            return Optional.of(recordLocator);
        }

        @Override
        public Optional<AttemptCode> namedCode() {
            return Optional.of(code);
        }
    }

    record External(ExternalId externalId) implements VendorAttemptKey {
        @Override
        public AttemptLookup lookup() {
            return new AttemptLookup.ByExternalId(externalId);
        }

        @Override
        public Optional<String> claimedExternalId() {
            return Optional.empty();
        }

        @Override
        public Optional<AttemptCode> namedCode() {
            return Optional.empty();
        }
    }
}
