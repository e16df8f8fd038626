package dev.proctorreviews.bootstrap.e2e;

import static dev.proctorreviews.bootstrap.e2e.Lms.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.proctorreviews.persistence.testdb.TestDatabase;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * More work than the service takes at once: the excess is refused quickly with 503 and Retry-After instead of
 * queueing into time-outs, and once the work in flight ends the service serves normally. The places are held
 * deterministically, not by hoping the machine is slow: two callbacks for one attempt wait on that attempt's row,
 * which the test locks in the database, while they hold both places.
 */
class OverloadIT {
    private static final int PLACES = 2;

    @Test
    void excessWorkIsRefusedQuicklyAndServiceResumes() throws Exception {
        try (RunningService service = RunningService.start(Map.of("PROCTOR_MAX_IN_FLIGHT", String.valueOf(PLACES)))) {
            Lms lms = new Lms(service);
            JsonNode exam = lms.exam("psi", false);
            JsonNode held = lms.attempt(exam, lms.user("learner", false));
            ExecutorService clients = Executors.newFixedThreadPool(PLACES + 16);
            List<Future<RunningService.Response>> holding = new ArrayList<>();
            List<long[]> refusals = new ArrayList<>();
            try (Connection lock = TestDatabase.dataSource().getConnection(); Statement s = lock.createStatement()) {
                lock.setAutoCommit(false);
                s.execute("SELECT 1 FROM attempt WHERE id = " + held.get("id").asLong() + " FOR UPDATE");
                for (int i = 0; i < PLACES; i++) {
                    String status = i == 0 ? "passed" : "suspicious";
                    holding.add(clients.submit(() -> service.callback(Lms.psiPath(held.get("external_id").asText()),
                            Lms.psiBody(status, null), RunningService.PSI, Map.of())));
                }
                awaitRefusal(service, exam);

                List<Future<long[]>> probes = new ArrayList<>();
                for (int i = 0; i < 16; i++) {
                    probes.add(clients.submit(() -> timed(service, exam)));
                }
                for (Future<long[]> probe : probes) {
                    refusals.add(probe.get(30, TimeUnit.SECONDS));
                }
                assertThat(holding).noneMatch(Future::isDone);
                lock.rollback();
            }
            List<Integer> held200 = new ArrayList<>();
            for (Future<RunningService.Response> h : holding) {
                held200.add(h.get(30, TimeUnit.SECONDS).status());
            }
            clients.shutdown();

            long[] millis = refusals.stream().mapToLong(a -> a[1]).sorted().toArray();
            System.err.printf("overload: %d probes while %d places were held, all refused; refusal p50 %d ms,"
                    + " max %d ms%n", refusals.size(), PLACES, millis[millis.length / 2], millis[millis.length - 1]);
            assertThat(refusals).allSatisfy(a -> {
                assertThat(a[0]).as("status").isEqualTo(503);
                assertThat(a[2]).as("Retry-After present").isEqualTo(1);
            });
            assertThat(millis[millis.length - 1]).as("refused after the admission wait, not queued").isLessThan(1000);
            assertThat(held200).as("the held callbacks finish once the row is free").containsOnly(200);
            assertThat(ok(service.get("/api/v1/exams/" + exam.get("id").asLong()), 200).get("id").asLong())
                    .isEqualTo(exam.get("id").asLong());
            JsonNode calm = lms.attempt(exam, lms.user("learner", false));
            assertThat(ok(lms.psi(calm, "passed", null), 200).get("applied").asBoolean()).isTrue();
        }
    }

    /** Waits until both places are taken: the held callbacks reach the service at their own pace. */
    private static void awaitRefusal(RunningService service, JsonNode exam) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (timed(service, exam)[0] != 503) {
            assertThat(System.nanoTime()).as("both places taken within 20 s").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    /** One API read: its status, how long it took in milliseconds, and 1 when a 503 carried Retry-After. */
    private static long[] timed(RunningService service, JsonNode exam) {
        long started = System.nanoTime();
        RunningService.Response r = service.get("/api/v1/exams/" + exam.get("id").asLong());
        long millis = (System.nanoTime() - started) / 1_000_000;
        return new long[] {r.status(), millis, r.status() != 503 || r.header("Retry-After") != null ? 1 : 0};
    }
}
