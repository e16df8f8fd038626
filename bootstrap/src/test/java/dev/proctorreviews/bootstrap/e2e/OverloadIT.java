package dev.proctorreviews.bootstrap.e2e;

import static dev.proctorreviews.bootstrap.e2e.Lms.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Far more concurrent callbacks than the service takes at once: the excess is refused quickly with 503 and
 * Retry-After instead of queueing into time-outs, and once the load drops the service serves normally.
 */
class OverloadIT {

    @Test
    void excessWorkIsRefusedQuicklyAndServiceResumes() throws Exception {
        try (RunningService service = RunningService.start(Map.of("PROCTOR_MAX_IN_FLIGHT", "2"))) {
            Lms lms = new Lms(service);
            JsonNode exam = lms.exam("psi", false);
            List<JsonNode> attempts = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                attempts.add(lms.attempt(exam, lms.user("learner", false)));
            }
            ConcurrentLinkedQueue<long[]> answers = new ConcurrentLinkedQueue<>();
            AtomicInteger next = new AtomicInteger();
            ExecutorService clients = Executors.newFixedThreadPool(32);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
            for (int c = 0; c < 32; c++) {
                clients.submit(() -> {
                    while (System.nanoTime() < deadline) {
                        JsonNode attempt = attempts.get(next.getAndIncrement() % attempts.size());
                        long started = System.nanoTime();
                        RunningService.Response r = service.callback(Lms.psiPath(attempt.get("external_id").asText()),
                                Lms.psiBody(next.get() % 2 == 0 ? "passed" : "suspicious", null), RunningService.PSI,
                                Map.of());
                        long millis = (System.nanoTime() - started) / 1_000_000;
                        boolean retryAfter = r.status() != 503 || r.header("Retry-After") != null;
                        answers.add(new long[] {r.status(), millis, retryAfter ? 1 : 0});
                    }
                    return null;
                });
            }
            clients.shutdown();
            assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

            List<long[]> refused = answers.stream().filter(a -> a[0] == 503).toList();
            long[] refusalMillis = refused.stream().mapToLong(a -> a[1]).sorted().toArray();
            System.err.printf("overload: %d answers, %d refused; refusal p50 %d ms, p99 %d ms%n", answers.size(),
                    refused.size(), refusalMillis[refusalMillis.length / 2],
                    refusalMillis[(int) (refusalMillis.length * 0.99)]);
            assertThat(answers).allMatch(a -> a[0] == 200 || a[0] == 503);
            assertThat(refused).isNotEmpty().allMatch(a -> a[2] == 1);
            assertThat(refusalMillis[(int) (refusalMillis.length * 0.99)]).isLessThan(1000);
            assertThat(answers.stream().filter(a -> a[0] == 200).count()).isPositive();

            JsonNode calm = lms.attempt(exam, lms.user("learner", false));
            assertThat(ok(lms.psi(calm, "passed", null), 200).get("applied").asBoolean()).isTrue();
        }
    }
}
