package dev.proctorreviews.bootstrap.e2e;

import static dev.proctorreviews.bootstrap.e2e.Lms.ok;
import static dev.proctorreviews.bootstrap.e2e.Lms.problem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded PostgreSQL dies under the running service: the service restarts it and carries on with the same
 * data; when it cannot be restarted, {@code /health/live} stops answering 200 so that a supervisor restarts the
 * process instead of leaving a service that answers 503 forever.
 */
class EmbeddedDatabaseRecoveryIT {

    @Test
    void aKilledDatabaseIsRestartedAndOneThatCannotBeEndsLiveness(@TempDir Path dir) throws Exception {
        try (RunningService service = RunningService.startEmbedded(dir)) {
            JsonNode user = new Lms(service).user("kept", false);
            String userPath = "/api/v1/users/" + user.get("id").asLong();

            postmaster(dir).destroyForcibly();
            RunningService.Response after = await(() -> service.get(userPath), answer -> answer.status() == 200);
            assertThat(ok(after, 200).get("username").asText()).isEqualTo("kept");
            assertThat(service.unauthenticated("GET", "/health/live").status()).isEqualTo(200);

            Files.writeString(dir.resolve("postgres/PG_VERSION"), "9\n");
            postmaster(dir).destroyForcibly();
            problem(await(() -> service.unauthenticated("GET", "/health/live"), answer -> answer.status() != 200),
                    503, "database_unavailable");
        }
    }

    private static ProcessHandle postmaster(Path dir) throws IOException {
        return ServiceProcess.postmaster(dir).orElseThrow();
    }

    /** Asks until the answer is the one wanted, for at most two minutes. */
    private static RunningService.Response await(java.util.function.Supplier<RunningService.Response> ask,
                                                 Predicate<RunningService.Response> wanted) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        RunningService.Response answer = ask.get();
        while (!wanted.test(answer) && System.nanoTime() < deadline) {
            Thread.sleep(200);
            answer = ask.get();
        }
        return answer;
    }
}
