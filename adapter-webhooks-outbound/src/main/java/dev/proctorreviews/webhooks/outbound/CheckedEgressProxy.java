package dev.proctorreviews.webhooks.outbound;

import dev.proctorreviews.application.outbound.TargetPolicy;
import dev.proctorreviews.application.outbound.TargetVerdict;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The only way out for webhook connections: a small forward proxy on the loopback interface that the sender's
 * HTTP client is told to use for every URL. It exists because the JDK client (on Java 17) resolves names itself
 * and offers no hook between that lookup and the connect, so a check made before sending could be undone by a
 * DNS answer that changes in between (rebinding). Here the name is resolved exactly once per connection, by the
 * {@link TargetPolicy}, every returned address is checked, and the socket is opened to one of those checked
 * addresses, never to a name. HTTPS goes through a {@code CONNECT} tunnel, so TLS (SNI, certificate and host
 * name checks) stays end to end between the client and the receiver; plain HTTP is forwarded one request per
 * connection with {@code Connection: close}. A refused target is answered by the proxy itself with a
 * {@code Proxy-Status} header (RFC 9209) naming the reason.
 */
final class CheckedEgressProxy implements Closeable {
    static final String PROXY_STATUS = "Proxy-Status";
    static final String NAME = "proctor-egress";

    private static final Logger LOG = LoggerFactory.getLogger(CheckedEgressProxy.class);
    private static final int MAX_HEAD_BYTES = 16 * 1024;
    private static final Set<String> HOP_BY_HOP =
            Set.of("connection", "proxy-connection", "keep-alive", "proxy-authorization", "te", "upgrade");

    private final TargetPolicy policy;
    private final int connectTimeoutMillis;
    private final int idleTimeoutMillis;
    private final ServerSocket server;
    private final ThreadPoolExecutor threads;

    CheckedEgressProxy(TargetPolicy policy, WebhookSenderSettings settings) throws IOException {
        this.policy = policy;
        this.connectTimeoutMillis = Math.toIntExact(settings.connectTimeout().toMillis());
        // Longer than the client's own request timeout, so that a slow receiver shows up there as a timeout.
        this.idleTimeoutMillis = Math.toIntExact(settings.requestTimeout().plus(Duration.ofSeconds(1)).toMillis());
        this.server = new ServerSocket(0, 64, InetAddress.getLoopbackAddress());
        // One thread accepts; each connection takes two (one per direction).
        this.threads = new ThreadPoolExecutor(1, 2 * settings.maxConcurrentTries() + 1, 30, TimeUnit.SECONDS,
                new SynchronousQueue<>(), DaemonThreads.named("webhook-egress-"));
        threads.execute(this::acceptConnections);
    }

    InetSocketAddress address() {
        return new InetSocketAddress(server.getInetAddress(), server.getLocalPort());
    }

    @Override
    public void close() throws IOException {
        server.close();
        threads.shutdownNow();
    }

