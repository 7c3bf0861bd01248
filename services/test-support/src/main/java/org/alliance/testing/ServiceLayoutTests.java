package org.alliance.testing;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The package layout every service follows, checked on its production classes. A service's root
 * package holds only the layers {@code api} (resources, request and response views), {@code domain}
 * (entities, rules, the services that apply them), {@code repository} (queries and SQL),
 * {@code messaging} (event producers and handlers) and {@code config}; a layer may be split into
 * one sub-package per feature ({@code domain.alliance}, {@code api.alliance}). Only {@code api}
 * depends on {@code api}, and a service uses no other service's code, only the shared libraries.
 *
 * <p>A service's test extends this from the service's root package ({@code org.alliance.registry}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ServiceLayoutTests {

    public static final List<String> LAYERS = List.of("api", "domain", "repository", "messaging", "config");
    /**
     * The libraries every service may use, and the event payload records of the contracts
     * ({@code org.alliance.events}); any other {@code org.alliance} code belongs to a service.
     */
    public static final List<String> SHARED = List.of("org.alliance.common..", "org.alliance.eventing..",
            "org.alliance.events..", "org.alliance.security..");

    private JavaClasses production;

    /** The service's root package; by default the package of the concrete test. */
    protected String servicePackage() {
        return getClass().getPackageName();
    }

    private String layer(String name) {
        return servicePackage() + "." + name + "..";
    }

    @BeforeAll
    void importProductionClasses() {
        production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(servicePackage());
    }

    @Test
    void everyClassSitsInALayer() {
        classes().should().resideInAnyPackage(LAYERS.stream().map(this::layer).toArray(String[]::new))
                .because("a service's packages are " + LAYERS + ", each optionally split by feature")
                .check(production);
    }

    @Test
    void usesNoOtherServicesCode() {
        String[] allowed = Stream.concat(Stream.of(servicePackage() + ".."), SHARED.stream()).toArray(String[]::new);
        noClasses().should().dependOnClassesThat(resideInAPackage("org.alliance..").and(not(resideInAnyPackage(allowed))))
                .because("services share state only through events; shared code lives in " + SHARED)
                .check(production);
    }

    @Test
    void onlyTheApiUsesTheApi() {
        noClasses().that().resideOutsideOfPackage(layer("api")).should().dependOnClassesThat().resideInAPackage(layer("api"))
                .because("resources and views are a service's outside: domain, repository, messaging and config"
                        + " code must not need them")
                .check(production);
    }
}
