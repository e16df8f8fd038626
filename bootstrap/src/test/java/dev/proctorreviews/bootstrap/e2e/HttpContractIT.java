package dev.proctorreviews.bootstrap.e2e;

import static dev.proctorreviews.bootstrap.e2e.Lms.ok;
import static dev.proctorreviews.bootstrap.e2e.Lms.problem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.proctorreviews.application.crypto.AesGcmVideoLinkVault;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The contract's promises beyond the seed scenarios: signatures, replays, limits, every error code, operations. */
class HttpContractIT extends AgainstDefaultService {

    private static RunningService.Response signedPsi(JsonNode attempt, String body, Map<String, String> headers) {
        return service.callback(Lms.psiPath(attempt.get("external_id").asText()), body, null, headers);
    }

    @Test
    void signaturesAreCheckedWithKeyRotationAndATimeWindow() {
        Lms lms = new Lms(service);
        JsonNode attempt = lms.attempt("software_secure");
        byte[] body = Lms.softwareSecureBody(attempt, "Clean").getBytes(StandardCharsets.UTF_8);
        long now = Instant.now().getEpochSecond();

        problem(service.callback("/callbacks/software-secure", new String(body, StandardCharsets.UTF_8), null,
                Map.of()), 401, "signature_invalid");
        problem(send("/callbacks/software-secure", body, RunningService.PSI.sign(body)), 401, "signature_invalid");
        problem(send("/callbacks/software-secure", body, RunningService.SOFTWARE_SECURE.sign(body, "m1", now - 301)),
                401, "signature_invalid");
        problem(send("/callbacks/software-secure", body, RunningService.SOFTWARE_SECURE.sign(body, "m2", now + 301)),
                401, "signature_invalid");
        Map<String, String> tampered = RunningService.SOFTWARE_SECURE.sign(body, "m3", now);
        problem(send("/callbacks/software-secure", (new String(body, StandardCharsets.UTF_8) + " ")
                .getBytes(StandardCharsets.UTF_8), tampered), 401, "signature_invalid");

        Map<String, String> rotated = new java.util.HashMap<>(RunningService.SOFTWARE_SECURE_OLD.sign(body, "m4", now));
        rotated.put("webhook-signature", "v1,AAAA v2,zzz " + rotated.get("webhook-signature"));
        ok(send("/callbacks/software-secure", body, rotated), 200);
    }

    @Test
    void aReplayedWebhookIdIsADuplicateEvenWithAnotherBody() {
        Lms lms = new Lms(service);
        JsonNode attempt = lms.attempt("psi");
        String path = Lms.psiPath(attempt.get("external_id").asText());
        byte[] first = Lms.psiBody("passed", null).getBytes(StandardCharsets.UTF_8);
        long now = Instant.now().getEpochSecond();
        String id = "msg_" + UUID.randomUUID();
        ok(send(path, first, RunningService.PSI.sign(first, id, now)), 200);

        byte[] other = Lms.psiBody("suspicious", null).getBytes(StandardCharsets.UTF_8);
        JsonNode replay = ok(send(path, other, RunningService.PSI.sign(other, id, now)), 200);

        assertThat(replay.get("duplicate").asBoolean()).isTrue();
        assertThat(replay.get("applied").asBoolean()).isFalse();
        assertThat(replay.get("review_status").asText()).isEqualTo("Clean");
        assertThat(lms.review(attempt).get("version").asInt()).isEqualTo(1);
    }

