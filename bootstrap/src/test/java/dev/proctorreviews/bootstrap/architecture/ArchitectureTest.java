package dev.proctorreviews.bootstrap.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every architecture rule over all production classes of all modules (jOOQ's generated code excepted). */
class ArchitectureTest {
    static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("-tests.jar"))
            .withImportOption(location -> !location.contains("/persistence/schema/"))
            .importPackages("dev.proctorreviews");

    static Stream<Arguments> rules() {
        return ArchitectureRules.all("dev.proctorreviews").entrySet().stream()
                .map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void productionCodeKeepsTheRule(String name, ArchRule rule) {
        rule.check(PRODUCTION);
    }

    /**
     * A rule over a package that does not exist would pass vacuously: every package the rules name must have
     * classes. The packages are those of every module, so this also proves every module was imported.
     */
    @ParameterizedTest
    @ValueSource(strings = {"dev.proctorreviews.domain", "dev.proctorreviews.application",
        "dev.proctorreviews.application.port.in", "dev.proctorreviews.application.port.out",
        "dev.proctorreviews.application.service",
        "dev.proctorreviews.http", "dev.proctorreviews.persistence", "dev.proctorreviews.vendor.softwaresecure",
        "dev.proctorreviews.vendor.psi", "dev.proctorreviews.web", "dev.proctorreviews.webhooks.outbound",
        "dev.proctorreviews.openedx.eventbus", "dev.proctorreviews.bootstrap"})
    void everyPackageTheRulesNameExists(String pkg) {
        assertThat(PRODUCTION.stream().filter(c -> c.getPackageName().startsWith(pkg))).isNotEmpty();
    }
}
