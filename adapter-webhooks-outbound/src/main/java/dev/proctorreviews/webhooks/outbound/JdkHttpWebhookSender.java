package dev.proctorreviews.webhooks.outbound;

import dev.proctorreviews.application.outbound.DeliveryOutcome;
import dev.proctorreviews.application.outbound.DeliveryOutcome.Delivered;
import dev.proctorreviews.application.outbound.DeliveryOutcome.FailedTry;
import dev.proctorreviews.application.outbound.OutgoingWebhook;
import dev.proctorreviews.application.outbound.TargetPolicy;
import dev.proctorreviews.application.outbound.TargetVerdict;
import dev.proctorreviews.application.outbound.WebhookSender;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link WebhookSender} on the JDK HTTP client: its own client (connect timeout, no redirects, HTTP/1.1,
 * its own small executor), so that receivers never share threads or connections with anything else. Each try
 * is a signed {@code POST}; a 2xx answer within the request timeout is a delivery, anything else a failed try
 * with a short error and the start of the answer's body. Every connection leaves through the
 * {@link CheckedEgressProxy}, which checks the target's addresses and connects to exactly those; the check made
 * here first only gives a precise error early for a target that is refused anyway. Logs name the webhook id
 * and the receiver's host, never a key or a signature.
 */
public final class JdkHttpWebhookSender implements WebhookSender, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(JdkHttpWebhookSender.class);
    /** Enough bytes for the excerpt's characters in any UTF-8 text. */
    private static final int EXCERPT_BYTES = 4 * DeliveryOutcome.EXCERPT_LIMIT;
    private static final int CLIENT_THREADS = 4;

    private final TargetPolicy policy;
    private final WebhookSenderSettings settings;
    private final CheckedEgressProxy proxy;
    private final ExecutorService executor;
    private final HttpClient client;

    public JdkHttpWebhookSender(TargetPolicy policy, WebhookSenderSettings settings) {
        this.policy = policy;
        this.settings = settings;
        try {
            this.proxy = new CheckedEgressProxy(policy, settings);
        } catch (IOException e) {
            throw new UncheckedIOException("could not open the webhook egress proxy on the loopback interface", e);
        }
        this.executor = Executors.newFixedThreadPool(Math.min(CLIENT_THREADS, settings.maxConcurrentTries()),
                DaemonThreads.named("webhook-sender-"));
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .proxy(ProxySelector.of(proxy.address()))
                .executor(executor)
                .build();
    }

    @Override
    public DeliveryOutcome send(OutgoingWebhook webhook) {
        DeliveryOutcome outcome = attempt(webhook);
        LOG.debug("Webhook {} to {}: {}", webhook.webhookId(), webhook.url().getHost(),
                outcome.fold(d -> "delivered " + d.status(), f -> "failed try: " + f.error()));
        return outcome;
    }

    private DeliveryOutcome attempt(OutgoingWebhook webhook) {
        URI url = webhook.url();
        if (url.getHost() == null) {
            return FailedTry.unanswered("url_not_allowed: the URL names no host");
        }
        TargetVerdict verdict = policy.checkHost(url.getHost());
        if (!(verdict instanceof TargetVerdict.Allowed)) {
            return FailedTry.unanswered("url_not_allowed: "
                    + verdict.fold(a -> "", TargetVerdict.Malformed::reason, TargetVerdict.NotAllowed::reason));
        }
        long timestamp = webhook.attemptTime().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(settings.requestTimeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", "proctor-reviews-webhooks")
                .header("webhook-id", webhook.webhookId())
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature",
                        StandardWebhooksSignature.header(webhook.webhookId(), timestamp, webhook.body(), webhook.keys()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(webhook.body()))
                .build();
        CompletableFuture<HttpResponse<byte[]>> answer =
                client.sendAsync(request, info -> new ExcerptSubscriber(EXCERPT_BYTES));
        try {
            // The client's own timeout ends at the response head; this one also bounds reading the excerpt.
            return outcomeOf(answer.get(settings.requestTimeout().toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            answer.cancel(true);
            return FailedTry.unanswered(timeoutText());
        } catch (ExecutionException e) {
            return FailedTry.unanswered(describe(e.getCause()));
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            return FailedTry.unanswered("interrupted: the sender is stopping");
        }
    }

    private static DeliveryOutcome outcomeOf(HttpResponse<byte[]> response) {
        int status = response.statusCode();
        String excerpt = DeliveryOutcome.excerptOf(new String(response.body(), StandardCharsets.UTF_8));
        String proxyStatus = response.headers().firstValue(CheckedEgressProxy.PROXY_STATUS).orElse("");
        if (proxyStatus.startsWith(CheckedEgressProxy.NAME)) {
            return FailedTry.unanswered(proxyDetails(proxyStatus));
        }
        if (status >= 200 && status <= 299) {
            return new Delivered(status, excerpt);
        }
        if (status >= 300 && status <= 399) {
            String location = response.headers().firstValue("Location").orElse("(no Location)");
            return new FailedTry(OptionalInt.of(status), "redirect to " + location + " not followed", excerpt);
        }
        return new FailedTry(OptionalInt.of(status), "HTTP " + status, excerpt);
    }

    private static String proxyDetails(String proxyStatus) {
        int start = proxyStatus.indexOf("details=\"");
        if (start < 0) {
            return "refused by the egress check: " + proxyStatus;
        }
        String quoted = proxyStatus.substring(start + "details=\"".length());
        return quoted.substring(0, Math.max(0, quoted.lastIndexOf('"'))).replace("\\\"", "\"").replace("\\\\", "\\");
    }

    private String describe(Throwable failure) {
        if (failure instanceof HttpConnectTimeoutException) {
            return "connect timeout after " + settings.connectTimeout().toMillis() + " ms";
        }
        if (failure instanceof HttpTimeoutException) {
            return timeoutText();
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SSLException) {
                return "TLS failure: " + cause.getMessage();
            }
        }
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return "no answer: " + message;
    }

    private String timeoutText() {
        return "timeout: no answer within " + settings.requestTimeout().toMillis() + " ms";
    }

    /** Stops the sender's threads and its egress proxy; tries still in flight fail. */
    @Override
    public void close() {
        try {
            proxy.close();
        } catch (IOException e) {
            LOG.warn("Closing the webhook egress proxy failed: {}", e.getMessage());
        }
        executor.shutdownNow();
    }
}
