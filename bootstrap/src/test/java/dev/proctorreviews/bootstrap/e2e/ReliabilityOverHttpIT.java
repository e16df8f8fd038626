package dev.proctorreviews.bootstrap.e2e;

import static dev.proctorreviews.bootstrap.e2e.Lms.ok;
import static dev.proctorreviews.bootstrap.e2e.Lms.problem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.proctorreviews.application.scenarios.CapturedLogs;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** Nothing lost, nobody let in: parked deliveries, PII retirement, log hygiene and secrets, over HTTP. */
class ReliabilityOverHttpIT extends AgainstDefaultService {

    @Test
    void aSoftwareSecureDeliveryForAnUnknownCodeIsParkedRedacted() {
        Lms lms = new Lms(service);
        String external = "late-" + UUID.randomUUID();
        String body = Lms.fixture("software-secure-review.json")
                .replace("{{attempt_code}}", UUID.randomUUID().toString().toUpperCase())
                .replace("{{external_id}}", external);
        problem(lms.softwareSecure(body), 404, "attempt_not_found");

        JsonNode parked = parkedWith(external);
        assertThat(parked.get("reason").asText()).isEqualTo("attempt_not_found");
        assertThat(parked.get("vendor").asText()).isEqualTo("software_secure");
        assertThat(parked.get("payload").toString()).doesNotContain("userPhotoBase64String", "examPassword",
                "videoReviewLink", "video.vendor.example", "aGVhZHNob3QtYnl0ZXM=");
        assertThat(service.unauthenticated("GET", "/metrics").body()).containsPattern(
                "proctor_parked_deliveries(\\{[^}]*\\})? [1-9]");
        problem(service.api("POST", "/api/v1/deliveries/" + parked.get("id").asLong() + "/replay", null), 404,
                "attempt_not_found");
    }

    @Test
    void aDeliveryForAnExamNoLongerProctoredIsReplayedOnceItIsProctoredAgain() {
        Lms lms = new Lms(service);
        JsonNode exam = lms.exam("software_secure", false);
        JsonNode attempt = lms.attempt(exam, lms.user("learner", false));
        String patch = "/api/v1/exams/" + exam.get("id").asLong();
        ok(service.api("PATCH", patch, "{\"is_proctored\": false}"), 200);
        problem(lms.softwareSecure(attempt, "Clean"), 412, "exam_not_proctored");
        JsonNode parked = parkedWith(attempt.get("attempt_code").asText());
        assertThat(parked.get("reason").asText()).isEqualTo("exam_not_proctored");

        ok(service.api("PATCH", patch, "{\"is_proctored\": true}"), 200);
        JsonNode replayed = ok(service.api("POST", "/api/v1/deliveries/" + parked.get("id").asLong() + "/replay",
                null), 200);

        assertThat(replayed.get("attempt_status").asText()).isEqualTo("verified");
        assertThat(lms.review(attempt).get("comments")).hasSize(6);
        assertThat(ok(lms.softwareSecure(attempt, "Clean"), 200).get("duplicate").asBoolean()).isTrue();
    }

    @Test
    void aPsiDeliveryIsReplayedOnceTheAttemptExists() {
        Lms lms = new Lms(service);
        JsonNode exam = lms.exam("psi", false);
        String external = "late-" + UUID.randomUUID();
        problem(service.callback(Lms.psiPath(external), Lms.psiBody("suspicious", null), RunningService.PSI,
                Map.of()), 404, "attempt_not_found");
        long id = parkedWith(external).get("id").asLong();
        problem(service.api("POST", "/api/v1/deliveries/" + id + "/replay", null), 404, "attempt_not_found");
        JsonNode attempt = ok(service.api("POST", "/api/v1/attempts", "{\"exam_id\": " + exam.get("id").asLong()
                + ", \"user_id\": " + lms.user("learner", false).get("id").asLong() + ", \"external_id\": \""
                + external + "\"}"), 201);

        JsonNode replayed = ok(service.api("POST", "/api/v1/deliveries/" + id + "/replay", null), 200);

        assertThat(replayed.get("applied").asBoolean()).isTrue();
        assertThat(replayed.get("attempt_status").asText()).isEqualTo("second_review_required");
        problem(service.api("POST", "/api/v1/deliveries/" + id + "/replay", null), 409, "delivery_already_replayed");
        problem(service.api("POST", "/api/v1/deliveries/" + Long.MAX_VALUE + "/replay", null), 404,
                "delivery_not_found");
        assertThat(ids(ok(service.get("/api/v1/deliveries?state=replayed&limit=1000"), 200))).contains(id);
        assertThat(ids(ok(service.get("/api/v1/deliveries?limit=1000"), 200))).doesNotContain(id);
        problem(service.get("/api/v1/deliveries?state=lost"), 400, "invalid_request");
        JsonNode retried = ok(service.callback(Lms.psiPath(external), Lms.psiBody("suspicious", null),
                RunningService.PSI, Map.of()), 200);
        assertThat(retried.get("duplicate").asBoolean()).isTrue();
        assertThat(lms.review(attempt).get("version").asInt()).isEqualTo(1);
    }

