package dev.proctorreviews.bootstrap.e2e;

import static dev.proctorreviews.bootstrap.e2e.Lms.ok;
import static dev.proctorreviews.bootstrap.e2e.Lms.problem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.proctorreviews.application.scenarios.CapturedLogs;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The 14 seed scenarios of domain-rules.md against the assembled service, over HTTP, with signed callbacks. */
class SeedScenariosOverHttpIT extends AgainstDefaultService {

    @Test
    void scenario01_applyStepWithAnUnknownCodeChangesNothing() {
        problem(service.api("POST", "/api/v1/reviews/NO-SUCH-CODE/apply", null), 404, "review_not_found");
    }

    @Test
    void scenario02_reviewForAnArchivedAttemptIsStoredAndAnnounced() {
        Lms lms = new Lms(service);
        JsonNode ss = lms.attempt("software_secure");
        JsonNode psi = lms.attempt("psi");
        assertThat(service.api("DELETE", "/api/v1/attempts/" + ss.get("id").asLong(), null).status()).isEqualTo(204);
        service.api("DELETE", "/api/v1/attempts/" + psi.get("id").asLong(), null);
        long before = Feed.lastSeq(service);

        JsonNode ssAnswer = ok(lms.softwareSecure(ss, "Suspicious"), 200);
        ok(lms.psi(psi, "suspicious", null), 200);

        assertThat(ssAnswer.get("attempt_status").asText()).isEqualTo("created");
        assertThat(lms.review(ss).get("comments")).hasSize(6);
        assertThat(lms.review(psi).get("comments")).hasSize(3);
        assertThat(lms.review(ss).get("is_attempt_active").asBoolean()).isFalse();
        assertThat(lms.reload(ss).get("status").asText()).isEqualTo("created");
        assertThat(Feed.after(service, before)).extracting(e -> e.get("type").asText())
                .containsExactly("review_received", "review_received");
    }

    @Test
    void scenario03_resubmissionAndDeleteBuildTheHistory() {
        Lms lms = new Lms(service);
        JsonNode attempt = lms.attempt("software_secure");
        ok(lms.softwareSecure(attempt, "Clean"), 200);
        assertThat(lms.history(attempt)).isEmpty();

        ok(lms.softwareSecure(attempt, "Suspicious"), 200);
        assertThat(lms.review(attempt).get("review_status").asText()).isEqualTo("Suspicious");
        assertThat(lms.review(attempt).get("version").asInt()).isEqualTo(2);
        assertThat(statuses(lms.history(attempt))).containsExactly("Clean");

        ok(service.api("DELETE", "/api/v1/reviews/" + attempt.get("attempt_code").asText(), null), 204);
        problem(service.get("/api/v1/reviews/" + attempt.get("attempt_code").asText()), 404, "review_not_found");
        JsonNode history = lms.history(attempt);
        assertThat(statuses(history)).containsExactly("Clean", "Suspicious");
        assertThat(history.get(0).get("reason").asText()).isEqualTo("updated");
        assertThat(history.get(1).get("reason").asText()).isEqualTo("deleted");
        assertThat(history.get(0).get("comments")).hasSize(6);
    }

    @Test
    void scenario04_resubmissionRefusedWhenUpdatesAreOff() {
        try (RunningService strict = RunningService.start(Map.of("PROCTOR_ALLOW_REVIEW_UPDATES", "false"))) {
            Lms lms = new Lms(strict);
            JsonNode attempt = lms.attempt("software_secure");
            ok(lms.softwareSecure(attempt, "Clean"), 200);

            problem(lms.softwareSecure(attempt, "Suspicious"), 409, "review_already_exists");
            assertThat(lms.review(attempt).get("review_status").asText()).isEqualTo("Clean");
        }
    }