    private void acceptConnections() {
        while (!server.isClosed()) {
            Socket client;
            try {
                client = server.accept();
            } catch (IOException e) {
                if (!server.isClosed()) {
                    LOG.warn("The webhook egress proxy could not accept a connection: {}", e.getMessage());
                }
                continue;
            }
            try {
                threads.execute(() -> serve(client));
            } catch (RejectedExecutionException e) {
                LOG.warn("The webhook egress proxy is at its connection limit; one try fails");
                closeQuietly(client);
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            forward(client);
        } catch (IOException | RuntimeException e) {
            LOG.debug("Webhook egress connection ended: {}", e.toString());
        }
    }

    private void forward(Socket client) throws IOException {
        client.setSoTimeout(idleTimeoutMillis);
        InputStream fromClient = new BufferedInputStream(client.getInputStream());
        String head = readHead(fromClient);
        String[] requestLine = head.substring(0, head.indexOf("\r\n")).split(" ");
        boolean tunnel = requestLine.length == 3 && requestLine[0].equalsIgnoreCase("CONNECT");
        Target target;
        Socket upstream;
        try {
            if (requestLine.length != 3) {
                throw new Refusal(400, "http_request_error", "not an HTTP request");
            }
            target = tunnel ? Target.ofAuthority(requestLine[1]) : Target.ofAbsoluteUrl(requestLine[1]);
            upstream = connect(target);
        } catch (Refusal refusal) {
            LOG.info("Webhook connection refused: {}", refusal.detail);
            refuse(client, refusal);
            return;
        }
        try (upstream) {
            upstream.setSoTimeout(idleTimeoutMillis);
            if (tunnel) {
                client.getOutputStream().write(
                        "HTTP/1.1 200 Connection Established\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            } else {
                upstream.getOutputStream().write(originForm(head, requestLine, target)
                        .getBytes(StandardCharsets.ISO_8859_1));
            }
            relay(fromClient, client, upstream, !tunnel);
        }
    }

    /** Resolves once, checks every address, and connects to a checked address: never to the name itself. */
    private Socket connect(Target target) throws Refusal {
        TargetVerdict verdict = policy.checkHost(target.host);
        if (!(verdict instanceof TargetVerdict.Allowed allowed)) {
            String reason = verdict.fold(a -> "", TargetVerdict.Malformed::reason, TargetVerdict.NotAllowed::reason);
            throw new Refusal(403, "destination_ip_prohibited", "url_not_allowed: " + reason);
        }
        IOException last = null;
        for (InetAddress address : allowed.addresses()) {
            Socket socket = new Socket();
            try {
                socket.connect(new InetSocketAddress(address, target.port), connectTimeoutMillis);
                return socket;
            } catch (IOException e) {
                closeQuietly(socket);
                last = e;
            }
        }
        String where = target.host + ":" + target.port;
        if (last instanceof SocketTimeoutException) {
            throw new Refusal(504, "connection_timeout", "connect timeout (" + where + ")");
        }
        if (last instanceof ConnectException) {
            throw new Refusal(502, "connection_refused", "connection refused (" + where + ")");
        }
        throw new Refusal(502, "destination_unavailable", "could not connect to " + where + ": " + last);
    }

    /**
     * Copies both ways until the receiver is done; then both sockets close. For plain HTTP the answer's head is
     * marked {@code Connection: close}, so that the client does not reuse a connection that ends here.
     */
    private void relay(InputStream fromClient, Socket client, Socket upstream, boolean oneRequest)
            throws IOException {
        try {
            threads.execute(() -> {
                try {
                    fromClient.transferTo(upstream.getOutputStream());
                    upstream.shutdownOutput();
                } catch (IOException e) {
                    closeQuietly(upstream);
                }
            });
        } catch (RejectedExecutionException e) {
            throw new IOException("the webhook egress proxy is at its thread limit", e);
        }
        InputStream fromUpstream = new BufferedInputStream(upstream.getInputStream());
        if (oneRequest) {
            client.getOutputStream().write(closing(readHead(fromUpstream)).getBytes(StandardCharsets.ISO_8859_1));
        }
        fromUpstream.transferTo(client.getOutputStream());
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b == -1 || head.size() >= MAX_HEAD_BYTES) {
                throw new IOException("incomplete request head");
            }
            head.write(b);
            matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    /** The client's absolute-form head rewritten for the origin server, asking it to close after answering. */
    private static String originForm(String head, String[] requestLine, Target target) {
        String firstLine = requestLine[0] + ' ' + target.originForm + ' ' + requestLine[2];
        return closing(firstLine + head.substring(head.indexOf("\r\n")));
    }

    /** A message head with its hop-by-hop headers replaced by {@code Connection: close}. */
    private static String closing(String head) {
        List<String> lines = List.of(head.split("\r\n"));
        StringBuilder out = new StringBuilder(lines.get(0)).append("\r\n");
        for (String line : lines.subList(1, lines.size())) {
            int colon = line.indexOf(':');
            if (colon > 0 && !HOP_BY_HOP.contains(line.substring(0, colon).trim().toLowerCase(Locale.ROOT))) {
                out.append(line).append("\r\n");
            }
        }
        return out.append("Connection: close\r\n\r\n").toString();
    }

    private static void refuse(Socket client, Refusal refusal) {
        String details = refusal.detail.replaceAll("[^\\x20-\\x7e]", "?").replace("\\", "\\\\").replace("\"", "\\\"");
        String answer = "HTTP/1.1 " + refusal.status + " " + reasonPhrase(refusal.status) + "\r\n"
                + PROXY_STATUS + ": " + NAME + "; error=" + refusal.errorType + "; details=\"" + details + "\"\r\n"
                + "Content-Length: 0\r\nConnection: close\r\n\r\n";
        try {
            client.getOutputStream().write(answer.getBytes(StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            LOG.debug("Could not tell the client about a refused webhook connection: {}", e.toString());
        }
    }

    private static String reasonPhrase(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 403 -> "Forbidden";
            case 504 -> "Gateway Timeout";
            default -> "Bad Gateway";
        };
    }

    private static void closeQuietly(Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException e) {
            LOG.debug("Closing a webhook egress socket failed: {}", e.toString());
        }
    }

    /** Where a client wants to go: host (a name or a literal, IPv6 in brackets), port and, for HTTP, the path. */
    private record Target(String host, int port, String originForm) {
        static Target ofAuthority(String authority) throws Refusal {
            int colon = authority.lastIndexOf(':');
            if (colon <= 0 || authority.endsWith("]")) {
                throw new Refusal(400, "http_request_error", "CONNECT needs host:port");
            }
            return new Target(authority.substring(0, colon), port(authority.substring(colon + 1)), "");
        }

        static Target ofAbsoluteUrl(String url) throws Refusal {
            URI uri;
            try {
                uri = new URI(url);
            } catch (java.net.URISyntaxException e) {
                throw new Refusal(400, "http_request_error", "not an absolute URL");
            }
            if (!"http".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
                throw new Refusal(400, "http_request_error", "only absolute http URLs are forwarded");
            }
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
            return new Target(uri.getHost(), uri.getPort() == -1 ? 80 : uri.getPort(), path + query);
        }

        private static int port(String text) throws Refusal {
            try {
                int port = Integer.parseInt(text);
                if (port >= 1 && port <= 65_535) {
                    return port;
                }
            } catch (NumberFormatException e) {
                // answered below
            }
            throw new Refusal(400, "http_request_error", "not a port: " + text);
        }
    }

    /** A connection the proxy answers itself instead of forwarding. */
    private static final class Refusal extends Exception {
        private static final long serialVersionUID = 1L;
        private final int status;
        private final String errorType;
        private final String detail;

        Refusal(int status, String errorType, String detail) {
            super(detail, null, false, false);
            this.status = status;
            this.errorType = errorType;
            this.detail = detail;
        }
    }
}