    @Test
    void retiringALearnerForgetsThemEverywhereTheirDataIsKept() {
        Lms lms = new Lms(service);
        JsonNode learner = lms.user("learner", false);
        long userId = learner.get("id").asLong();
        JsonNode exam = lms.exam("software_secure", false);
        JsonNode attempt = lms.attempt(exam, learner);
        ok(lms.softwareSecure(attempt, "Clean"), 200);
        ok(lms.softwareSecure(attempt, "Suspicious"), 200);
        JsonNode unproctored = lms.exam("software_secure", false);
        JsonNode waiting = lms.attempt(unproctored, learner);
        ok(service.api("PATCH", "/api/v1/exams/" + unproctored.get("id").asLong(), "{\"is_proctored\": false}"), 200);
        problem(lms.softwareSecure(waiting, "Clean"), 412, "exam_not_proctored");
        long parkedByCode = parkedWith(waiting.get("attempt_code").asText()).get("id").asLong();
        String late = "late-" + UUID.randomUUID();
        problem(service.callback(Lms.psiPath(late), Lms.psiBody("suspicious", null), RunningService.PSI, Map.of()),
                404, "attempt_not_found");
        long parkedByRoute = parkedWith(late).get("id").asLong();
        ok(service.api("POST", "/api/v1/attempts", "{\"exam_id\": " + lms.exam("psi", false).get("id").asLong()
                + ", \"user_id\": " + userId + ", \"external_id\": \"" + late.toUpperCase() + "\"}"), 201);
        String someoneElses = "other-" + UUID.randomUUID();
        problem(service.callback(Lms.psiPath(someoneElses), Lms.psiBody("suspicious", null), RunningService.PSI,
                Map.of()), 404, "attempt_not_found");
        long before = Feed.lastSeq(service);
        String retire = "/api/v1/users/" + userId + "/retire";

        JsonNode first = ok(service.api("POST", retire, null), 200);
        JsonNode again = ok(service.api("POST", retire, null), 200);

        assertThat(first.get("user_id").asLong()).isEqualTo(userId);
        assertThat(first.get("review_versions_retired").asInt()).isEqualTo(2);
        assertThat(first.get("parked_deliveries_deleted").asInt()).isEqualTo(2);
        assertThat(first.get("notifications_retired").asInt()).isEqualTo(1);
        assertThat(again.get("review_versions_retired").asInt()).isEqualTo(2);
        assertThat(again.get("parked_deliveries_deleted").asInt()).isZero();
        JsonNode user = ok(service.get("/api/v1/users/" + userId), 200);
        assertThat(user.get("username").asText()).isEqualTo("retired_user_" + userId);
        assertThat(user.get("email").asText()).isEqualTo("retired_user_" + userId + "@retired.invalid");
        assertThat(user.get("is_staff").asBoolean()).isFalse();
        assertThat(user.get("is_active").asBoolean()).isFalse();
        assertThat(user.get("name").isNull()).isTrue();
        JsonNode notifications = ok(service.get("/api/v1/notifications?course_id="
                + URLEncoder.encode(exam.get("course_id").asText(), StandardCharsets.UTF_8)), 200);
        assertThat(notifications.get("notifications")).isNotEmpty()
                .allMatch(n -> n.get("student_username").asText().equals("retired_user_" + userId));
        JsonNode stillParked = ok(service.get("/api/v1/deliveries?state=parked&limit=1000"), 200);
        assertThat(ids(stillParked)).doesNotContain(parkedByCode, parkedByRoute);
        assertThat(stillParked.toString()).contains(someoneElses);
        JsonNode review = lms.review(attempt);
        assertThat(review.get("raw_data").size()).isZero();
        assertThat(review.get("has_video_url").asBoolean()).isFalse();
        assertThat(review.get("comments")).allMatch(c -> c.get("comment").asText().isEmpty());
        assertThat(review.get("review_status").asText()).isEqualTo("Suspicious");
        assertThat(lms.history(attempt).get(0).get("comments")).allMatch(c -> c.get("comment").asText().isEmpty());
        assertThat(Feed.after(service, before)).isEmpty();
        problem(service.api("POST", "/api/v1/users/" + Long.MAX_VALUE + "/retire", null), 404, "user_not_found");
    }

