package org.caravan.api.cli;

import org.caravan.data.changes.ChangeList;
import org.caravan.data.changes.LateChanges;
import org.caravan.data.export.Csv;
import org.caravan.data.json.CaravanJson;
import org.caravan.data.plan.Plan;
import org.caravan.data.validation.DatasetLoader;
import org.caravan.data.validation.ValidDataset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "replan",
        description = {"Applies late changes to the dataset a plan was made from and plans again from that plan: "
                + "what is booked (tickets issued, rooms confirmed) stays, and moving anyone else costs the "
                + "disruption weight.",
                "CHANGES is a caravan-changes/1 file (docs/FORMAT.md, \"Late changes\"); every problem in it is "
                        + "printed with the change's index and field, nothing is applied, and the exit code is 2."},
        footerHeading = "%nWritten into DIR:%n",
        footer = {
                "  dataset.json            the dataset after the changes",
                "  plan.json               the new plan (version = the previous one + 1)",
                "  changes.csv             who moved: itinerary, room, nights, before and after, and why",
                "  hotel-changes.csv       per hotel, the guests added, removed, moved or with other nights",
                "  cost-changes.csv        cost per payer and score, before, after and the difference",
                "  rooming-<hotel id>.csv  and flights.csv, arrivals.csv, departures.csv, as solve writes them"})
final class ReplanCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DATASET", description = "The dataset the plan was made from.")
    private Path datasetFile;

    @Parameters(index = "1", paramLabel = "PLAN", description = "The published plan.")
    private Path planFile;

    @Parameters(index = "2", paramLabel = "CHANGES", description = "What happened since (caravan-changes/1).")
    private Path changesFile;

    @Option(names = "--seconds", paramLabel = "N", defaultValue = "10",
            description = "Wall-clock solving time in seconds (default ${DEFAULT-VALUE}).")
    private long seconds;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "replan-out",
            description = "Output folder (default ./${DEFAULT-VALUE}).")
    private Path out;

    @Option(names = "--progress-seconds", paramLabel = "S", defaultValue = "2",
            description = "How often to print progress (default ${DEFAULT-VALUE}).")
    private long progressSeconds;

    @Override
    public Integer call() throws IOException {
        if (seconds < 1 || progressSeconds < 1) {
            throw new ParameterException(spec.commandLine(), "--seconds and --progress-seconds must be at least 1.");
        }
        InputFiles.requireFile(spec, "dataset", datasetFile);
        InputFiles.requireFile(spec, "plan", planFile);
        InputFiles.requireFile(spec, "changes", changesFile);
        PrintWriter printed = spec.commandLine().getOut();
        ValidDataset before = DatasetLoader.load(datasetFile);
        Plan published = CaravanJson.readPlan(planFile);
        String changesJson = Files.readString(changesFile);
        LateChanges.Applied applied = LateChanges.apply(before, published, changesJson);

        printed.println("Changes applied:");
        applied.report().forEach(line -> printed.println("  " + line));
        if (!applied.brokenBookings().isEmpty()) {
            printed.println("Broken bookings (paid all the same; the people are planned again around them):");
            applied.brokenBookings().forEach(line -> printed.println("  " + line));
        }
        Files.createDirectories(out);
        CaravanJson.write(out.resolve("dataset.json"), applied.dataset().dataset());
        Plan plan = SolveCommand.solveAndWrite(applied.dataset(), applied.plan(), true, seconds, progressSeconds, out, printed);
        ChangeList changes = ChangeList.between(before, published, applied.dataset(), plan, changesJson);
        Csv.write(out.resolve("changes.csv"), changes.toCsv());
        Csv.write(out.resolve("hotel-changes.csv"), changes.hotelsCsv());
        Csv.write(out.resolve("cost-changes.csv"), changes.figuresCsv());
        printed.printf("%n%d people moved beyond those the changes add or cancel, %d of them concerned by no change; "
                + "the list is in changes.csv, what each hotel must do in hotel-changes.csv.%n", changes.moved(),
                changes.collateral());
        printed.println("Written to " + out.toAbsolutePath());
        return plan.feasible() ? CaravanCli.OK : CaravanCli.INFEASIBLE;
    }
}