    @Test
    void aFailedDeliveryDoesNotUseUpItsWebhookId() {
        Lms lms = new Lms(service);
        JsonNode exam = lms.exam("psi", false);
        String external = "late-" + UUID.randomUUID();
        byte[] body = Lms.psiBody("passed", null).getBytes(StandardCharsets.UTF_8);
        String id = "msg_" + UUID.randomUUID();
        long now = Instant.now().getEpochSecond();
        problem(send(Lms.psiPath(external), body, RunningService.PSI.sign(body, id, now)), 404, "attempt_not_found");

        JsonNode learner = lms.user("learner", false);
        ok(service.api("POST", "/api/v1/attempts", "{\"exam_id\": " + exam.get("id").asLong() + ", \"user_id\": "
                + learner.get("id").asLong() + ", \"external_id\": \"" + external + "\"}"), 201);
        JsonNode retried = ok(send(Lms.psiPath(external), body, RunningService.PSI.sign(body, id, now)), 200);

        assertThat(retried.get("applied").asBoolean()).isTrue();
        assertThat(retried.get("duplicate").asBoolean()).isFalse();
    }

    @Test
    void anExternalIdIsUniquePerBackendIgnoringCaseEvenOnceArchived() {
        Lms lms = new Lms(service);
        JsonNode psi = lms.exam("psi", false);
        JsonNode otherPsi = lms.exam("psi", false);
        JsonNode softwareSecure = lms.exam("software_secure", false);
        JsonNode learner = lms.user("learner", false);
        String external = "Shared-" + UUID.randomUUID();
        JsonNode first = ok(service.api("POST", "/api/v1/attempts", attemptBody(psi, learner, external)), 201);
        ok(service.api("DELETE", "/api/v1/attempts/" + first.get("id").asLong(), null), 204);

        problem(service.api("POST", "/api/v1/attempts", attemptBody(otherPsi, learner,
                external.toUpperCase(java.util.Locale.ROOT))), 409, "external_id_taken");
        ok(service.api("POST", "/api/v1/attempts", attemptBody(softwareSecure, learner, external)), 201);
    }

    private static String attemptBody(JsonNode exam, JsonNode learner, String externalId) {
        return "{\"exam_id\": " + exam.get("id").asLong() + ", \"user_id\": " + learner.get("id").asLong()
                + ", \"external_id\": \"" + externalId + "\"}";
    }

    @Test
    void theIdenticalBodyAgainIsADuplicate() {
        Lms lms = new Lms(service);
        JsonNode attempt = lms.attempt("software_secure");
        ok(lms.softwareSecure(attempt, "Suspicious"), 200);
        long before = Feed.lastSeq(service);

        JsonNode again = ok(lms.softwareSecure(attempt, "Suspicious"), 200);

        assertThat(again.get("duplicate").asBoolean()).isTrue();
        assertThat(again.get("applied").asBoolean()).isFalse();
        assertThat(again.get("attempt_status").asText()).isEqualTo("second_review_required");
        assertThat(Feed.after(service, before)).isEmpty();
        assertThat(lms.notifications()).hasSize(1);
    }

    @Test
    void bodiesOverOneMebibyteAre413() {
        Lms lms = new Lms(service);
        JsonNode attempt = lms.attempt("psi");
        String padded = Lms.psiBody("passed", null).replace("\"vendor_session_id\"",
                "\"padding\": \"" + "x".repeat(1_048_576) + "\", \"vendor_session_id\"");

        problem(service.callback(Lms.psiPath(attempt.get("external_id").asText()), padded, RunningService.PSI,
                Map.of()), 413, "payload_too_large");
        problem(service.callback(Lms.psiPath(attempt.get("external_id").asText()), padded, null, Map.of()), 401,
                "signature_invalid");
    }

    @Test
    void malformedPayloadsNameTheirFields() {
        Lms lms = new Lms(service);
        JsonNode attempt = lms.attempt("software_secure");
        String body = Lms.softwareSecureBody(attempt, "Clean").replace("\"eventStart\": 0,", "\"eventStart\": 1.5,")
                .replace("\"ssiRecordLocator\"", "\"ssiRecordLocatorX\"");

        JsonNode problem = problem(lms.softwareSecure(body), 400, "malformed_payload");

        assertThat(problem.get("errors")).extracting(e -> e.get("field").asText())
                .containsExactlyInAnyOrder("examMetaData.ssiRecordLocator", "webCamComments[0].eventStart");
        JsonNode notJson = problem(lms.softwareSecure("[1, 2]"), 400, "malformed_payload");
        assertThat(notJson.get("errors").get(0).get("field").asText()).isEmpty();
    }

