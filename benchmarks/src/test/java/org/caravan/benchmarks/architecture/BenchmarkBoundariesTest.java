package org.caravan.benchmarks.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.caravan.data.architecture.ModuleConventions;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/** The module rules of docs/DESIGN.md for {@code benchmarks}, checked on its compiled classes. */
class BenchmarkBoundariesTest {

    private static final JavaClasses BENCHMARKS = ModuleConventions.mainClasses("org.caravan.benchmarks");

    @Test
    void thePeersUseNothingOfTheSolver() {
        noClasses().that().resideInAnyPackage("org.caravan.benchmarks.greedy..", "org.caravan.benchmarks.cpsat..",
                        "org.caravan.benchmarks.bound..")
                .should().dependOnClassesThat().resideInAPackage("org.caravan.solver..")
                .because("the greedy, CP-SAT and the bounds plan on the compiled problem of the data module alone, so that"
                        + " they cannot share a mistake of the solver")
                .check(BENCHMARKS);
    }

    @Test
    void theSuiteUsesOnlyTheSolversPublicSurface() {
        noClasses().should().dependOnClassesThat(resideInAPackage("org.caravan.solver..")
                        .and(not(resideInAnyPackage("org.caravan.solver", "org.caravan.solver.explain"))))
                .because("the solver's inside is free to change; PlanningEngine and its option, progress and"
                        + " explanation types are what others may use")
                .check(BENCHMARKS);
    }

    @Test
    void noTwoPublicTypesShareASimpleName() {
        assertThat(ModuleConventions.publicSimpleNamesUsedTwice(BENCHMARKS)).isEmpty();
    }
}
