package dev.proctorreviews.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** What an LMS does against the service in these tests: register users, exams, attempts, and deliver reviews. */
final class Lms {
    final RunningService service;
    final String course = "course-v1:E2E+" + UUID.randomUUID().toString().substring(0, 8) + "/run";

    Lms(RunningService service) {
        this.service = service;
    }

    JsonNode user(String username, boolean staff, String... staffCourses) {
        long id = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
        ObjectNode body = RunningService.JSON.createObjectNode().put("username", username)
                .put("email", username + "-" + id + "@example.com").put("is_staff", staff);
        var courses = body.putArray("staff_course_ids");
        for (String c : staffCourses) {
            courses.add(c);
        }
        return ok(service.api("PUT", "/api/v1/users/" + id, body.toString()), 200);
    }

    JsonNode exam(String backend, boolean practice) {
        String body = RunningService.JSON.createObjectNode().put("course_id", course)
                .put("content_id", "content-" + UUID.randomUUID()).put("exam_name", "Sample Exam")
                .put("time_limit_mins", 10).put("is_proctored", true).put("is_practice_exam", practice)
                .put("backend", backend).toString();
        return ok(service.api("POST", "/api/v1/exams", body), 201);
    }

    JsonNode attempt(JsonNode exam, JsonNode user) {
        String body = "{\"exam_id\": " + exam.get("id").asLong() + ", \"user_id\": " + user.get("id").asLong()
                + ", \"taking_as_proctored\": true, \"external_id\": \"ext-" + UUID.randomUUID() + "\"}";
        return ok(service.api("POST", "/api/v1/attempts", body), 201);
    }

    JsonNode attempt(String backend) {
        return attempt(exam(backend, false), user("learner", false));
    }

    JsonNode reload(JsonNode attempt) {
        return ok(service.get("/api/v1/attempts/" + attempt.get("id").asLong()), 200);
    }

    static String fixture(String name) {
        try (InputStream in = Lms.class.getResourceAsStream("/examples/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String softwareSecureBody(JsonNode attempt, String status) {
        return fixture("software-secure-review.json")
                .replace("{{attempt_code}}", attempt.get("attempt_code").asText())
                .replace("{{external_id}}", attempt.get("external_id").asText())
                .replace("\"reviewStatus\": \"Clean\"", "\"reviewStatus\": \"" + status + "\"");
    }

    static String psiBody(String status, String reviewedBy) {
        return fixture("psi-review.json").replace("\"status\": \"passed\"", "\"status\": \"" + status + "\"")
                .replace("\"reviewed_by\": null", "\"reviewed_by\": "
                        + RunningService.JSON.valueToTree(reviewedBy).toString());
    }

    RunningService.Response softwareSecure(String body) {
        return service.callback("/callbacks/software-secure", body, RunningService.SOFTWARE_SECURE,
                Map.of("Content-Type", "application/json"));
    }

    RunningService.Response softwareSecure(JsonNode attempt, String status) {
        return softwareSecure(softwareSecureBody(attempt, status));
    }

    RunningService.Response psi(JsonNode attempt, String status, String reviewedBy) {
        return service.callback(psiPath(attempt.get("external_id").asText()), psiBody(status, reviewedBy),
                RunningService.PSI, Map.of("Content-Type", "application/json"));
    }

    static String psiPath(String externalId) {
        return "/callbacks/psi/attempts/" + externalId + "/reviewed";
    }

    JsonNode review(JsonNode attempt) {
        return ok(service.get("/api/v1/reviews/" + attempt.get("attempt_code").asText()), 200);
    }

    JsonNode history(JsonNode attempt) {
        return ok(service.get("/api/v1/reviews/" + attempt.get("attempt_code").asText() + "/history"), 200)
                .get("history");
    }

    JsonNode credit(JsonNode user) {
        return ok(service.get("/api/v1/credit?user_id=" + user.get("id").asLong() + "&course_id="
                + java.net.URLEncoder.encode(course, StandardCharsets.UTF_8)), 200).get("credit_requirement_status");
    }

    JsonNode notifications() {
        return ok(service.get("/api/v1/notifications?course_id="
                + java.net.URLEncoder.encode(course, StandardCharsets.UTF_8) + "&limit=1000"), 200)
                .get("notifications");
    }

    static JsonNode ok(RunningService.Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        return response.json();
    }

    /** Asserts a problem+json answer with the status and code. */
    static JsonNode problem(RunningService.Response response, int status, String code) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        JsonNode body = response.json();
        assertThat(body.get("code").asText()).isEqualTo(code);
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("type").asText()).isEqualTo("https://proctor-reviews.dev/problems/" + code);
        assertThat(body.get("title").asText()).isNotBlank();
        return body;
    }
}
