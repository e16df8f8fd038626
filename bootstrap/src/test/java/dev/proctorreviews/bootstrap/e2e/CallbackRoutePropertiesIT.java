package dev.proctorreviews.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Signed random and mutated payloads against both callback routes of the running service: every answer is one
 * the contract documents for a callback, never a 5xx.
 */
class CallbackRoutePropertiesIT {
    private static final Set<Integer> DOCUMENTED = Set.of(200, 400, 403, 404, 409, 412, 413, 422);
    private static RunningService service;
    private static JsonNode softwareSecureAttempt;
    private static JsonNode psiAttempt;

    @BeforeContainer
    static void start() {
        service = RunningService.start();
        Lms lms = new Lms(service);
        softwareSecureAttempt = lms.attempt("software_secure");
        psiAttempt = lms.attempt("psi");
    }

    @AfterContainer
    static void stop() {
        service.close();
    }

    @Property(tries = 300)
    void mutatedSoftwareSecurePayloads(@ForAll("softwareSecure") String body) {
        RunningService.Response response = service.callback("/callbacks/software-secure", body,
                RunningService.SOFTWARE_SECURE, Map.of());
        assertThat(response.status()).as(response.toString()).isIn(DOCUMENTED);
    }

    @Property(tries = 300)
    void mutatedPsiPayloads(@ForAll("psi") String body, @ForAll("externalIds") String externalId) {
        RunningService.Response response = service.callback(Lms.psiPath(externalId), body, RunningService.PSI,
                Map.of());
        assertThat(response.status()).as(response.toString()).isIn(DOCUMENTED);
    }

    @Provide
    Arbitrary<String> softwareSecure() {
        return mutationsOf(Lms.softwareSecureBody(softwareSecureAttempt, "Clean"));
    }

    @Provide
    Arbitrary<String> psi() {
        return mutationsOf(Lms.psiBody("passed", null));
    }

    @Provide
    Arbitrary<String> externalIds() {
        return Arbitraries.oneOf(Arbitraries.just(psiAttempt.get("external_id").asText()),
                Arbitraries.strings().alpha().numeric().withChars('-', '_', '.').ofMinLength(1).ofMaxLength(300));
    }

    private static Arbitrary<String> mutationsOf(String fixture) {
        Arbitrary<Integer> position = Arbitraries.integers().between(0, fixture.length() - 1);
        Arbitrary<String> insert = Arbitraries.oneOf(
                Arbitraries.of("null", "1.5", "-1", "\"\"", "[]", "{}", "true", "1e999", "\"\\u0000\"", ",", "\"",
                        "{", "]", "99999999999999999999", "\"Bogus\"", "\"suspicious\""),
                Arbitraries.strings().ofMaxLength(6));
        Arbitrary<Integer> cut = Arbitraries.integers().between(0, 10);
        return Combinators.combine(position, insert, cut).as((at, text, length) ->
                fixture.substring(0, at) + text + fixture.substring(Math.min(fixture.length(), at + length)));
    }
}
