package dev.proctorreviews.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * A real webhook receiver on 127.0.0.1 (the JDK's HTTP server). Every request is recorded in arrival order and its
 * signature checked with the Standard Webhooks reference library against the secrets it was told, independently
 * of the service's code. It answers 200, or 500 while {@link #failWith500} is set, takes {@code delayMillis} per
 * request, refuses connections while {@link #stop stopped}, and counts a webhook id that arrives on a path while
 * the same id is still being answered there (one delivery sent twice at once).
 */
final class WebhookReceiver implements AutoCloseable {
    record Received(String path, String webhookId, String raw, JsonNode body, Map<String, List<String>> headers,
                    boolean verified, int answered) {
        String signature() {
            return headers.getOrDefault("webhook-signature", List.of("")).get(0);
        }

        long seq() {
            return body.path("seq").asLong();
        }
    }

    private final int port;
    private final ExecutorService threads = Executors.newFixedThreadPool(16);
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final List<Webhook> verifiers = new CopyOnWriteArrayList<>();
    private final Set<String> answering = ConcurrentHashMap.newKeySet();
    private final AtomicInteger overlaps = new AtomicInteger();
    volatile boolean failWith500;
    volatile int delayMillis;
    private HttpServer server;

    WebhookReceiver() {
        this.server = bind(0);
        this.port = server.getAddress().getPort();
    }

    String url() {
        return url("/hooks/proctoring");
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** Verifies each request against this secret too (a subscription's {@code whsec_…}). */
    void trust(String secret) {
        verifiers.add(new Webhook(secret));
    }

    /** Stops listening: connections are refused until {@link #restart}. */
    synchronized void stop() {
        server.stop(0);
    }

    synchronized void restart() {
        server = bind(port);
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    /** The requests answered 200, in arrival order. */
    List<Received> accepted() {
        return received.stream().filter(r -> r.answered() == 200).toList();
    }

    Set<String> acceptedIds(String path) {
        return accepted().stream().filter(r -> r.path().equals(path)).map(Received::webhookId)
                .collect(Collectors.toSet());
    }

    int overlaps() {
        return overlaps.get();
    }

    private HttpServer bind(int at) {
        try {
            HttpServer bound = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), at), 64);
            bound.setExecutor(threads);
            bound.createContext("/", this::handle);
            bound.start();
            return bound;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String id = exchange.getRequestHeaders().getFirst("webhook-id");
        String key = exchange.getRequestURI().getPath() + " " + id;
        if (!answering.add(key)) {
            overlaps.incrementAndGet();
        }
        try {
            if (delayMillis > 0) {
                Thread.sleep(delayMillis);
            }
            boolean failing = failWith500;
            JsonNode json = RunningService.JSON.readTree(body);
            received.add(new Received(exchange.getRequestURI().getPath(), id, body, json,
                    lowerCase(exchange), verifies(exchange, body), failing ? 500 : 200));
            answer(exchange, failing ? 500 : 200, failing ? "receiver broke" : "thanks");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            answering.remove(key);
        }
    }

    /** The headers with lower-case names, as the reference library's verifier looks them up. */
    private static Map<String, List<String>> lowerCase(HttpExchange exchange) {
        Map<String, List<String>> headers = new java.util.HashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(java.util.Locale.ROOT),
                List.copyOf(values)));
        return Map.copyOf(headers);
    }

    /** Whether the reference library accepts this request's signature with {@code secret} alone. */
    static boolean verifiesWith(Received request, String secret) {
        try {
            new Webhook(secret).verify(request.raw(), request.headers());
            return true;
        } catch (WebhookVerificationException e) {
            return false;
        }
    }

    private boolean verifies(HttpExchange exchange, String body) {
        for (Webhook verifier : verifiers) {
            try {
                verifier.verify(body, exchange.getRequestHeaders());
                return true;
            } catch (WebhookVerificationException e) {
                // try the next secret
            }
        }
        return false;
    }

    private static void answer(HttpExchange exchange, int status, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public synchronized void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