    @ParameterizedTest
    @CsvSource({"Clean, verified, satisfied, 0", "Rules Violation, verified, satisfied, 0",
        "Suspicious, second_review_required, , 1", "Not Reviewed, error, failed, 0"})
    void scenario05_softwareSecureStatusesDecideCreditAndNotifications(String status, String attemptStatus,
                                                                       String credit, int notifications) {
        Lms lms = new Lms(service);
        JsonNode learner = lms.user("ada", false);
        JsonNode exam = lms.exam("software_secure", false);
        JsonNode attempt = lms.attempt(exam, learner);

        JsonNode answer = ok(lms.softwareSecure(attempt, status), 200);

        assertThat(answer.get("status").asText()).isEqualTo("ok");
        assertThat(answer.get("review_status").asText()).isEqualTo(status);
        assertThat(answer.get("attempt_status").asText()).isEqualTo(attemptStatus);
        assertThat(answer.get("duplicate").asBoolean()).isFalse();
        assertThat(answer.get("applied").asBoolean()).isTrue();
        JsonNode requirements = lms.credit(learner);
        if (credit == null) {
            assertThat(requirements).isEmpty();
        } else {
            assertThat(requirements).hasSize(1);
            assertThat(requirements.get(0).get("status").asText()).isEqualTo(credit);
            assertThat(requirements.get(0).get("namespace").asText()).isEqualTo("proctored_exam");
            assertThat(requirements.get(0).get("name").asText()).isEqualTo(exam.get("content_id").asText());
        }
        JsonNode sent = lms.notifications();
        assertThat(sent).hasSize(notifications);
        if (notifications == 1) {
            assertThat(sent.get(0).get("review_url").asText()).isEqualTo("https://lms.example/instructor/"
                    + lms.course + "/" + exam.get("id").asLong() + "?attempt=" + attempt.get("external_id").asText());
            assertThat(sent.get(0).get("student_username").asText()).isEqualTo("ada");
            assertThat(sent.get(0).get("review_status").asText()).isEqualTo("Suspicious");
        }
    }

    @Test
    void scenario05_bogusStatusIs422() {
        Lms lms = new Lms(service);
        JsonNode attempt = lms.attempt("software_secure");

        JsonNode problem = problem(lms.softwareSecure(attempt, "Bogus"), 422, "bad_review_status");

        assertThat(problem.get("detail").asText())
                .isEqualTo("Received unexpected reviewStatus field value from payload. Was Bogus.");
        problem(service.get("/api/v1/reviews/" + attempt.get("attempt_code").asText()), 404, "review_not_found");
    }

    @Test
    void scenario06_archivingFlipsIsAttemptActiveOnly() {
        Lms lms = new Lms(service);
        JsonNode attempt = lms.attempt("software_secure");
        ok(lms.softwareSecure(attempt, "Clean"), 200);
        assertThat(lms.review(attempt).get("is_attempt_active").asBoolean()).isTrue();
        long before = Feed.lastSeq(service);

        ok(service.api("DELETE", "/api/v1/attempts/" + attempt.get("id").asLong(), null), 204);
        ok(service.api("DELETE", "/api/v1/attempts/" + attempt.get("id").asLong(), null), 204);

        assertThat(lms.review(attempt).get("is_attempt_active").asBoolean()).isFalse();
        JsonNode archived = lms.reload(attempt);
        assertThat(archived.get("archived").asBoolean()).isTrue();
        assertThat(archived.get("status").asText()).isEqualTo("verified");
        assertThat(lms.history(attempt)).isEmpty();
        assertThat(Feed.after(service, before)).isEmpty();
    }

    @Test
    void scenario07_secondReviewsOn() {
        Lms lms = new Lms(service);
        JsonNode suspicious = lms.attempt("psi");
        JsonNode notReviewed = lms.attempt("psi");

        assertThat(ok(lms.psi(suspicious, "suspicious", null), 200).get("attempt_status").asText())
                .isEqualTo("second_review_required");
        assertThat(ok(lms.psi(notReviewed, "not_reviewed", null), 200).get("attempt_status").asText())
                .isEqualTo("error");
    }

    @Test
    void scenario08_verifiedAttemptArchivedStaysVerified() {
        Lms lms = new Lms(service);
        JsonNode attempt = lms.attempt("psi");
        ok(lms.psi(attempt, "passed", null), 200);
        service.api("DELETE", "/api/v1/attempts/" + attempt.get("id").asLong(), null);

        JsonNode answer = ok(lms.psi(attempt, "suspicious", null), 200);

        assertThat(answer.get("attempt_status").asText()).isEqualTo("verified");
        assertThat(lms.reload(attempt).get("status").asText()).isEqualTo("verified");
    }

    @Test
    void scenario09_passingStatusesCleanOnly() {
        try (RunningService cleanOnly = RunningService.start(
                Map.of("PROCTOR_PASSING_STATUSES_SOFTWARE_SECURE", "Clean"))) {
            Lms lms = new Lms(cleanOnly);
            JsonNode attempt = lms.attempt("software_secure");

            assertThat(ok(lms.psi(attempt, "violation", null), 200).get("attempt_status").asText())
                    .isEqualTo("second_review_required");
        }
    }

    @Test
    void scenario10_practiceExamSuspiciousIsRejected() {
        Lms lms = new Lms(service);
        JsonNode attempt = lms.attempt(lms.exam("psi", true), lms.user("learner", false));

        assertThat(ok(lms.psi(attempt, "suspicious", null), 200).get("attempt_status").asText())
                .isEqualTo("rejected");
    }

