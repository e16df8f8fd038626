package dev.proctorreviews.bootstrap.architecture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Proof that each rule can fail: the same rules over {@code dev.proctorreviews.archcanary}, a small fixture in
 * test sources that breaks each of them on purpose, must report the violation the fixture commits.
 */
class ArchitectureCanaryTest {
    private static final String ROOT = "dev.proctorreviews.archcanary";
    private static final JavaClasses CANARY = new ClassFileImporter().importPackages(ROOT);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "onion | LeakyDomain",
        "onion | PsiThing",
        "domain is pure Java | LeakyDomain",
        "application needs only the domain and slf4j | CoupledService",
        "storage technology stays in persistence | LeakyDomain",
        "onion | WebThing",
        "Javalin stays in the HTTP adapters | CoupledService",
        "inbound ports are use cases | FetchThings",
        "strict JSON is shared, not an adapter | AdapterAwareReader",
        "adapters drive use cases, not services | ServiceCaller",
        "adapters drive use cases, not services | PublisherCallingAService",
        "inbound ports do not expose outbound ports | ReadRowsUseCase",
        "no package cycles | Cycle",
        "no standard streams or printStackTrace | Printer"})
    void ruleReportsTheFixturesViolation(String rule, String offender) {
        assertThatThrownBy(() -> ArchitectureRules.all(ROOT).get(rule).check(CANARY))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(offender);
    }
}
