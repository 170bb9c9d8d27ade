package org.caravan.benchmarks.suite;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import org.caravan.data.check.PlanChecker;
import org.caravan.data.generate.DatasetGenerator;
import org.caravan.data.generate.GeneratorOptions;
import org.caravan.data.plan.Plan;
import org.caravan.data.validation.DatasetValidator;
import org.caravan.data.validation.ValidDataset;
import org.caravan.solver.PlanningEngine;
import org.caravan.solver.SolveOptions;
import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The alternative configurations of {@code caravan:<name>} load and build, and a seeded one solves. */
class AlternativesTest {

    @Test
    void everyAlternativeBuildsASolver() throws Exception {
        List<String> names = alternatives();
        assertThat(names).contains("tabu", "targeted", "targeted-bring", "targeted-tabu", "targeted-tabu-bring", "indexed", "indexed-tabu");
        for (String name : names) {
            SolverConfig config = SolverConfig.createFromXmlResource(ContenderRun.configResource("caravan:" + name));
            assertThat(SolverFactory.create(config).buildSolver()).as(name).isNotNull();
        }
    }

    @Test
    void aSeededAlternativeGivesAFeasiblePlanTheCheckerAgreesWith() {
        ValidDataset dataset = DatasetValidator.valid(DatasetGenerator.generate(GeneratorOptions.of(50, 51)));
        try (PlanningEngine engine = ContenderRun.engine("caravan:targeted-bring", 7L)) {
            Plan plan = engine.solve(dataset, SolveOptions.forSeconds(2), progress -> { });
            assertThat(plan.feasible()).isTrue();
            assertThat(PlanChecker.check(dataset, plan).score()).isEqualTo(plan.score());
        }
    }

    private static List<String> alternatives() throws URISyntaxException, java.io.IOException {
        Path folder = Path.of(AlternativesTest.class.getClassLoader().getResource(ContenderRun.ALTERNATIVES_PACKAGE).toURI());
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).filter(file -> file.endsWith(".xml"))
                    .map(file -> file.substring(0, file.length() - ".xml".length())).sorted().toList();
        }
    }
}
