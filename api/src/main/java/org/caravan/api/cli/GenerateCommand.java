package org.caravan.api.cli;

import org.caravan.data.dataset.Dataset;
import org.caravan.data.generate.DatasetGenerator;
import org.caravan.data.generate.GeneratorOptions;
import org.caravan.data.json.CaravanJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "generate",
        description = {"Writes a synthetic dataset like the Djerba summit (50 to 20,000 participants).",
                "The same seed gives the same file."})
final class GenerateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--participants", required = true, paramLabel = "N", description = "How many participants.")
    private int participants;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed (default ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--coverage", paramLabel = "C", defaultValue = "0.85",
            description = "The share of people the budget can bring (default ${DEFAULT-VALUE}).")
    private double coverage;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write.")
    private Path file;

    @Override
    public Integer call() throws IOException {
        GeneratorOptions options;
        try {
            options = GeneratorOptions.of(participants, seed).withBudgetCoverage(coverage);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        Dataset dataset = DatasetGenerator.generate(options);
        CaravanJson.write(file, dataset);
        spec.commandLine().getOut().printf("Wrote %s: %d participants, %d hotels, %d itineraries%n", file,
                dataset.participants().size(), dataset.hotels().size(), dataset.flights().itineraries().size());
        return CaravanCli.OK;
    }
}
