package dev.proctorreviews.application.port.out;

import dev.proctorreviews.application.port.FieldError;
import java.util.List;

/** What reading a vendor payload gave: a review, or the reason there is none. */
public sealed interface PayloadReading {
    record Read(NormalisedReview review) implements PayloadReading {
    }

    /** Not a JSON object of the documented shape; each bad field is named by its path. */
    record Malformed(List<FieldError> errors) implements PayloadReading {
        public Malformed {
            errors = List.copyOf(errors);
        }
    }

    /** Well-formed, but the review status is not in the vendor's vocabulary. */
    record UnknownStatus(String value, String detail) implements PayloadReading {
    }
}
