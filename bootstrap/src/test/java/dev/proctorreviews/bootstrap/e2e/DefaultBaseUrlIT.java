package dev.proctorreviews.bootstrap.e2e;

import static dev.proctorreviews.bootstrap.e2e.Lms.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Without PROCTOR_PUBLIC_BASE_URL, review links point at http://localhost:<the port it listens on>. */
class DefaultBaseUrlIT {

    @Test
    void reviewLinksNameTheRealPortWhenAnyPortWasAskedFor() {
        try (RunningService service = RunningService.start(Map.of("PROCTOR_PUBLIC_BASE_URL", ""))) {
            Lms lms = new Lms(service);
            JsonNode exam = lms.exam("software_secure", false);
            JsonNode attempt = lms.attempt(exam, lms.user("learner", false));
            ok(lms.softwareSecure(attempt, "Suspicious"), 200);

            assertThat(lms.notifications().get(0).get("review_url").asText()).isEqualTo("http://localhost:"
                    + service.service.port() + "/instructor/" + lms.course + "/" + exam.get("id").asLong()
                    + "?attempt=" + attempt.get("external_id").asText());
        }
    }
}
