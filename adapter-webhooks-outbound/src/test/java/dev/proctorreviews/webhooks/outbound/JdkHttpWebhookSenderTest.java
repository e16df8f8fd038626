package dev.proctorreviews.webhooks.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.standardwebhooks.Webhook;
import dev.proctorreviews.application.outbound.DeliveryOutcome;
import dev.proctorreviews.application.outbound.DeliveryOutcome.Delivered;
import dev.proctorreviews.application.outbound.DeliveryOutcome.FailedTry;
import dev.proctorreviews.application.outbound.HostResolver;
import dev.proctorreviews.application.outbound.OutgoingWebhook;
import dev.proctorreviews.application.outbound.SigningKey;
import dev.proctorreviews.application.outbound.TargetPolicy;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JdkHttpWebhookSenderTest {
    private static final String NEW_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String OLD_SECRET = "whsec_c2VjcmV0LWtleS1iZWZvcmUtdGhlLXJvdGF0aW9u";
    private static final WebhookSenderSettings QUICK =
            new WebhookSenderSettings(Duration.ofSeconds(2), Duration.ofSeconds(3), 4);
    private static final String BODY = "{\"type\":\"review_received\",\"seq\":12,\"id\":\"evt_1\",\"data\":{\"é\":1}}";

    private final Receiver receiver;
    private JdkHttpWebhookSender sender;

    JdkHttpWebhookSenderTest() throws IOException {
        receiver = new Receiver(NEW_SECRET);
    }

    @AfterEach
    void stop() {
        receiver.close();
        if (sender != null) {
            sender.close();
        }
    }

    private JdkHttpWebhookSender sender(boolean privateNetworksAllowed, HostResolver resolver) {
        sender = new JdkHttpWebhookSender(new TargetPolicy(privateNetworksAllowed, resolver), QUICK);
        return sender;
    }

    private JdkHttpWebhookSender lenientSender() {
        return sender(true, HostResolver.system());
    }

    private static OutgoingWebhook webhook(String url, String... secrets) {
        List<SigningKey> keys = java.util.Arrays.stream(secrets.length == 0 ? new String[] {NEW_SECRET} : secrets)
                .map(SigningKey::parse).toList();
        return new OutgoingWebhook(URI.create(url), "evt_1", Instant.now(), BODY.getBytes(StandardCharsets.UTF_8),
                keys);
    }

    @Test
    void aTwoHundredAnswerIsADeliveryWhoseSignatureTheReferenceLibraryAccepts() {
        Instant attempt = Instant.now();
        OutgoingWebhook webhook = new OutgoingWebhook(URI.create(receiver.url("/ok")), "evt_1", attempt,
                BODY.getBytes(StandardCharsets.UTF_8), List.of(SigningKey.parse(NEW_SECRET)));

        DeliveryOutcome outcome = lenientSender().send(webhook);

        assertThat(outcome).isEqualTo(new Delivered(200, "thanks"));
        assertThat(receiver.received()).hasSize(1);
        Receiver.Received got = receiver.received().get(0);
        assertThat(got.signatureValid()).isTrue();
        assertThat(got.body()).isEqualTo(BODY);
        assertThat(got.header("content-type")).isEqualTo("application/json");
        assertThat(got.header("webhook-id")).isEqualTo("evt_1");
        assertThat(got.header("webhook-timestamp")).isEqualTo(Long.toString(attempt.getEpochSecond()));
        assertThat(got.header("webhook-signature")).matches("v1,[A-Za-z0-9+/]{43}=");
    }

    @Test
    void aSignatureMadeWithAnotherKeyIsRejectedByTheReceiver() {
        lenientSender().send(webhook(receiver.url("/ok"), OLD_SECRET));
        assertThat(receiver.received()).singleElement().extracting(Receiver.Received::signatureValid).isEqualTo(false);
    }

    @Test
    void afterARotationBothSignaturesAreSentNewFirstAndEachVerifiesOnItsOwn() throws Exception {
        lenientSender().send(webhook(receiver.url("/ok"), NEW_SECRET, OLD_SECRET));

        Receiver.Received got = receiver.received().get(0);
        String[] signatures = got.header("webhook-signature").split(" ");
        assertThat(signatures).hasSize(2);
        for (int i = 0; i < 2; i++) {
            Map<String, List<String>> onlyThisOne = Map.of("webhook-id", List.of(got.header("webhook-id")),
                    "webhook-timestamp", List.of(got.header("webhook-timestamp")),
                    "webhook-signature", List.of(signatures[i]));
            new Webhook(i == 0 ? NEW_SECRET : OLD_SECRET).verify(got.body(), onlyThisOne);
        }
        Map<String, List<String>> swapped = Map.of("webhook-id", List.of(got.header("webhook-id")),
                "webhook-timestamp", List.of(got.header("webhook-timestamp")),
                "webhook-signature", List.of(signatures[1]));
        assertThatThrownBy(() -> new Webhook(NEW_SECRET).verify(got.body(), swapped))
                .hasMessageContaining("No matching signature");
    }

    @Test
    void aFiveHundredIsAFailedTryWithTheStatusAndTheStartOfTheBody() {
        DeliveryOutcome outcome = lenientSender().send(webhook(receiver.url("/fail")));
        assertThat(outcome).isEqualTo(new FailedTry(OptionalInt.of(500), "HTTP 500", "boom: the receiver broke"));
    }

    @Test
    void onlyTheFirstThousandCharactersOfAnAnswerAreKept() {
        DeliveryOutcome outcome = lenientSender().send(webhook(receiver.url("/big")));
        assertThat(outcome).isInstanceOf(Delivered.class);
        assertThat(outcome.responseExcerpt()).hasSize(1_000);
    }

    @Test
    void aReceiverSlowerThanTheTimeoutIsAFailedTryWithoutStatus() {
        DeliveryOutcome outcome = lenientSender().send(webhook(receiver.url("/slow")));
        assertThat(outcome).isInstanceOf(FailedTry.class);
        assertThat(((FailedTry) outcome).status()).isEmpty();
        assertThat(((FailedTry) outcome).error()).startsWith("timeout");
    }

    @Test
    void aRefusedConnectionIsAFailedTry() throws IOException {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = probe.getLocalPort();
        }
        DeliveryOutcome outcome = lenientSender().send(webhook("http://127.0.0.1:" + closedPort + "/ok"));
        assertThat(outcome).isEqualTo(FailedTry.unanswered("connection refused (127.0.0.1:" + closedPort + ")"));
    }

    @Test
    void aRedirectIsNotFollowed() {
        DeliveryOutcome outcome = lenientSender().send(webhook(receiver.url("/redirect")));
        assertThat(outcome).isEqualTo(new FailedTry(OptionalInt.of(302), "redirect to /ok not followed", ""));
        assertThat(receiver.received()).extracting(Receiver.Received::path).containsExactly("/redirect");
    }

    /** A server that answers a TLS handshake with plain text: the HTTPS try goes through the tunnel and fails. */
    @Test
    void aTlsFailureIsAFailedTry() throws Exception {
        try (ServerSocket plain = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread answerInPlainText = new Thread(() -> {
                try (java.net.Socket socket = plain.accept()) {
                    socket.getOutputStream().write("HTTP/1.1 400 not TLS\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                } catch (IOException e) {
                    // the test's assertion reports what the sender saw
                }
            });
            answerInPlainText.start();
            DeliveryOutcome outcome = lenientSender().send(webhook("https://127.0.0.1:" + plain.getLocalPort() + "/ok"));
            answerInPlainText.join(5_000);
            assertThat(outcome).isInstanceOf(FailedTry.class);
            assertThat(((FailedTry) outcome).error()).startsWith("TLS failure");
        }
    }

    @Test
    void aLoopbackReceiverIsRefusedUnlessPrivateNetworksAreAllowed() {
        DeliveryOutcome refused = sender(false, HostResolver.system()).send(webhook(receiver.url("/ok")));
        assertThat(refused).isInstanceOf(FailedTry.class);
        assertThat(((FailedTry) refused).error()).startsWith("url_not_allowed: 127.0.0.1, a loopback address");
        assertThat(receiver.received()).isEmpty();

        sender.close();
        assertThat(lenientSender().send(webhook(receiver.url("/ok")))).isInstanceOf(Delivered.class);
    }

    @Test
    void aNameThatResolvesToAPrivateAddressIsRefused() {
        HostResolver resolver = host -> List.of(InetAddress.getByAddress(host, new byte[] {127, 0, 0, 1}));
        DeliveryOutcome outcome = sender(false, resolver)
                .send(webhook("http://hooks.example.org:" + receiver.port() + "/ok"));
        assertThat(((FailedTry) outcome).error())
                .isEqualTo("url_not_allowed: hooks.example.org resolves to 127.0.0.1, a loopback address"
                        + " (set PROCTOR_OUTBOUND_ALLOW_PRIVATE_NETWORKS=true to allow it)");
        assertThat(receiver.received()).isEmpty();
    }

    /** The first lookup (the early check) says public, the next one (the connection's) says loopback. */
    @Test
    void aDnsRebindingBetweenTheCheckAndTheConnectionDoesNotGetThrough() {
        Deque<byte[]> answers = new ArrayDeque<>(List.of(new byte[] {93, (byte) 184, (byte) 215, 14},
                new byte[] {127, 0, 0, 1}));
        HostResolver rebinding = host -> List.of(InetAddress.getByAddress(host,
                answers.size() > 1 ? answers.poll() : answers.peek()));

        DeliveryOutcome outcome = sender(false, rebinding)
                .send(webhook("http://rebind.example.org:" + receiver.port() + "/ok"));

        assertThat(outcome).isInstanceOf(FailedTry.class);
        assertThat(((FailedTry) outcome).error()).contains("rebind.example.org resolves to 127.0.0.1");
        assertThat(((FailedTry) outcome).status()).isEmpty();
        assertThat(answers).hasSize(1);
        assertThat(receiver.received()).isEmpty();
    }

    /** A name only the policy's resolver knows: delivering to it proves the socket goes to the checked address. */
    @Test
    void theConnectionGoesToTheAddressTheCheckResolvedNotToAFreshLookup() {
        HostResolver onlyHere = host -> {
            if (!host.equals("receiver.invalid")) {
                throw new UnknownHostException(host);
            }
            return List.of(InetAddress.getByAddress(host, new byte[] {127, 0, 0, 1}));
        };
        DeliveryOutcome outcome = sender(true, onlyHere)
                .send(webhook("http://receiver.invalid:" + receiver.port() + "/ok"));

        assertThat(outcome).isEqualTo(new Delivered(200, "thanks"));
        assertThat(receiver.received().get(0).header("host")).isEqualTo("receiver.invalid:" + receiver.port());
        assertThat(receiver.received().get(0).signatureValid()).isTrue();
    }

    @Test
    void aNameThatDoesNotResolveIsAFailedTry() {
        HostResolver nothing = host -> {
            throw new UnknownHostException(host);
        };
        DeliveryOutcome outcome = sender(true, nothing).send(webhook("https://gone.invalid/hooks"));
        assertThat(outcome).isEqualTo(FailedTry.unanswered("url_not_allowed: gone.invalid does not resolve"));
    }

    @Test
    void aBodyThatIsNotUtf8IsRefusedBeforeSigning() {
        assertThatThrownBy(() -> StandardWebhooksSignature.header("evt_1", 1L, new byte[] {(byte) 0xc3, 0x28},
                List.of(SigningKey.parse(NEW_SECRET)))).isInstanceOf(IllegalArgumentException.class);
    }
}
