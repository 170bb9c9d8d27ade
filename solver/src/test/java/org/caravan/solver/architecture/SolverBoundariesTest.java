package org.caravan.solver.architecture;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverJobBuilder;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import org.caravan.data.architecture.ModuleConventions;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module rules of docs/DESIGN.md for {@code solver}, checked on its compiled classes, with the conventions every
 * module keeps.
 */
class SolverBoundariesTest extends ModuleConventions {

    /** What other modules may use of the solver: the engine, its options and progress, and its explanations. */
    static final String[] SURFACE = {"org.caravan.solver", "org.caravan.solver.explain"};

    SolverBoundariesTest() {
        super("org.caravan.solver");
    }

    @Test
    void solverUsesNoSpring() {
        noClasses().should().dependOnClassesThat().resideInAPackage("org.springframework..")
                .because("the engine is plain Java; the service and the command line both stand on it")
                .check(moduleClasses());
    }

    @Test
    void thePublicSurfaceIsTheEngineAndWhatItTakesAndGives() {
        assertThat(moduleClasses().stream().filter(type -> type.getModifiers().contains(JavaModifier.PUBLIC))
                .filter(type -> type.getPackageName().equals(SURFACE[0]) || type.getPackageName().equals(SURFACE[1]))
                .filter(type -> type.getEnclosingClass().isEmpty())
                .map(JavaClass::getSimpleName))
                .containsExactlyInAnyOrder("PlanningEngine", "SolveOptions", "SolveControl", "SolveProgress",
                        "Explanation", "RuleExplanation", "Justification", "ParticipantExplanation", "Recommendation",
                        "Recommendations", "Swap");
    }

    @Test
    void theExplanationsNeedNothingOfTheInside() {
        noClasses().that().resideInAPackage("org.caravan.solver.explain")
                .should().dependOnClassesThat(resideInAPackage("org.caravan.solver..")
                        .and(not(resideInAPackage("org.caravan.solver.explain"))))
                .because("what the engine returns must not drag its planning model along")
                .check(moduleClasses());
    }

    /**
     * The Timefold APIs the project's stack rules for 1.32 say to avoid (2.x moves score analysis out of the free edition)
     * and that the engine no longer uses: constraint weight overrides (the weights are the {@code SolvePolicy} fact),
     * a solver manager job's best-solution consumers (a stage's solver has an event listener), and score analysis
     * (the plan's costs and penalties are {@code RuleTotals}, explanations come from the checker).
     */
    @Test
    void theTimefoldApisTheStackRulesAvoidStayOut() {
        noClasses().should().dependOnClassesThat(assignableTo(ConstraintWeightOverrides.class))
                .orShould().callMethodWhere(calls(SolverJobBuilder.class, "withBestSolutionEventConsumer"))
                .orShould().callMethodWhere(calls(SolverJobBuilder.class, "withBestSolutionConsumer"))
                .orShould().callMethodWhere(calls(SolutionManager.class, "analyze"))
                .because("the stack rules for Timefold Solver 1.32 list them among the APIs to avoid")
                .check(moduleClasses());
    }

    private static DescribedPredicate<JavaCall<?>> calls(Class<?> owner, String method) {
        return DescribedPredicate.describe(owner.getSimpleName() + "." + method,
                call -> call.getName().equals(method) && call.getTargetOwner().isAssignableTo(owner));
    }
}
