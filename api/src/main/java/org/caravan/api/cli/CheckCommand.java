package org.caravan.api.cli;

import org.caravan.data.check.CheckReport;
import org.caravan.data.check.PlanChecker;
import org.caravan.data.validation.DatasetLoader;
import org.caravan.data.validation.PlanLoader;
import org.caravan.data.validation.ValidDataset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "check",
        description = {"Recomputes a plan independently and reports where it disagrees with the plan.",
                "Hard rules, costs, penalties and score are worked out again from DATASET; exits with 1 when the plan "
                        + "is infeasible or inconsistent."})
final class CheckCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DATASET", description = "The dataset (caravan-dataset/1 JSON).")
    private Path datasetFile;

    @Parameters(index = "1", paramLabel = "PLAN", description = "The plan to check (caravan-plan/1 JSON).")
    private Path planFile;

    @Override
    public Integer call() throws IOException {
        InputFiles.requireFile(spec, "dataset", datasetFile);
        InputFiles.requireFile(spec, "plan", planFile);
        ValidDataset dataset = DatasetLoader.load(datasetFile);
        CheckReport report = PlanChecker.check(dataset, PlanLoader.load(planFile));
        spec.commandLine().getOut().print(report.summary());
        return report.feasible() && report.consistent() ? CaravanCli.OK : CaravanCli.INFEASIBLE;
    }
}
