package dev.proctorreviews.bootstrap.e2e;

import static dev.proctorreviews.bootstrap.e2e.Lms.ok;
import static dev.proctorreviews.bootstrap.e2e.Lms.problem;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The unsigned opt-in: only for SoftwareSecure, only without any signature header, never for PSI. */
class UnsignedSoftwareSecureIT {

    @Test
    void unsignedSoftwareSecureCallbacksOnlyWhenOptedIn() {
        try (RunningService legacy = RunningService.start(
                Map.of("PROCTOR_VENDOR_SOFTWARE_SECURE_ALLOW_UNSIGNED", "true"))) {
            Lms lms = new Lms(legacy);
            JsonNode attempt = lms.attempt("software_secure");
            String body = Lms.softwareSecureBody(attempt, "Clean");

            problem(legacy.callback("/callbacks/software-secure", body, null,
                    Map.of("webhook-id", "m", "webhook-timestamp", "1", "webhook-signature", "v1,AAAA")), 401,
                    "signature_invalid");
            ok(legacy.callback("/callbacks/software-secure", body, null, Map.of()), 200);

            JsonNode psiAttempt = lms.attempt("psi");
            problem(legacy.callback(Lms.psiPath(psiAttempt.get("external_id").asText()),
                    Lms.psiBody("passed", null), null, Map.of()), 401, "signature_invalid");
        }
    }
}
