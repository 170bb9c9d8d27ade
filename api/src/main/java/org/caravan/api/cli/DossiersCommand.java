package org.caravan.api.cli;

import org.caravan.data.dataset.Dataset;
import org.caravan.data.json.CaravanJson;
import org.caravan.data.plan.Plan;
import org.caravan.data.text.WrittenLanguage;
import org.caravan.data.validation.DatasetLoader;
import org.caravan.documents.TravelDocuments;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;

/**
 * {@code dossiers DATASET PLAN --out DIR [--lang fr|en]}: writes a dossier per brought participant ({@code <id>.pdf}),
 * a visa invitation letter for each one who needs an entry visa ({@code letter-<id>.pdf}) and the protocol sheet
 * ({@code vip.pdf}); with {@code --delegations yes}, also a dossier per delegation ({@code delegation-<id>.pdf}).
 */
final class DossiersCommand {

    static final String USAGE = "dossiers DATASET PLAN --out DIR [--lang fr|en] [--delegations yes]";

    private DossiersCommand() {
    }

    static int run(String[] args, PrintStream out, PrintStream err) throws IOException {
        CommandArguments arguments = CommandArguments.parse(args, Set.of("--out", "--lang", "--delegations"));
        if (arguments.files().size() != 2) {
            throw new CaravanCli.UsageException("dossiers needs a dataset and a plan: " + USAGE);
        }
        Path folder = Path.of(arguments.required("--out", "dossiers needs --out DIR: " + USAGE));
        WrittenLanguage language = language(arguments.option("--lang"));
        Dataset dataset = DatasetLoader.load(Path.of(arguments.files().get(0)));
        Path planFile = Path.of(arguments.files().get(1));
        if (!Files.isRegularFile(planFile)) {
            throw new CaravanCli.UsageException("The plan (" + planFile + ") is not a file.");
        }
        Plan plan = CaravanJson.readPlan(planFile);
        TravelDocuments documents;
        try {
            documents = new TravelDocuments(dataset, plan, LocalDate.now());
        } catch (IllegalArgumentException otherDataset) {
            err.println(otherDataset.getMessage());
            return CaravanCli.BAD_INPUT;
        }
        documents.writeTo(folder, language);
        int delegations = 0;
        if ("yes".equalsIgnoreCase(arguments.option("--delegations"))) {
            for (String delegation : documents.delegations()) {
                Files.write(folder.resolve("delegation-" + delegation.replaceAll("[^A-Za-z0-9._-]", "-") + ".pdf"),
                        documents.delegationDossier(delegation, language).orElseThrow());
                delegations++;
            }
        }
        out.printf("Wrote %d dossiers, %d visa letters%s and vip.pdf to %s%n", documents.participants().size(),
                documents.visaLetterParticipants().size(), delegations > 0 ? ", " + delegations + " delegation dossiers" : "",
                folder.toAbsolutePath());
        if (!documents.participantsWithUnprintableNames().isEmpty()) {
            err.println("The font cannot write every letter of the names of " + String.join(", ", documents.participantsWithUnprintableNames())
                    + "; check their dossiers before sending them.");
        }
        return CaravanCli.OK;
    }

    private static WrittenLanguage language(String code) {
        if (code == null) {
            return null;
        }
        WrittenLanguage language = WrittenLanguage.of(code);
        if (language == null) {
            throw new CaravanCli.UsageException("The option --lang (" + code + ") must be fr or en.");
        }
        return language;
    }
}
