package org.caravan.data.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/** The module rules of docs/DESIGN.md for {@code data}, checked on its compiled classes. */
class DataBoundariesTest {

    private static final JavaClasses DATA = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.caravan.data");

    @Test
    void dataUsesNoTimefoldAndNoSpring() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("ai.timefold..", "org.springframework..")
                .because("data holds the formats and the rules every other module shares; it knows no solver or service")
                .check(DATA);
    }

    @Test
    void theRuleBookDependsOnlyOnTheFormats() {
        classes().that().resideInAPackage("org.caravan.data.rules..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.caravan.data.rules..",
                        "org.caravan.data.dataset..", "java..", "org.jspecify..")
                .because("everything applies the rules, so the rules depend on nothing but what they read")
                .check(DATA);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("org.caravan.data.(*)..").should().beFreeOfCycles().check(DATA);
    }

    @Test
    void everyPackageIsNullMarked() {
        assertThat(ModuleConventions.packagesNotNullMarked(DATA)).isEmpty();
    }

    @Test
    void noTwoPublicTypesShareASimpleName() {
        assertThat(ModuleConventions.publicSimpleNamesUsedTwice(DATA)).isEmpty();
    }
}
