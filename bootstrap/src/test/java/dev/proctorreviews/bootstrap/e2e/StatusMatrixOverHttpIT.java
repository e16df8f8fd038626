package dev.proctorreviews.bootstrap.e2e;

import static dev.proctorreviews.bootstrap.e2e.Lms.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The outcome matrix of domain-rules.md through the running service: every standard status on a SoftwareSecure
 * exam, a PSI exam and a practice exam, with second reviews on and off, delivered by either vendor endpoint.
 */
class StatusMatrixOverHttpIT {
    private static RunningService secondReviewsOn;
    private static RunningService secondReviewsOff;

    @BeforeAll
    static void start() {
        secondReviewsOn = RunningService.start();
        secondReviewsOff = RunningService.start(Map.of("PROCTOR_REQUIRE_FAILURE_SECOND_REVIEWS", "false"));
    }

    @AfterAll
    static void stop() {
        secondReviewsOn.close();
        secondReviewsOff.close();
    }

    @ParameterizedTest(name = "{0} on {1} (practice={2}, second reviews={3}) -> {4} / {5}")
    @CsvSource({
        "passed,       software_secure, false, true,  verified,               satisfied",
        "violation,    software_secure, false, true,  verified,               satisfied",
        "suspicious,   software_secure, false, true,  second_review_required, ",
        "not_reviewed, software_secure, false, true,  error,                  failed",
        "passed,       psi,             false, true,  verified,               satisfied",
        "violation,    psi,             false, true,  second_review_required, ",
        "suspicious,   psi,             false, true,  second_review_required, ",
        "not_reviewed, psi,             false, true,  error,                  failed",
        "passed,       psi,             true,  true,  verified,               satisfied",
        "violation,    psi,             true,  true,  rejected,               failed",
        "suspicious,   psi,             true,  true,  rejected,               failed",
        "not_reviewed, psi,             true,  true,  error,                  failed",
        "suspicious,   software_secure, false, false, rejected,               failed",
        "violation,    psi,             false, false, rejected,               failed",
        "suspicious,   psi,             false, false, rejected,               failed",
        "passed,       psi,             false, false, verified,               satisfied",
    })
    void outcome(String standard, String backend, boolean practice, boolean secondReviews, String status,
                 String credit) {
        RunningService service = secondReviews ? secondReviewsOn : secondReviewsOff;
        for (String endpoint : new String[] {"psi", "software_secure"}) {
            Lms lms = new Lms(service);
            JsonNode learner = lms.user("learner", false);
            JsonNode attempt = lms.attempt(lms.exam(backend, practice), learner);

            JsonNode answer = endpoint.equals("psi") ? ok(lms.psi(attempt, standard, null), 200)
                    : ok(lms.softwareSecure(attempt, stored(standard)), 200);

            assertThat(answer.get("attempt_status").asText()).as(endpoint).isEqualTo(status);
            assertThat(lms.reload(attempt).get("status").asText()).as(endpoint).isEqualTo(status);
            JsonNode requirements = lms.credit(learner);
            if (credit == null) {
                assertThat(requirements).as(endpoint).isEmpty();
            } else {
                assertThat(requirements.get(0).get("status").asText()).as(endpoint).isEqualTo(credit);
            }
        }
    }

    private static String stored(String standard) {
        switch (standard) {
            case "passed":
                return "Clean";
            case "violation":
                return "Rules Violation";
            case "suspicious":
                return "Suspicious";
            default:
                return "Not Reviewed";
        }
    }
}