    @Test
    void reviewsKeepNoSecretsAndSealTheVideoLink() {
        Lms lms = new Lms(service);
        JsonNode attempt = lms.attempt("software_secure");
        ok(lms.softwareSecure(attempt, "Clean"), 200);

        JsonNode review = lms.review(attempt);
        String text = review.toString();
        assertThat(text).doesNotContain("aGVhZHNob3QtYnl0ZXM=", "c2VjcmV0LWV4YW0tcGFzc3dvcmQ=", "video.vendor.example");
        assertThat(review.get("has_video_url").asBoolean()).isTrue();
        assertThat(review.get("raw_data").get("examTakerFirstName").asText()).isEqualTo("Ada");
        assertThat(review.get("vendor").asText()).isEqualTo("software_secure");
        assertThat(review.get("standard_status").asText()).isEqualTo("passed");
        assertThat(review.get("comments").get(0).get("comment").asText()).isEqualTo("No photo ID shown to the camera");
        assertThat(review.get("comments").get(3).get("comment").asText()).isEqualTo("Switched to another browser tab");
        assertThat(new AesGcmVideoLinkVault(new byte[32]).seal("x")).isPresent();
    }

    @Test
    void staffDecisionsOverHttp() {
        Lms lms = new Lms(service);
        JsonNode learner = lms.user("learner", false);
        JsonNode attempt = lms.attempt(lms.exam("software_secure", false), learner);
        JsonNode staff = lms.user("staff", true);
        JsonNode outsider = lms.user("outsider", false);
        String code = attempt.get("attempt_code").asText();
        String decision = "/api/v1/reviews/" + code + "/decision";

        problem(service.api("POST", decision, "{\"status\": \"passed\", \"reviewer_email\": \""
                + staff.get("email").asText() + "\"}"), 404, "review_not_found");
        ok(lms.softwareSecure(attempt, "Suspicious"), 200);
        problem(service.api("POST", decision, "{\"status\": \"passed\", \"reviewer_email\": \""
                + outsider.get("email").asText() + "\"}"), 403, "reviewer_not_allowed");
        problem(service.api("POST", decision, "{\"status\": \"Clean\", \"reviewer_email\": \"x@y\"}"), 400,
                "invalid_request");
        JsonNode decided = ok(service.api("POST", decision, "{\"status\": \"suspicious\", \"reviewer_email\": \""
                + staff.get("email").asText() + "\"}"), 200);

        assertThat(decided.get("vendor").asText()).isEqualTo("staff");
        assertThat(decided.get("reviewed_by").asText()).isEqualTo("staff");
        assertThat(decided.get("review_status").asText()).isEqualTo("Suspicious");
        assertThat(lms.reload(attempt).get("status").asText()).isEqualTo("rejected");
        assertThat(lms.credit(learner).get(0).get("status").asText()).isEqualTo("failed");

        JsonNode late = ok(lms.softwareSecure(attempt, "Clean"), 200);
        assertThat(late.get("applied").asBoolean()).isFalse();
        assertThat(late.get("duplicate").asBoolean()).isFalse();
        assertThat(lms.history(attempt).get(1).get("reason").asText()).isEqualTo("superseded_by_staff_decision");
        assertThat(lms.reload(attempt).get("status").asText()).isEqualTo("rejected");
    }

