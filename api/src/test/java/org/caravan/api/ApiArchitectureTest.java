package org.caravan.api;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import java.util.Set;
import java.util.function.Predicate;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The rules of the api module, so that they hold without anyone remembering them. */
@AnalyzeClasses(packages = "org.caravan.api", importOptions = ImportOption.DoNotIncludeTests.class)
class ApiArchitectureTest {

    /** What the service may use of the solver: the engine, its options and progress, and its explanations. */
    private static final Set<String> SOLVER_SURFACE = Set.of(
            "org.caravan.solver.PlanningEngine",
            "org.caravan.solver.SolveOptions",
            "org.caravan.solver.SolveControl",
            "org.caravan.solver.SolveProgress",
            "org.caravan.solver.explain.Explanation",
            "org.caravan.solver.explain.ParticipantExplanation",
            "org.caravan.solver.explain.Recommendation", "org.caravan.solver.explain.Recommendations",
            "org.caravan.solver.explain.Swap",
            "org.caravan.solver.explain.RuleExplanation",
            "org.caravan.solver.explain.Justification");

    /**
     * What the service may use of data: the public formats and what is made from them (spreadsheets and the language
     * they are written in among them). The rule book (the facts, rules and indexes) is not among them: the service
     * holds no planning rule and asks data or the engine instead.
     */
    private static final Set<String> DATA_PACKAGES = Set.of(
            "org.caravan.data.dataset", "org.caravan.data.plan", "org.caravan.data.json", "org.caravan.data.validation",
            "org.caravan.data.check", "org.caravan.data.export", "org.caravan.data.generate", "org.caravan.data.sheets",
            "org.caravan.data.text", "org.caravan.data.changes", "org.caravan.data.scenario", "org.caravan.data.compare");

    @ArchTest
    static final ArchRule packagesOfApiHaveNoCycles = slices().matching("org.caravan.api.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule datasetsKnowNothingOfSolving = noClasses().that().resideInAPackage("org.caravan.api.dataset..")
            .should().dependOnClassesThat().resideInAnyPackage("org.caravan.api.solve..", "org.caravan.api.results..",
                    "org.caravan.api.explain..");

    /** Which organisation a caller sees is decided in one place; everything else asks it. */
    @ArchTest
    static final ArchRule onlyTheOrganisationScopeReadsTheSecurityContext = noClasses().that()
            .doNotHaveFullyQualifiedName("org.caravan.api.security.OrganisationScope")
            .and().doNotHaveFullyQualifiedName("org.caravan.api.security.CallerFilter")
            .should().dependOnClassesThat().haveFullyQualifiedName(
                    "org.springframework.security.core.context.SecurityContextHolder");

    @ArchTest
    static final ArchRule apiUsesNoTimefoldType = noClasses().that().resideInAPackage("org.caravan.api..")
            .should().dependOnClassesThat().resideInAPackage("ai.timefold..");

    @ArchTest
    static final ArchRule apiUsesOnlyTheSolversPublicSurface = noClasses().that().resideInAPackage("org.caravan.api..")
            .should().dependOnClassesThat(outside("org.caravan.solver", SOLVER_SURFACE,
                    type -> SOLVER_SURFACE.contains(outermost(type).getName())));

    @ArchTest
    static final ArchRule apiHoldsNoPlanningRule = noClasses().that().resideInAPackage("org.caravan.api..")
            .should().dependOnClassesThat(outside("org.caravan.data", DATA_PACKAGES,
                    type -> DATA_PACKAGES.contains(type.getPackageName())));

    /** The classes of a module that are not among those {@code allowed}. */
    private static DescribedPredicate<JavaClass> outside(String module, Set<String> allowed, Predicate<JavaClass> among) {
        return DescribedPredicate.describe("are " + module + " classes outside " + allowed,
                type -> type.getPackageName().startsWith(module) && !among.test(type));
    }

    private static JavaClass outermost(JavaClass type) {
        JavaClass outer = type;
        while (outer.getEnclosingClass().isPresent()) {
            outer = outer.getEnclosingClass().get();
        }
        return outer;
    }
}