    @Test
    void scenario11_reviewers() {
        Lms lms = new Lms(service);
        JsonNode exam = lms.exam("psi", false);
        JsonNode staff = lms.user("course-staff", false, lms.course);
        JsonNode outsider = lms.user("outsider", false);
        JsonNode absent = lms.attempt(exam, lms.user("l1", false));
        JsonNode unknown = lms.attempt(exam, lms.user("l2", false));
        JsonNode known = lms.attempt(exam, lms.user("l3", false));
        JsonNode notStaff = lms.attempt(exam, lms.user("l4", false));

        ok(lms.psi(absent, "suspicious", null), 200);
        ok(lms.psi(unknown, "suspicious", "nobody@nowhere.example"), 200);
        ok(lms.psi(known, "suspicious", staff.get("email").asText().toUpperCase(Locale.ROOT)), 200);
        List<String> logs;
        try (CapturedLogs captured = new CapturedLogs()) {
            ok(lms.psi(notStaff, "suspicious", outsider.get("email").asText()), 200);
            logs = captured.messages();
        }

        assertThat(lms.review(absent).get("reviewed_by").isNull()).isTrue();
        assertThat(lms.review(unknown).get("reviewed_by").isNull()).isTrue();
        assertThat(lms.review(known).get("reviewed_by").asText()).isEqualTo("course-staff");
        assertThat(lms.review(notStaff).get("reviewed_by").asText()).isEqualTo("outsider");
        assertThat(logs).contains("user=outsider does not have the required permissions to submit a review for"
                + " attempt_code=" + notStaff.get("attempt_code").asText() + ".");
    }

    @Test
    void scenario12_recordLocatorAndSimulation() {
        Lms lms = new Lms(service);
        JsonNode mismatched = lms.attempt("software_secure");
        JsonNode upper = lms.attempt("software_secure");
        String wrong = Lms.softwareSecureBody(mismatched, "Clean")
                .replace(mismatched.get("external_id").asText(), "someone-else");
        problem(lms.softwareSecure(wrong), 403, "external_id_mismatch");
        String upperCased = Lms.softwareSecureBody(upper, "Clean")
                .replace(upper.get("external_id").asText(), upper.get("external_id").asText().toUpperCase(Locale.ROOT));
        ok(lms.softwareSecure(upperCased), 200);

        try (RunningService simulating = RunningService.start(Map.of("PROCTOR_ALLOW_CALLBACK_SIMULATION", "true"))) {
            Lms sim = new Lms(simulating);
            JsonNode attempt = sim.attempt("software_secure");
            String body = Lms.softwareSecureBody(attempt, "Clean")
                    .replace(attempt.get("external_id").asText(), "someone-else");
            ok(sim.softwareSecure(body), 200);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"none", "text/plain", "application/x-www-form-urlencoded", "application/xml"})
    void scenario13_anyOrNoContentTypeOnTheSoftwareSecureCallback(String contentType) {
        Lms lms = new Lms(service);
        JsonNode attempt = lms.attempt("software_secure");
        Map<String, String> headers = contentType.equals("none") ? Map.of() : Map.of("Content-Type", contentType);

        RunningService.Response response = service.callback("/callbacks/software-secure",
                Lms.softwareSecureBody(attempt, "Clean"), RunningService.SOFTWARE_SECURE, headers);

        assertThat(ok(response, 200).get("attempt_status").asText()).isEqualTo("verified");
    }

    @Test
    void scenario14_examNoLongerProctoredIs412AndGetIs405() {
        Lms lms = new Lms(service);
        JsonNode exam = lms.exam("software_secure", false);
        JsonNode attempt = lms.attempt(exam, lms.user("learner", false));
        ok(service.api("PATCH", "/api/v1/exams/" + exam.get("id").asLong(), "{\"is_proctored\": false}"), 200);

        problem(lms.softwareSecure(attempt, "Clean"), 412, "exam_not_proctored");
        problem(service.get("/api/v1/reviews/" + attempt.get("attempt_code").asText()), 404, "review_not_found");
        assertThat(lms.reload(attempt).get("status").asText()).isEqualTo("created");

        for (String method : List.of("GET", "PUT", "DELETE", "PATCH")) {
            problem(service.unauthenticated(method, "/callbacks/software-secure"), 405, "method_not_allowed");
            problem(service.unauthenticated(method, Lms.psiPath("x")), 405, "method_not_allowed");
        }
    }

    private static List<String> statuses(JsonNode history) {
        return StreamSupport.stream(history.spliterator(), false).map(h -> h.get("review_status").asText()).toList();
    }
}