    @Test
    void managementErrorsAreProblems() {
        Lms lms = new Lms(service);
        problem(service.unauthenticated("GET", "/api/v1/users/1"), 401, "unauthorized");
        assertThat(service.unauthenticated("GET", "/api/v1/events").header("WWW-Authenticate")).startsWith("Bearer");
        problem(service.get("/api/v1/users/" + Long.MAX_VALUE), 404, "user_not_found");
        problem(service.get("/api/v1/users/abc"), 400, "invalid_request");
        problem(service.get("/api/v1/exams/" + Long.MAX_VALUE), 404, "exam_not_found");
        problem(service.get("/api/v1/attempts/" + Long.MAX_VALUE), 404, "attempt_not_found");
        problem(service.get("/api/v1/attempts?attempt_code=NOPE"), 404, "attempt_not_found");
        problem(service.get("/api/v1/reviews/NOPE/history"), 404, "attempt_not_found");
        problem(service.api("DELETE", "/api/v1/reviews/NOPE", null), 404, "review_not_found");
        problem(service.get("/api/v1/nothing-here"), 404, "not_found");
        problem(service.get("/api/v1/credit?course_id=x"), 400, "invalid_request");
        problem(service.get("/api/v1/events?after=-1"), 400, "invalid_request");
        problem(service.get("/api/v1/events?limit=0"), 400, "invalid_request");

        JsonNode exam = lms.exam("psi", false);
        String duplicate = "{\"course_id\": \"" + exam.get("course_id").asText() + "\", \"content_id\": \""
                + exam.get("content_id").asText() + "\", \"exam_name\": \"x\", \"backend\": \"psi\"}";
        problem(service.api("POST", "/api/v1/exams", duplicate), 409, "exam_already_exists");
        JsonNode invalid = problem(service.api("POST", "/api/v1/exams",
                "{\"course_id\": 1, \"exam_name\": \"x\", \"backend\": \"zoom\", \"extra\": true}"), 400,
                "invalid_request");
        assertThat(invalid.get("errors")).extracting(e -> e.get("field").asText())
                .containsExactlyInAnyOrder("course_id", "content_id", "backend", "extra");
        problem(service.api("POST", "/api/v1/exams", "{\"a\": 1, \"a\": 2}"), 400, "invalid_request");
        problem(service.api("POST", "/api/v1/attempts", "{\"exam_id\": " + exam.get("id").asLong()
                + ", \"user_id\": " + Long.MAX_VALUE + "}"), 404, "user_not_found");
        problem(service.api("POST", "/api/v1/attempts", "{\"exam_id\": " + Long.MAX_VALUE + ", \"user_id\": 1}"),
                404, "exam_not_found");

        JsonNode attempt = lms.attempt(exam, lms.user("learner", false));
        String status = "/api/v1/attempts/" + attempt.get("id").asLong() + "/status";
        assertThat(ok(service.api("PUT", status, "{\"status\": \"started\"}"), 200).get("status").asText())
                .isEqualTo("started");
        ok(service.api("PUT", status, "{\"status\": \"submitted\"}"), 200);
        problem(service.api("PUT", status, "{\"status\": \"started\"}"), 409, "illegal_status_transition");
        problem(service.api("PUT", status, "{\"status\": \"finished\"}"), 400, "invalid_request");
        service.api("DELETE", "/api/v1/attempts/" + attempt.get("id").asLong(), null);
        problem(service.api("PUT", status, "{\"status\": \"verified\"}"), 409, "attempt_archived");
        JsonNode byCode = ok(service.get("/api/v1/attempts?attempt_code=" + attempt.get("attempt_code").asText()), 200);
        assertThat(byCode.get("archived").asBoolean()).isTrue();
    }

    @Test
    void theEventFeedPagesWithNextAfter() {
        Lms lms = new Lms(service);
        long start = Feed.lastSeq(service);
        JsonNode attempt = lms.attempt("psi");
        ok(lms.psi(attempt, "passed", null), 200);

        List<JsonNode> events = Feed.after(service, start, 1);

        assertThat(events).extracting(e -> e.get("type").asText())
                .containsExactly("review_received", "attempt_status_changed");
        JsonNode received = events.get(0).get("data");
        assertThat(received.get("exam").get("id").asLong()).isEqualTo(attempt.get("exam_id").asLong());
        assertThat(received.get("attempt").get("status").asText()).isEqualTo("created");
        assertThat(received.get("review_status").asText()).isEqualTo("Clean");
        assertThat(events.get(1).get("data").get("to").asText()).isEqualTo("verified");
        JsonNode empty = ok(service.get("/api/v1/events?after=" + Long.MAX_VALUE / 2 + "&limit=5000"), 200);
        assertThat(empty.get("events")).isEmpty();
        assertThat(empty.get("next_after").asLong()).isEqualTo(Long.MAX_VALUE / 2);
    }

