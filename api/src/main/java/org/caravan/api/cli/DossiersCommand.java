package org.caravan.api.cli;

import org.caravan.data.json.CaravanJson;
import org.caravan.data.plan.Plan;
import org.caravan.data.text.WrittenLanguage;
import org.caravan.data.validation.DatasetLoader;
import org.caravan.documents.TravelDocuments;
import org.caravan.data.validation.ValidDataset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

@Command(name = "dossiers",
        description = {"Writes a plan's dossiers, visa invitation letters and protocol sheet as PDF.",
                "Each document is in the participant's language, else the event's; --lang sets one for all "
                        + "(docs/DOCUMENTS.md)."},
        footerHeading = "%nWritten into DIR:%n",
        footer = {
                "  <id>.pdf             each brought participant's dossier: flights in local",
                "                       times, shuttles, hotel, room, roommates, visas, who pays",
                "  letter-<id>.pdf      a visa invitation letter, for who needs an entry visa",
                "  vip.pdf              the protocol sheet: guests of honour and speakers",
                "  delegation-<id>.pdf  with --delegations: each delegation's members' dossiers"})
final class DossiersCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DATASET", description = "The dataset (caravan-dataset/1 JSON).")
    private Path datasetFile;

    @Parameters(index = "1", paramLabel = "PLAN", description = "A plan of it (caravan-plan/1 JSON).")
    private Path planFile;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write into.")
    private Path folder;

    @Option(names = "--lang", paramLabel = "fr|en", description = "One language for every document.")
    private String language;

    @Option(names = "--delegations", description = "Also write a dossier per delegation.")
    private boolean delegations;

    @Override
    public Integer call() throws IOException {
        InputFiles.requireFile(spec, "dataset", datasetFile);
        InputFiles.requireFile(spec, "plan", planFile);
        WrittenLanguage chosen = SheetChoices.language(spec, language);
        ValidDataset dataset = DatasetLoader.load(datasetFile);
        Plan plan = CaravanJson.readPlan(planFile);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        TravelDocuments documents;
        try {
            documents = new TravelDocuments(dataset, plan, LocalDate.now());
        } catch (IllegalArgumentException otherDataset) {
            err.println(otherDataset.getMessage());
            return CaravanCli.BAD_INPUT;
        }
        documents.writeTo(folder, chosen);
        int written = 0;
        if (delegations) {
            for (String delegation : documents.delegations()) {
                Files.write(folder.resolve("delegation-" + delegation.replaceAll("[^A-Za-z0-9._-]", "-") + ".pdf"),
                        documents.delegationDossier(delegation, chosen).orElseThrow());
                written++;
            }
        }
        out.printf("Wrote %d dossiers, %d visa letters%s and vip.pdf to %s%n", documents.participants().size(),
                documents.visaLetterParticipants().size(), written > 0 ? ", " + written + " delegation dossiers" : "",
                folder.toAbsolutePath());
        if (!documents.participantsWithUnprintableNames().isEmpty()) {
            err.println("The font cannot write every letter of the names of "
                    + String.join(", ", documents.participantsWithUnprintableNames()) + "; check their dossiers before sending them.");
        }
        return CaravanCli.OK;
    }
}
