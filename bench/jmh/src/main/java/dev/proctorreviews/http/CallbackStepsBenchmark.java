package dev.proctorreviews.http;

import dev.proctorreviews.application.port.out.PayloadReading;
import dev.proctorreviews.domain.attempt.AttemptStatus;
import dev.proctorreviews.domain.exam.Backend;
import dev.proctorreviews.domain.exam.CourseId;
import dev.proctorreviews.domain.exam.Exam;
import dev.proctorreviews.domain.exam.ExamDetails;
import dev.proctorreviews.domain.exam.ExamId;
import dev.proctorreviews.domain.review.AttemptOutcome;
import dev.proctorreviews.domain.review.ReviewPolicy;
import dev.proctorreviews.domain.review.ReviewSource;
import dev.proctorreviews.domain.review.ReviewStatus;
import dev.proctorreviews.vendor.psi.PsiPayloadParser;
import dev.proctorreviews.vendor.softwaresecure.SoftwareSecurePayloadParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The pure-Java steps of one callback, each on the contract's sample payloads: the signature check (MAC over
 * id, timestamp and body, constant-time comparison), both payload parsers (strict parse, field checks,
 * redaction) and the decision table. Lives in the HTTP adapter's package to reach the package-private verifier.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CallbackStepsBenchmark {
    private byte[] psiBody;
    private byte[] softwareSecureBody;
    private String signatureHeader;
    private WebhookVerifier verifier;
    private final PsiPayloadParser psi = new PsiPayloadParser();
    private final SoftwareSecurePayloadParser softwareSecure = new SoftwareSecurePayloadParser();
    private final Exam exam = new Exam(new ExamId(1), new ExamDetails(new CourseId("course"), "final", "Final", 60,
            true, false, Backend.PSI));
    private final ReviewPolicy policy = ReviewPolicy.defaults();

    @Setup
    public void setUp() throws Exception {
        psiBody = fixture("psi-review.json");
        softwareSecureBody = new String(fixture("software-secure-review.json"), StandardCharsets.UTF_8)
                .replace("{{attempt_code}}", "ABC").replace("{{external_id}}", "ext").getBytes(StandardCharsets.UTF_8);
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        verifier = new WebhookVerifier(Map.of(ReviewSource.PSI, List.of(key)), Set.of(), Duration.ofMinutes(5),
                Clock.systemUTC());
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(key, "HmacSHA256"));
        mac.update("msg_1.1700000000.".getBytes(StandardCharsets.UTF_8));
        signatureHeader = "v1," + Base64.getEncoder().encodeToString(mac.doFinal(psiBody));
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = CallbackStepsBenchmark.class.getResourceAsStream("/examples/" + name)) {
            return in.readAllBytes();
        }
    }

    @Benchmark
    public boolean signatureCheck() {
        return verifier.signatureMatches(ReviewSource.PSI, "msg_1", "1700000000", signatureHeader, psiBody);
    }

    @Benchmark
    public PayloadReading psiParser() {
        return psi.read(psiBody, Optional.of("ext-1"));
    }

    @Benchmark
    public PayloadReading softwareSecureParser() {
        return softwareSecure.read(softwareSecureBody, Optional.empty());
    }

    @Benchmark
    public AttemptStatus decision() {
        return AttemptOutcome.decide(ReviewStatus.SUSPICIOUS, exam, false, policy);
    }
}
