package dev.proctorreviews.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.proctorreviews.bootstrap.Main;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The vendor simulator as a user runs it (a child JVM, {@code Main} with arguments) against a service started
 * with no vendor keys configured: the keys the service generated in its data directory sign what the simulator
 * sends, and the reviews are applied.
 */
class SimulatorIT {
    @TempDir
    static Path dataDir;
    static RunningService service;
    static Lms lms;

    @BeforeAll
    static void startWithoutVendorKeys() {
        service = RunningService.start(Map.of("PROCTOR_VENDOR_SOFTWARE_SECURE_SECRETS", "",
                "PROCTOR_VENDOR_PSI_SECRETS", "", "PROCTOR_DATA_DIR", dataDir.toString()));
        lms = new Lms(service);
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void simulateSoftwareSecureByAttemptCodeIsApplied() throws Exception {
        JsonNode attempt = lms.attempt("software_secure");

        Run run = cli("simulate", "--vendor", "software_secure", "--attempt", attempt.get("attempt_code").asText(),
                "--status", "suspicious", "--base-url", service.base, "--token", RunningService.TOKEN,
                "--data-dir", dataDir.toString());

        assertThat(run.exit).as(run.output).isZero();
        assertThat(run.output).contains("HTTP 200", "\"applied\":true", "\"review_status\":\"Suspicious\"",
                "\"attempt_status\":\"second_review_required\"");
        assertThat(lms.review(attempt).get("comments")).hasSize(6);
    }

    @Test
    void simulatePsiByExternalIdIsApplied() throws Exception {
        JsonNode attempt = lms.attempt("psi");

        Run run = cli("simulate", "--vendor", "psi", "--attempt", attempt.get("external_id").asText().toUpperCase(),
                "--base-url", service.base, "--data-dir", dataDir.toString());

        assertThat(run.exit).as(run.output).isZero();
        assertThat(run.output).contains("HTTP 200", "\"applied\":true", "\"attempt_status\":\"verified\"");
    }

    @Test
    void aRefusedCallbackIsPrintedAndFailsTheCommand() throws Exception {
        Run run = cli("simulate", "--vendor", "psi", "--attempt", "nobody", "--base-url", service.base,
                "--data-dir", dataDir.toString());

        assertThat(run.exit).isEqualTo(1);
        assertThat(run.output).contains("HTTP 404", "attempt_not_found");
    }

    @Test
    void signSendsAPayloadFileSignedWithTheGeneratedKey(@TempDir Path dir) throws Exception {
        JsonNode attempt = lms.attempt("psi");
        Path payload = Files.writeString(dir.resolve("review.json"), Lms.fixture("psi-review.json"));
        String url = service.base + "/callbacks/psi/attempts/" + attempt.get("external_id").asText() + "/reviewed";

        Run printed = cli("sign", "--url", url, "--data-dir", dataDir.toString(), payload.toString());
        Run sent = cli("sign", "--send", "--url", url, "--data-dir", dataDir.toString(), payload.toString());

        assertThat(printed.exit).isZero();
        assertThat(printed.output).contains("webhook-signature: v1,", "curl -sS -X POST '" + url + "'");
        assertThat(sent.exit).as(sent.output).isZero();
        assertThat(sent.output).contains("HTTP 200", "\"applied\":true");
    }

    @Test
    void everyCommandExplainsItself() throws Exception {
        Run root = cli("--help");
        Run simulate = cli("simulate", "--help");
        Run sign = cli("sign", "--help");

        assertThat(List.of(root.exit, simulate.exit, sign.exit)).containsOnly(0);
        assertThat(root.output).contains("Usage: proctor-reviews", "simulate", "sign");
        assertThat(simulate.output).contains("--vendor", "--attempt", "--status", "--base-url", "--secret",
                "default: http://localhost:7070");
        assertThat(sign.output).contains("FILE", "--url", "--send", "--secret");
    }

    @Test
    void aMissingOptionIsNamed() throws Exception {
        Run run = cli("simulate", "--vendor", "psi");

        assertThat(run.exit).isEqualTo(2);
        assertThat(run.output).contains("--attempt");
    }

    private record Run(int exit, String output) {
    }

    private static Run cli(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx128m",
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Path log = Files.createTempFile(dataDir, "cli", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("PROCTOR_"));
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the command ends").isTrue();
        return new Run(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }
}
