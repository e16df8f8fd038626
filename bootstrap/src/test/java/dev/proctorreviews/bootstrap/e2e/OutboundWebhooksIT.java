package dev.proctorreviews.bootstrap.e2e;

import static dev.proctorreviews.bootstrap.e2e.Lms.ok;
import static dev.proctorreviews.bootstrap.e2e.Lms.problem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.standardwebhooks.Webhook;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Outbound webhooks through the assembled service on PostgreSQL, to a real receiver that checks every signature
 * with the Standard Webhooks reference library: the subscriptions API, deliveries in {@code seq} order with the
 * feed's events as bodies, retries until the schedule is used up, {@code recover}, key rotation, and two service
 * instances sharing the outbox. The inbound side is checked against the same library.
 */
class OutboundWebhooksIT {
    private static final Map<String, String> OUTBOUND = Map.of("PROCTOR_OUTBOUND_ALLOW_PRIVATE_NETWORKS", "true",
            "PROCTOR_OUTBOUND_RETRY_SCHEDULE", "200ms,300ms");
    private final List<AutoCloseable> open = new ArrayList<>();
    private final List<String> subscriptions = new ArrayList<>();
    private RunningService service;

    @AfterEach
    void close() throws Exception {
        for (String id : subscriptions) {
            service.api("DELETE", "/api/v1/subscriptions/" + id, null);
        }
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
    }

    @Test
    void aSubscriptionGetsEveryLaterEventSignedInSeqOrderAndShowsItsSecretOnlyOnce() throws Exception {
        service = open(RunningService.start(OUTBOUND));
        WebhookReceiver receiver = open(new WebhookReceiver());
        JsonNode created = subscribe(receiver, receiver.url(), null);
        assertThat(created.get("id").asText()).startsWith("sub_");
        assertThat(created.get("secret").asText()).startsWith("whsec_");
        assertThat(created.get("event_types").isNull()).isTrue();
        assertThat(created.get("enabled").asBoolean()).isTrue();
        String id = created.get("id").asText();
        assertThat(ok(service.get("/api/v1/subscriptions/" + id), 200).has("secret")).isFalse();
        assertThat(ok(service.get("/api/v1/subscriptions"), 200).toString()).contains(id)
                .doesNotContain(created.get("secret").asText());

        long before = Feed.lastSeq(service);
        Lms lms = new Lms(service);
        for (int i = 0; i < 3; i++) {
            ok(lms.psi(lms.attempt("psi"), "passed", null), 200);
        }
        List<JsonNode> events = Feed.after(service, before);
        assertThat(events).hasSize(6);
        await(() -> receiver.acceptedIds(path(receiver.url())).size() >= events.size(), Duration.ofSeconds(30));

        List<WebhookReceiver.Received> got = receiver.accepted();
        assertThat(got).allSatisfy(r -> assertThat(r.verified()).as("signature of " + r.webhookId()).isTrue());
        assertThat(got).extracting(WebhookReceiver.Received::seq).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(events.stream().map(e -> e.get("seq").asLong()).toList());
        for (JsonNode event : events) {
            WebhookReceiver.Received r = got.stream().filter(g -> g.webhookId().equals(event.get("id").asText()))
                    .findFirst().orElseThrow();
            assertThat(r.body().get("type")).isEqualTo(event.get("type"));
            assertThat(r.body().get("seq")).isEqualTo(event.get("seq"));
            assertThat(r.body().get("id")).isEqualTo(event.get("id"));
            assertThat(Instant.parse(r.body().get("timestamp").asText()))
                    .isEqualTo(Instant.parse(event.get("occurred_at").asText()));
            assertThat(r.body().get("data")).isEqualTo(event.get("data"));
            assertThat(r.headers().get("content-type").get(0)).startsWith("application/json");
        }
        JsonNode log = ok(service.get("/api/v1/subscriptions/" + id + "/deliveries"), 200).get("deliveries");
        assertThat(log).hasSize(6);
        assertThat(log.get(0).get("seq").asLong()).isGreaterThan(log.get(5).get("seq").asLong());
        assertThat(log).allSatisfy(d -> {
            assertThat(d.get("state").asText()).isEqualTo("delivered");
            assertThat(d.get("tries").asInt()).isEqualTo(1);
            assertThat(d.get("last_status").asInt()).isEqualTo(200);
        });
        assertThat(ok(service.get("/api/v1/subscriptions/" + id + "/deliveries?state=pending"), 200)
                .get("deliveries")).isEmpty();
        JsonNode page = ok(service.get("/api/v1/subscriptions/" + id + "/deliveries?limit=2&before="
                + log.get(1).get("id").asLong()), 200).get("deliveries");
        assertThat(page).extracting(d -> d.get("id").asLong()).containsExactly(log.get(2).get("id").asLong(),
                log.get(3).get("id").asLong());
    }