    @Test
    void controlCharactersNeverReachTheLogsUnescaped() {
        Lms lms = new Lms(service);
        JsonNode exam = lms.exam("psi", false);
        JsonNode forger = lms.user("evil\r\nINFO forged entry", false);
        JsonNode attempt = lms.attempt(exam, lms.user("learner", false));
        List<String> logs;
        try (CapturedLogs captured = new CapturedLogs()) {
            service.api("POST", "/api/v1/reviews/X%0D%0AINFO%20forged%1B%5B31m/apply", null);
            ok(lms.psi(attempt, "suspicious", forger.get("email").asText()), 200);
            service.api("GET", "/api/v1/attempts?attempt_code=%0Aforged", null);
            logs = captured.messages();
        }

        assertThat(logs).isNotEmpty().noneMatch(m -> m.contains("\n") || m.contains("\r") || m.contains("\u001b"));
        assertThat(logs).anyMatch(m -> m.contains("user=evil\\u000d\\u000aINFO forged entry does not have"));
    }

    @Test
    void noSecretAppearsInLogsOrAnswers() {
        String videoKey = Base64.getEncoder().encodeToString(new byte[32]);
        List<String> answers = new ArrayList<>();
        List<String> logs;
        try (CapturedLogs captured = new CapturedLogs()) {
            Lms lms = new Lms(service);
            JsonNode attempt = lms.attempt("software_secure");
            answers.add(lms.softwareSecure(attempt, "Clean").body());
            answers.add(lms.softwareSecure(attempt, "Bogus").body());
            answers.add(service.callback("/callbacks/software-secure", "{}", RunningService.PSI, Map.of()).body());
            answers.add(service.unauthenticated("GET", "/api/v1/events").body());
            answers.add(service.api("GET", "/api/v1/reviews/" + attempt.get("attempt_code").asText(), null).body());
            answers.add(service.unauthenticated("GET", "/metrics").body());
            logs = captured.messages();
        }
        List<String> secrets = List.of(RunningService.TOKEN, RunningService.SOFTWARE_SECURE.secret(),
                RunningService.SOFTWARE_SECURE.secret().substring(6), RunningService.PSI.secret().substring(6),
                RunningService.SOFTWARE_SECURE_OLD.secret().substring(6), videoKey);

        for (String secret : secrets) {
            assertThat(String.join("\n", logs)).doesNotContain(secret);
            assertThat(String.join("\n", answers)).doesNotContain(secret);
        }
    }

    private static JsonNode parkedWith(String external) {
        JsonNode list = ok(service.get("/api/v1/deliveries?state=parked&limit=1000"), 200).get("deliveries");
        return StreamSupport.stream(list.spliterator(), false)
                .filter(d -> d.get("payload").toString().contains(external)
                        || external.equals(d.get("external_id").asText())).findFirst().orElseThrow();
    }

    private static List<Long> ids(JsonNode page) {
        return StreamSupport.stream(page.get("deliveries").spliterator(), false).map(d -> d.get("id").asLong())
                .toList();
    }
}
