package dev.proctorreviews.bootstrap.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.library.GeneralCodingRules;
import com.tngtech.archunit.lang.ArchRule;
import java.util.HashMap;
import java.util.Map;

/**
 * The architecture's rules, stated once over package patterns so that they apply both to the production
 * classes and to the deliberately violating canary fixture ({@code dev.proctorreviews.archcanary}).
 */
final class ArchitectureRules {
    private static final DescribedPredicate<JavaClass> NOT_SEALED =
            DescribedPredicate.describe("are not sealed", c -> !c.reflect().isSealed());

    private ArchitectureRules() {
    }

    static Map<String, ArchRule> all(String root) {
        Map<String, ArchRule> rules = new HashMap<>(Map.of(
                "onion", onionArchitecture()
                        .withOptionalLayers(true)
                        .domainModels("..domain..")
                        .applicationServices("..application..")
                        .adapter("http", "..http..")
                        .adapter("persistence", "..persistence..")
                        .adapter("softwaresecure", "..vendor.softwaresecure..")
                        .adapter("psi", "..vendor.psi..")
                        .adapter("web", "..web..")
                        .adapter("webhooks-outbound", "..webhooks.outbound..")
                        .adapter("openedx-eventbus", "..openedx.eventbus..")
                        .ignoreDependency(JavaClass.Predicates.resideInAPackage("..bootstrap.."),
                                DescribedPredicate.alwaysTrue())
                        // strict-json, shared by the adapters, reports faults as the ports' FieldError values
                        .ignoreDependency(JavaClass.Predicates.resideInAPackage("..json.."),
                                JavaClass.Predicates.resideInAPackage("..application.port"))
                        .because("the core never depends on an adapter, and adapters never on each other"),
                "domain is pure Java", classes().that().resideInAPackage("..domain..")
                        .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "..domain..")
                        .because("the domain is a plain jar other services reuse"),
                "application needs only the domain and slf4j", classes().that().resideInAPackage("..application..")
                        .should().onlyDependOnClassesThat()
                        .resideInAnyPackage("java..", "javax.crypto..", "..domain..", "..application..", "org.slf4j..")
                        .because("use cases are independent of HTTP, vendors and storage"),
                "storage technology stays in persistence", noClasses()
                        .that().resideOutsideOfPackages("..persistence..", "..bootstrap..")
                        .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "org.flywaydb..", "java.sql..",
                                "javax.sql..", "org.postgresql..")
                        .because("no jOOQ, Flyway or JDBC type crosses a port"),
                "Javalin stays in the HTTP adapters", noClasses()
                        .that().resideOutsideOfPackages("..http..", "..web..", "..bootstrap..")
                        .should().dependOnClassesThat().resideInAPackage("io.javalin.."),
                "inbound ports are use cases", classes().that().resideInAPackage("..application.port.in..")
                        .and().areInterfaces().and(NOT_SEALED).and().doNotHaveSimpleName("package-info")
                        .should().haveSimpleNameEndingWith("UseCase").orShould().haveSimpleNameEndingWith("UseCases")
                        .because("an inbound port is one use case, or the set one service offers; sealed"
                                + " interfaces there are result types"),
                "strict JSON is shared, not an adapter", noClasses().that().resideInAPackage("..json..")
                        .should().dependOnClassesThat().resideInAnyPackage("..http..", "..persistence..", "..vendor..",
                                "..bootstrap..")
                        .because("both vendor adapters and the HTTP adapter use it, so it may know none of them"),
                "no package cycles", slices().matching(root + ".(**)").should().beFreeOfCycles(),
                "no standard streams or printStackTrace", GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS
                        .because("services log through slf4j")));
        rules.put("adapters drive use cases, not services", noClasses()
                .that().resideInAnyPackage("..http..", "..web..", "..persistence..", "..vendor..", "..json..",
                        "..webhooks.outbound..", "..openedx.eventbus..")
                .should().dependOnClassesThat().resideInAPackage("..application.service..")
                .because("an adapter is given inbound ports; which service implements them is wiring"));
        rules.put("inbound ports do not expose outbound ports", noClasses()
                .that().resideInAPackage("..application.port.in..")
                .should().dependOnClassesThat().resideInAPackage("..application.port.out..")
                .because("what a use case answers is independent of how the core stores it"));
        return rules;
    }
}