    @Test
    void theApiRefusesBadSubscriptionsNamingTheField() {
        service = open(RunningService.start(OUTBOUND));
        JsonNode unknownType = problem(service.api("POST", "/api/v1/subscriptions",
                "{\"url\": \"https://lms.example.org/hooks\", \"event_types\": [\"review_received\", \"exam_burnt\"]}"),
                400, "invalid_request");
        assertThat(unknownType.at("/errors/0/field").asText()).isEqualTo("event_types[1]");
        JsonNode badUrl = problem(service.api("POST", "/api/v1/subscriptions",
                "{\"url\": \"ftp://user@lms.example.org/hooks\"}"), 400, "invalid_request");
        assertThat(badUrl.at("/errors/0/field").asText()).isEqualTo("url");
        problem(service.api("POST", "/api/v1/subscriptions", "{\"url\": \"https://x.example/\", \"secret\": \"x\"}"),
                400, "invalid_request");
        problem(service.get("/api/v1/subscriptions/sub_nobody"), 404, "subscription_not_found");
        problem(service.api("PATCH", "/api/v1/subscriptions/sub_nobody", "{\"enabled\": true}"), 404,
                "subscription_not_found");
        problem(service.api("DELETE", "/api/v1/subscriptions/sub_nobody", null), 404, "subscription_not_found");
        problem(service.api("POST", "/api/v1/subscriptions/sub_nobody/rotate-secret", null), 404,
                "subscription_not_found");
        problem(service.get("/api/v1/subscriptions/sub_nobody/deliveries"), 404, "subscription_not_found");
        problem(service.api("POST", "/api/v1/subscriptions/sub_nobody/recover", "{\"since\": \"2026-01-01T00:00:00Z\"}"),
                404, "subscription_not_found");

        JsonNode created = ok(service.api("POST", "/api/v1/subscriptions", "{\"url\": \"http://127.0.0.1:9/h\","
                + " \"event_types\": [\"attempt_status_changed\"], \"description\": \"LMS credit sync\"}"), 201);
        String id = created.get("id").asText();
        subscriptions.add(id);
        assertThat(problem(service.get("/api/v1/subscriptions/" + id + "/deliveries?state=lost"), 400,
                "invalid_request").at("/errors/0/field").asText()).isEqualTo("state");
        assertThat(problem(service.api("POST", "/api/v1/subscriptions/" + id + "/recover", "{\"since\": \"soon\"}"),
                400, "invalid_request").at("/errors/0/field").asText()).isEqualTo("since");
        problem(service.api("POST", "/api/v1/subscriptions/" + id + "/deliveries/99999999/retry", null), 404,
                "delivery_not_found");
        JsonNode patched = ok(service.api("PATCH", "/api/v1/subscriptions/" + id,
                "{\"event_types\": null, \"description\": null, \"enabled\": false}"), 200);
        assertThat(patched.get("event_types").isNull()).isTrue();
        assertThat(patched.get("description").isNull()).isTrue();
        assertThat(patched.get("enabled").asBoolean()).isFalse();
        assertThat(patched.get("disabled_reason").isNull()).isTrue();
        assertThat(patched.has("secret")).isFalse();
    }

