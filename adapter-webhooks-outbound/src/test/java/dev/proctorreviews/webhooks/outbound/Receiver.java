package dev.proctorreviews.webhooks.outbound;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookVerificationException;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A real webhook receiver on 127.0.0.1 (the JDK's HTTP server) that records every request and checks each
 * signature with the Standard Webhooks reference library, independently of the sender's own code. Paths choose
 * the behaviour: {@code /ok}, {@code /fail} (500), {@code /slow} (answers after 5 s), {@code /redirect} (302 to
 * {@code /ok}), {@code /big} (a 5,000-character body).
 */
final class Receiver implements AutoCloseable {
    record Received(String path, Map<String, List<String>> headers, String body, boolean signatureValid) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(8);
    private final Webhook verifier;
    private final ConcurrentLinkedQueue<Received> received = new ConcurrentLinkedQueue<>();

    Receiver(String secret) throws IOException {
        this.verifier = new Webhook(secret);
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String path = exchange.getRequestURI().getPath();
        received.add(new Received(path, Map.copyOf(exchange.getRequestHeaders()), body, verifies(exchange, body)));
        switch (path) {
            case "/fail" -> answer(exchange, 500, "boom: the receiver broke");
            case "/slow" -> {
                sleep(5_000);
                answer(exchange, 200, "late");
            }
            case "/redirect" -> {
                exchange.getResponseHeaders().add("Location", "/ok");
                answer(exchange, 302, "");
            }
            case "/big" -> answer(exchange, 200, "b".repeat(5_000));
            default -> answer(exchange, 200, "thanks");
        }
    }

    private boolean verifies(HttpExchange exchange, String body) {
        try {
            verifier.verify(body, exchange.getRequestHeaders());
            return true;
        } catch (WebhookVerificationException e) {
            return false;
        }
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
