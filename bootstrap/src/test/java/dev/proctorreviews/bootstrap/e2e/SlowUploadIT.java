package dev.proctorreviews.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * More clients than there are admission places upload their callbacks slowly. They hold no place while their
 * bodies arrive, so every other callback and API call is answered as usual; once they stall they are cut with a
 * 408 problem+json after a bounded time.
 */
class SlowUploadIT {
    private static final int SLOW_CLIENTS = 72;

    @Test
    void slowUploadsShutNobodyOutAndStalledOnesAreCutWith408() throws Exception {
        try (RunningService service = RunningService.start()) {
            Lms lms = new Lms(service);
            JsonNode exam = lms.exam("psi", false);
            List<Socket> slow = new ArrayList<>();
            for (int i = 0; i < SLOW_CLIENTS; i++) {
                Socket socket = new Socket("127.0.0.1", service.service.port());
                socket.setSoTimeout(60_000);
                socket.getOutputStream().write(("POST " + Lms.psiPath("slow-" + i) + " HTTP/1.1\r\nHost: 127.0.0.1"
                        + "\r\nContent-Type: application/json\r\nContent-Length: 900000\r\n\r\n{\"a\": \"")
                        .getBytes(StandardCharsets.US_ASCII));
                slow.add(socket);
            }
            AtomicBoolean sending = new AtomicBoolean(true);
            Thread dribbler = new Thread(() -> dribble(slow, sending), "dribbler");
            dribbler.start();

            Map<Integer, Integer> others = new TreeMap<>();
            for (int i = 0; i < 20; i++) {
                JsonNode attempt = lms.attempt(exam, lms.user("learner", false));
                others.merge(201, 1, Integer::sum);
                others.merge(lms.psi(attempt, "passed", null).status(), 1, Integer::sum);
                others.merge(service.get("/api/v1/attempts/" + attempt.get("id").asLong()).status(), 1, Integer::sum);
            }
            sending.set(false);
            dribbler.join();

            Map<String, Integer> cut = new TreeMap<>();
            for (Socket socket : slow) {
                cut.merge(answer(socket), 1, Integer::sum);
                socket.close();
            }
            System.out.printf("slow uploads: %d slow clients; other clients' answers during the attack %s;"
                    + " slow clients' answers once stalled %s%n", SLOW_CLIENTS, others, cut);
            assertThat(others.keySet()).as("others' answers").allMatch(status -> status / 100 == 2);
            assertThat(cut).containsOnlyKeys("408 application/problem+json request_timeout");
        }
    }

    /** Some bytes to every slow client every 100 ms, about 2.5 KiB/s each, above the minimum data rate. */
    private static void dribble(List<Socket> slow, AtomicBoolean sending) {
        byte[] bytes = new byte[256];
        Arrays.fill(bytes, (byte) 'x');
        while (sending.get()) {
            for (Socket socket : slow) {
                try {
                    socket.getOutputStream().write(bytes);
                } catch (IOException e) {
                    // cut already; its answer is checked afterwards
                }
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Status, content type and problem code of the answer on a raw connection. */
    private static String answer(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        byte[] buffer = new byte[4096];
        StringBuilder text = new StringBuilder();
        int n;
        while (!text.toString().contains("\"code\"") && (n = in.read(buffer)) != -1) {
            text.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
        }
        String all = text.toString();
        String status = all.isEmpty() ? "closed" : all.substring(9, 12);
        String type = all.contains("application/problem+json") ? "application/problem+json" : "other";
        String code = all.replaceAll("(?s).*\"code\":\"([a-z_]+)\".*", "$1");
        return status + " " + type + " " + (code.length() < 40 ? code : "-");
    }
}