    @Test
    void aReceiverDownForTheWholeScheduleFailsItsDeliveriesAndRecoverSendsThemAgain() throws Exception {
        service = open(RunningService.start(OUTBOUND));
        WebhookReceiver receiver = open(new WebhookReceiver());
        String id = subscribe(receiver, receiver.url(), "[\"attempt_status_changed\"]").get("id").asText();
        Instant since = Instant.now().minusSeconds(1);
        Lms lms = new Lms(service);

        receiver.failWith500 = true;
        ok(lms.psi(lms.attempt("psi"), "passed", null), 200);
        await(() -> deliveries(id, "failed").size() == 1, Duration.ofSeconds(30));
        JsonNode answered500 = deliveries(id, "failed").get(0);
        assertThat(answered500.get("tries").asInt()).isEqualTo(3);
        assertThat(answered500.get("last_status").asInt()).isEqualTo(500);
        assertThat(answered500.get("last_response_excerpt").asText()).isEqualTo("receiver broke");
        assertThat(answered500.get("next_try_at").isNull()).isTrue();

        receiver.stop();
        ok(lms.psi(lms.attempt("psi"), "violation", null), 200);
        await(() -> deliveries(id, "failed").size() == 2, Duration.ofSeconds(30));
        JsonNode refused = deliveries(id, "failed").get(0);
        assertThat(refused.get("last_status").isNull()).isTrue();
        assertThat(refused.get("last_error").asText()).isNotBlank();
        assertThat(receiver.accepted()).isEmpty();

        receiver.restart();
        receiver.failWith500 = false;
        JsonNode recovered = ok(service.api("POST", "/api/v1/subscriptions/" + id + "/recover",
                "{\"since\": \"" + since + "\"}"), 202);
        assertThat(recovered.get("requeued").asInt()).isEqualTo(2);
        await(() -> receiver.accepted().size() == 2, Duration.ofSeconds(30));
        assertThat(receiver.accepted()).allSatisfy(r -> assertThat(r.verified()).isTrue());
        await(() -> deliveries(id, "delivered").size() == 2, Duration.ofSeconds(10));

        JsonNode retried = ok(service.api("POST", "/api/v1/subscriptions/" + id + "/deliveries/"
                + refused.get("id").asLong() + "/retry", null), 202);
        assertThat(retried.get("state").asText()).isEqualTo("pending");
        assertThat(retried.get("tries").asInt()).isZero();
        await(() -> receiver.accepted().size() == 3, Duration.ofSeconds(30));

        String metrics = service.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(service.base + "/metrics")).build()).body();
        assertThat(metrics).contains("proctor_outbound_deliveries_total{outcome=\"failed\"}",
                "proctor_outbound_deliveries_total{outcome=\"failed_try\"}",
                "proctor_outbound_deliveries_total{outcome=\"delivered\"}", "proctor_outbound_pending",
                "proctor_outbound_lag_seconds");
    }

    @Test
    void afterARotationEveryDeliveryIsSignedWithTheNewKeyAndTheOld() throws Exception {
        service = open(RunningService.start(OUTBOUND));
        WebhookReceiver receiver = open(new WebhookReceiver());
        JsonNode created = subscribe(receiver, receiver.url(), "[\"attempt_status_changed\"]");
        String id = created.get("id").asText();
        String old = created.get("secret").asText();
        JsonNode rotated = ok(service.api("POST", "/api/v1/subscriptions/" + id + "/rotate-secret", null), 200);
        String fresh = rotated.get("secret").asText();
        assertThat(fresh).startsWith("whsec_").isNotEqualTo(old);
        assertThat(ok(service.get("/api/v1/subscriptions/" + id), 200).toString()).doesNotContain(fresh);

        Lms lms = new Lms(service);
        ok(lms.psi(lms.attempt("psi"), "passed", null), 200);
        await(() -> receiver.accepted().size() == 1, Duration.ofSeconds(30));

        WebhookReceiver.Received got = receiver.accepted().get(0);
        assertThat(got.signature().split(" ")).hasSize(2).allSatisfy(s -> assertThat(s).startsWith("v1,"));
        assertThat(WebhookReceiver.verifiesWith(got, fresh)).isTrue();
        assertThat(WebhookReceiver.verifiesWith(got, old)).isTrue();
        assertThat(WebhookReceiver.verifiesWith(got, "whsec_" + java.util.Base64.getEncoder()
                .encodeToString(new byte[32]))).isFalse();
    }

    @Test
    void twoInstancesOnOneDatabaseDeliverEveryEventAndNeverOneDeliveryTwiceAtOnce() throws Exception {
        service = open(RunningService.start(OUTBOUND));
        RunningService other = open(RunningService.start(OUTBOUND));
        WebhookReceiver receiver = open(new WebhookReceiver());
        receiver.delayMillis = 5;
        List<String> paths = List.of("/a", "/b", "/c", "/d");
        for (String path : paths) {
            subscribe(receiver, receiver.url(path), null);
        }
        long before = Feed.lastSeq(service);
        Lms one = new Lms(service);
        Lms two = new Lms(other);
        for (int i = 0; i < 8; i++) {
            ok((i % 2 == 0 ? one : two).psi((i % 2 == 0 ? one : two).attempt("psi"), "passed", null), 200);
        }
        Set<String> events = Feed.after(service, before).stream().map(e -> e.get("id").asText())
                .collect(Collectors.toSet());
        assertThat(events).hasSize(16);
        await(() -> paths.stream().allMatch(p -> receiver.acceptedIds(p).containsAll(events)), Duration.ofSeconds(60));

        assertThat(receiver.overlaps()).as("deliveries sent twice at once").isZero();
        assertThat(receiver.accepted()).hasSize(16 * paths.size()).allSatisfy(r -> assertThat(r.verified()).isTrue());
    }

    @Test
    void withoutPrivateNetworksALoopbackOrPrivateTargetIsRefused() {
        service = open(RunningService.start(Map.of()));
        for (String url : List.of("http://127.0.0.1:8080/hooks", "https://10.1.2.3/hooks", "http://[::1]/hooks",
                "http://169.254.169.254/latest/meta-data", "http://localhost/hooks")) {
            JsonNode refused = problem(service.api("POST", "/api/v1/subscriptions", "{\"url\": \"" + url + "\"}"),
                    400, "url_not_allowed");
            assertThat(refused.at("/errors/0/field").asText()).isEqualTo("url");
        }
        assertThat(ok(service.get("/api/v1/subscriptions"), 200).toString()).doesNotContain("127.0.0.1:8080");
    }

    @Test
    void inboundCallbacksSignedByTheReferenceLibraryAreAcceptedAndItsVerifierAcceptsOurSigner() throws Exception {
        service = open(RunningService.start(Map.of()));
        Lms lms = new Lms(service);
        JsonNode attempt = lms.attempt("psi");
        String body = Lms.psiBody("passed", null);
        String path = Lms.psiPath(attempt.get("external_id").asText());
        String msgId = "msg_" + UUID.randomUUID();
        long now = Instant.now().getEpochSecond();
        String signature = new Webhook(RunningService.PSI.secret()).sign(msgId, now, body);
        Map<String, String> headers = Map.of("webhook-id", msgId, "webhook-timestamp", Long.toString(now),
                "webhook-signature", signature, "Content-Type", "application/json");
        ok(service.callback(path, body, null, headers), 200);

        String otherKey = "whsec_" + java.util.Base64.getEncoder().encodeToString(new byte[32]);
        String forged = new Webhook(otherKey).sign("msg_" + UUID.randomUUID(), now, body);
        problem(service.callback(path, body, null, Map.of("webhook-id", "msg_" + UUID.randomUUID(),
                "webhook-timestamp", Long.toString(now), "webhook-signature", forged,
                "Content-Type", "application/json")), 401, "signature_invalid");

        Map<String, String> ours = RunningService.PSI.sign(body.getBytes(StandardCharsets.UTF_8));
        Map<String, List<String>> asHeaders = ours.entrySet().stream().collect(Collectors.toMap(
                e -> e.getKey().toLowerCase(java.util.Locale.ROOT), e -> List.of(e.getValue())));
        new Webhook(RunningService.PSI.secret()).verify(body, asHeaders);
    }

    private JsonNode subscribe(WebhookReceiver receiver, String url, String types) {
        JsonNode created = ok(service.api("POST", "/api/v1/subscriptions", "{\"url\": \"" + url + "\""
                + (types == null ? "" : ", \"event_types\": " + types) + "}"), 201);
        subscriptions.add(created.get("id").asText());
        receiver.trust(created.get("secret").asText());
        return created;
    }

    private List<JsonNode> deliveries(String id, String state) {
        List<JsonNode> list = new ArrayList<>();
        ok(service.get("/api/v1/subscriptions/" + id + "/deliveries?state=" + state), 200).get("deliveries")
                .forEach(list::add);
        return list;
    }

    private static String path(String url) {
        return java.net.URI.create(url).getPath();
    }

    private <T extends AutoCloseable> T open(T closeable) {
        open.add(closeable);
        return closeable;
    }

    private static void await(BooleanSupplier condition, Duration within) throws InterruptedException {
        long end = System.nanoTime() + within.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition within " + within).isLessThan(end);
            Thread.sleep(50);
        }
    }
}
