package org.caravan.data.architecture;

import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The module rules of docs/DESIGN.md for {@code data}, checked on its compiled classes, with the conventions every
 * module keeps.
 */
class DataBoundariesTest extends ModuleConventions {

    DataBoundariesTest() {
        super("org.caravan.data");
    }

    @Test
    void dataUsesNoTimefoldAndNoSpring() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("ai.timefold..", "org.springframework..")
                .because("data holds the formats and the rules every other module shares; it knows no solver or service")
                .check(moduleClasses());
    }

    @Test
    void theRuleBookDependsOnlyOnTheFormats() {
        classes().that().resideInAPackage("org.caravan.data.rules..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.caravan.data.rules..",
                        "org.caravan.data.dataset..", "java..", "org.jspecify..")
                .because("everything applies the rules, so the rules depend on nothing but what they read")
                .check(moduleClasses());
    }
}
