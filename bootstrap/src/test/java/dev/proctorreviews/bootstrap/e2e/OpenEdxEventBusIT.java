package dev.proctorreviews.bootstrap.e2e;

import static dev.proctorreviews.bootstrap.e2e.Lms.ok;
import static dev.proctorreviews.bootstrap.e2e.Lms.problem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.proctorreviews.openedx.eventbus.StreamReader;
import dev.proctorreviews.openedx.eventbus.TestRedis;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Contract 1.1 section 9 end to end: the assembled service on PostgreSQL publishing to a real Redis. Callbacks,
 * staff decisions, status changes and resets go in over HTTP; what comes out is read back from the stream as the
 * Open edX consumer reads it ({@code XRANGE}, {@code event_data} decoded with the schema of the entry's type), and
 * must be exactly the table's entries, in commit order, with nothing for the other changes.
 */
class OpenEdxEventBusIT {
    private static final String PREFIX = "e2e-" + UUID.randomUUID().toString().substring(0, 8);
    private static final String STREAM = PREFIX + "-learning-exam-attempt-lifecycle";
    private static final String SUBMITTED = "org.openedx.learning.exam.attempt.submitted.v1";
    private static final String VERIFIED = "org.openedx.learning.exam.attempt.verified.v1";
    private static final String REJECTED = "org.openedx.learning.exam.attempt.rejected.v1";
    private static final String ERRORED = "org.openedx.learning.exam.attempt.errored.v1";
    private static final String RESET = "org.openedx.learning.exam.attempt.reset.v1";

    private static RunningService service;
    private static StreamReader stream;

    @BeforeAll
    static void start() {
        service = RunningService.start(Map.of("PROCTOR_OPENEDX_EVENT_BUS_REDIS_URL", TestRedis.url().toString(),
                "PROCTOR_OPENEDX_TOPIC_PREFIX", PREFIX, "PROCTOR_OPENEDX_SOURCE", "openedx/proctor-reviews/e2e"));
        stream = new StreamReader(TestRedis.url());
    }

    @AfterAll
    static void stop() {
        service.close();
        stream.delete(STREAM);
        stream.close();
    }

    @Test
    void callbacksStaffDecisionsStatusChangesAndResetsPublishExactlyTheTablesEntries() {
        Lms lms = new Lms(service);
        long learnerId = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
        JsonNode learner = ok(service.api("PUT", "/api/v1/users/" + learnerId, "{\"username\": \"learner42\","
                + " \"email\": \"learner42@example.com\", \"name\": \"Ada Learner\", \"is_active\": true}"), 200);
        assertThat(learner.get("name").asText()).isEqualTo("Ada Learner");
        JsonNode staff = lms.user("staff", true);
        JsonNode exam = lms.exam("software_secure", false);
        JsonNode practice = lms.exam("psi", true);

        JsonNode verified = lms.attempt(exam, learner);
        status(verified, "started");
        status(verified, "submitted");
        status(verified, "submitted");
        ok(lms.softwareSecure(verified, "Clean"), 200);

        JsonNode rejected = lms.attempt(exam, learner);
        ok(lms.softwareSecure(rejected, "Suspicious"), 200);
        ok(service.api("POST", "/api/v1/reviews/" + rejected.get("attempt_code").asText() + "/decision",
                "{\"status\": \"suspicious\", \"reviewer_email\": \"" + staff.get("email").asText() + "\"}"), 200);

        JsonNode errored = lms.attempt(practice, learner);
        ok(lms.psi(errored, "not_reviewed", null), 200);

        JsonNode declined = lms.attempt(exam, learner);
        status(declined, "declined");
        JsonNode byStatusApi = lms.attempt(exam, learner);
        status(byStatusApi, "verified");

        archive(verified, "?requesting_user_id=" + staff.get("id").asLong(), 204);
        archive(verified, "?requesting_user_id=" + staff.get("id").asLong(), 204);
        archive(rejected, "", 204);
        problem(service.api("DELETE", "/api/v1/attempts/" + errored.get("id").asLong() + "?requesting_user_id="
                + (staff.get("id").asLong() ^ 1), null), 404, "user_not_found");
        assertThat(lms.reload(errored).get("archived").asBoolean()).isFalse();
        assertThat(lms.reload(verified).get("archived_by_user_id").asLong()).isEqualTo(staff.get("id").asLong());

        List<StreamReader.Entry> entries = awaitEntries(5);
        assertThat(entries).extracting(e -> e.text("type"))
                .containsExactly(SUBMITTED, VERIFIED, REJECTED, ERRORED, VERIFIED, RESET);
        assertThat(entries).extracting(e -> e.text("id")).doesNotHaveDuplicates()
                .allSatisfy(id -> assertThat(UUID.fromString(id)).isNotNull());
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.names()).containsExactly("type", "id", "source", "time", "minorversion", "sourcehost",
                    "sourcelib", "event_data");
            assertThat(e.text("source")).isEqualTo("openedx/proctor-reviews/e2e");
            assertThat(e.text("time")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}\\+00:00");
            assertThat(e.text("minorversion")).isEqualTo("0");
            assertThat(e.text("sourcelib")).isEqualTo("11.2.0");
            GenericRecord student = (GenericRecord) e.examAttempt().get("student_user");
            assertThat(student.get("id")).isEqualTo(learnerId);
            assertThat(student.get("is_active")).isEqualTo(true);
            GenericRecord pii = (GenericRecord) student.get("pii");
            assertThat(pii.get("username")).hasToString("learner42");
            assertThat(pii.get("email")).hasToString("learner42@example.com");
            assertThat(pii.get("name")).hasToString("Ada Learner");
            assertThat(e.examAttempt().get("course_key")).hasToString(lms.course);
        });
        assertThat(entries).extracting(e -> requestingUser(e.examAttempt()))
                .containsExactly(learnerId, null, null, null, null, staff.get("id").asLong());
        assertThat(entries).extracting(e -> e.examAttempt().get("usage_key").toString())
                .containsExactly(usage(exam), usage(exam), usage(exam), usage(practice), usage(exam), usage(exam));
        assertThat(entries).extracting(e -> e.examAttempt().get("exam_type").toString())
                .containsExactly("proctored", "proctored", "proctored", "practice", "proctored", "proctored");
        assertThat(entries).extracting(e -> Instant.parse(e.text("time").replace("+00:00", "Z")))
                .isSorted();

        String metrics = service.unauthenticated("GET", "/metrics").body();
        assertThat(metrics).contains(
                "proctor_openedx_events_published_total{type=\"" + VERIFIED + "\"} 2.0",
                "proctor_openedx_events_published_total{type=\"" + RESET + "\"} 1.0",
                "proctor_openedx_events_skipped_total{reason=\"no_requesting_user\"} 1.0",
                "proctor_openedx_events_pending 0.0");
    }

    private static void status(JsonNode attempt, String status) {
        ok(service.api("PUT", "/api/v1/attempts/" + attempt.get("id").asLong() + "/status",
                "{\"status\": \"" + status + "\"}"), 200);
    }

    private static void archive(JsonNode attempt, String query, int expected) {
        assertThat(service.api("DELETE", "/api/v1/attempts/" + attempt.get("id").asLong() + query, null).status())
                .isEqualTo(expected);
    }

    private static String usage(JsonNode exam) {
        return exam.get("content_id").asText();
    }

    private static Long requestingUser(GenericRecord examAttempt) {
        GenericRecord requesting = (GenericRecord) examAttempt.get("requesting_user");
        return requesting == null ? null : (Long) requesting.get("id");
    }

    /**
     * Waits until the last expected entry (a reset) is on the stream, then a moment more, so that an entry published
     * after it (one too many) would be seen too.
     */
    private static List<StreamReader.Entry> awaitEntries(int atLeast) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (stream.length(STREAM) <= atLeast && Instant.now().isBefore(deadline)) {
            pause(100);
        }
        pause(1_000);
        return stream.entries(STREAM);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
