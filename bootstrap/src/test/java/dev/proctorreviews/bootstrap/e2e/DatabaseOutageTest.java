package dev.proctorreviews.bootstrap.e2e;

import static dev.proctorreviews.bootstrap.e2e.Lms.ok;
import static dev.proctorreviews.bootstrap.e2e.Lms.problem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * With its database gone, the service answers 503 with Retry-After (callbacks, management API and readiness)
 * instead of 500, and nothing is half-written.
 */
class DatabaseOutageTest {

    @Test
    void anUnreachableDatabaseIs503WithRetryAfter() throws Exception {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
        try (RunningService service = RunningService.start(Map.of(
                "PROCTOR_DB_URL", postgres.getJdbcUrl("postgres", "postgres"), "PROCTOR_DB_USER", "postgres",
                "PROCTOR_DB_PASSWORD", ""))) {
            Lms lms = new Lms(service);
            JsonNode attempt = lms.attempt("software_secure");
            assertThat(service.unauthenticated("GET", "/health/ready").status()).isEqualTo(200);

            postgres.close();

            RunningService.Response callback = lms.softwareSecure(attempt, "Clean");
            problem(callback, 503, "database_unavailable");
            assertThat(callback.header("Retry-After")).isNotBlank();
            problem(service.get("/api/v1/attempts/" + attempt.get("id").asLong()), 503, "database_unavailable");
            RunningService.Response ready = service.unauthenticated("GET", "/health/ready");
            problem(ready, 503, "database_unavailable");
            ok(service.unauthenticated("GET", "/health/live"), 200);
        } finally {
            postgres.close();
        }
    }
}