    @Test
    void usersKeepANameAndAnActiveFlagAndAnArchiveKeepsWhoAskedForIt() {
        Lms lms = new Lms(service);
        long id = java.util.concurrent.ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
        JsonNode named = ok(service.api("PUT", "/api/v1/users/" + id, "{\"username\": \"ada\", \"email\":"
                + " \"ada@example.com\", \"name\": \"Ada Lovelace\", \"is_active\": false}"), 200);
        assertThat(named.get("name").asText()).isEqualTo("Ada Lovelace");
        assertThat(named.get("is_active").asBoolean()).isFalse();
        assertThat(ok(service.get("/api/v1/users/" + id), 200)).isEqualTo(named);
        JsonNode unnamed = ok(service.api("PUT", "/api/v1/users/" + id, "{\"username\": \"ada\", \"email\":"
                + " \"ada@example.com\", \"name\": null}"), 200);
        assertThat(unnamed.get("name").isNull()).isTrue();
        assertThat(unnamed.get("is_active").asBoolean()).isTrue();
        assertThat(ok(service.api("PUT", "/api/v1/users/" + id, "{\"username\": \"ada\", \"email\":"
                + " \"ada@example.com\", \"name\": \"\"}"), 200).get("name").isNull()).isTrue();
        JsonNode invalid = problem(service.api("PUT", "/api/v1/users/" + id, "{\"username\": \"ada\", \"email\":"
                + " \"ada@example.com\", \"name\": \"" + "n".repeat(256) + "\", \"is_active\": \"yes\"}"), 400,
                "invalid_request");
        assertThat(invalid.get("errors")).extracting(e -> e.get("field").asText())
                .containsExactlyInAnyOrder("name", "is_active");

        JsonNode attempt = lms.attempt("psi");
        problem(service.api("DELETE", "/api/v1/attempts/" + attempt.get("id").asLong() + "?requesting_user_id=abc",
                null), 400, "invalid_request");
        problem(service.api("DELETE", "/api/v1/attempts/" + attempt.get("id").asLong() + "?requesting_user_id=0",
                null), 400, "invalid_request");
        problem(service.api("DELETE", "/api/v1/attempts/" + attempt.get("id").asLong() + "?requesting_user_id="
                + (id ^ 1), null), 404, "user_not_found");
        assertThat(lms.reload(attempt).get("archived").asBoolean()).isFalse();
        assertThat(service.api("DELETE", "/api/v1/attempts/" + attempt.get("id").asLong() + "?requesting_user_id="
                + id, null).status()).isEqualTo(204);
        JsonNode archived = lms.reload(attempt);
        assertThat(archived.get("archived").asBoolean()).isTrue();
        assertThat(archived.get("archived_by_user_id").asLong()).isEqualTo(id);
    }

    @Test
    void operationsEndpoints() {
        assertThat(service.unauthenticated("GET", "/health/live").status()).isEqualTo(200);
        assertThat(service.unauthenticated("GET", "/health/ready").status()).isEqualTo(200);
        Lms lms = new Lms(service);
        ok(lms.psi(lms.attempt("psi"), "passed", null), 200);
        String metrics = service.unauthenticated("GET", "/metrics").body();
        assertThat(metrics).contains("http_server_requests_seconds_bucket", "proctor_callbacks_total{",
                "outcome=\"applied\"", "vendor=\"psi\"", "hikaricp_connections_active",
                "route=\"/callbacks/psi/attempts/{external_id}/reviewed\"");
    }

    private static RunningService.Response send(String path, byte[] body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(service.base + path))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        return service.send(request.build());
    }
}
