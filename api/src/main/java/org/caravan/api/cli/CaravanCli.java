package org.caravan.api.cli;

import org.caravan.data.check.CheckReport;
import org.caravan.data.check.CostBreakdown;
import org.caravan.data.check.PlanChecker;
import org.caravan.data.dataset.Dataset;
import org.caravan.data.generate.DatasetGenerator;
import org.caravan.data.generate.GeneratorOptions;
import org.caravan.data.json.CaravanJson;
import org.caravan.data.plan.Assignment;
import org.caravan.data.plan.NotBroughtReason;
import org.caravan.data.plan.Plan;
import org.caravan.data.validation.DatasetLoader;
import org.caravan.data.validation.InvalidDatasetException;
import org.caravan.solver.PlanningEngine;
import org.caravan.solver.SolveOptions;
import org.caravan.solver.SolveProgress;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The command line: {@code solve DATASET --seconds N --out DIR}, {@code check DATASET PLAN}, and {@code --help}.
 * Exit codes: 0 done, 1 the plan is infeasible or the check failed, 2 bad input or usage.
 */
public final class CaravanCli {

    static final int OK = 0;
    static final int INFEASIBLE = 1;
    static final int BAD_INPUT = 2;

    private static final Set<String> COMMANDS = Set.of("solve", "check", "generate", "import", "export", "template",
            "dossiers", "help", "--help", "-h");

    static final String HELP = """
            Caravan plans lodging and travel for the participants of an event.

            Usage:
              java -jar caravan.jar                       start the service (see README)
              java -jar caravan.jar solve DATASET [options]
              java -jar caravan.jar check DATASET PLAN
              java -jar caravan.jar generate --participants N [--seed S] [--coverage C] --out FILE
              java -jar caravan.jar import FILE... [--into DATASET] --out DATASET.json
              java -jar caravan.jar export DATASET [--sheets participants|hotels|flights|dataset] [--lang fr|en] --out FILE.xlsx
              java -jar caravan.jar template [participants|hotels|flights|dataset] [--lang fr|en] --out FILE.xlsx
              java -jar caravan.jar dossiers DATASET PLAN --out DIR [--lang fr|en] [--delegations yes]
              java -jar caravan.jar --help

            solve: validates DATASET (caravan-dataset/1 JSON), solves it and writes into the output folder
              plan.json                the plan (caravan-plan/1), with why each person left out was not brought
              rooming-<hotel id>.csv   per hotel: room, nights, occupants (name, gender, nationality, languages)
              flights.csv              a manifest per flight segment
              arrivals.csv             arrival slots at the venue airport and who lands when (shuttles)
              departures.csv           departure slots back to the airport
            Options:
              --seconds N              wall-clock solving time in seconds (default 30)
              --out DIR                output folder (default ./plan-out)
              --progress-seconds S     how often to print progress (default 2)
              --from PLAN              start from an earlier plan (resume, or a re-plan after late changes)
              --replan                 with --from: count every move away from that plan (minimal disruption)
            An invalid dataset prints every problem with its JSON path and exits with 2.

            check: recomputes a plan independently (hard rules, costs, penalties, score) and reports
              where it disagrees with what the plan states. Exits with 1 when infeasible or inconsistent.

            generate: writes a synthetic dataset like the Djerba summit, for 50 to 20,000 participants;
              the same seed gives the same file. --coverage is the share of people the budget can bring
              (default 0.85).

            import: reads participants from CSV files or workbooks (headed in English or French; see
              docs/SPREADSHEETS.md), and hotels, flights, funds, airports, visa rules and the event from sheets
              of their own; with --into, merges them into that dataset by id. Writes the new dataset to --out
              (never over --into) and prints what was added, updated and unchanged. Every problem is printed
              with its sheet, row and column, nothing is written, and the exit code is 2.

            export / template: the same sheets as a workbook, filled with a dataset or with one example row,
              and a sheet that explains every column.

            dossiers: for a plan of the dataset, writes <id>.pdf (each brought participant's dossier: flights in
              local times, shuttles, hotel, room and roommates, visas, who pays), letter-<id>.pdf (a visa
              invitation letter for each one who needs an entry visa) and vip.pdf (the protocol sheet). Each
              document is in the participant's language, else the event's; --lang sets one for all.
            """;

    private CaravanCli() {
    }

    public static boolean handles(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        // The terminal shows Caravan's own progress lines; the solver's internal log would drown them.
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("ai.timefold")).setLevel(ch.qos.logback.classic.Level.WARN);
        try {
            return switch (args[0]) {
                case "solve" -> solve(SolveArguments.parse(args), out);
                case "check" -> check(args, out, err);
                case "generate" -> generate(args, out);
                case "import" -> ImportCommand.run(args, out, err);
                case "export" -> SheetsCommand.export(args, out);
                case "template" -> SheetsCommand.template(args, out);
                case "dossiers" -> DossiersCommand.run(args, out, err);
                default -> {
                    out.print(HELP);
                    yield OK;
                }
            };
        } catch (UsageException e) {
            err.println(e.getMessage());
            err.println("Run with --help for the options.");
            return BAD_INPUT;
        } catch (InvalidDatasetException e) {
            err.println(e.getMessage());
            return BAD_INPUT;
        } catch (IOException e) {
            err.println("Cannot read or write a file: " + e.getMessage());
            return BAD_INPUT;
        }
    }

    private static int solve(SolveArguments arguments, PrintStream out) throws IOException {
        Dataset dataset = DatasetLoader.load(arguments.dataset());
        Plan startFrom = arguments.from() == null ? null : CaravanJson.readPlan(arguments.from());
        out.printf("Solving %s: %d participants, %d hotels, %d itineraries, for %d s%n", dataset.event().name(),
                dataset.participants().size(), dataset.hotels().size(), dataset.flights().itineraries().size(),
                arguments.seconds().toSeconds());
        // The engine reports each new best plan; the terminal also hears every few seconds while none comes.
        AtomicReference<SolveProgress> latest = new AtomicReference<>();
        AtomicLong started = new AtomicLong();
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "progress");
            thread.setDaemon(true);
            return thread;
        });
        long every = arguments.progressEvery().toMillis();
        ticker.scheduleAtFixedRate(() -> {
            SolveProgress progress = latest.get();
            if (progress != null) {
                printProgress(out, Duration.ofNanos(System.nanoTime() - started.get()), progress);
            }
        }, every, every, TimeUnit.MILLISECONDS);
        Plan plan;
        try (PlanningEngine engine = new PlanningEngine()) {
            plan = engine.solve(dataset, new SolveOptions(arguments.seconds(), startFrom, arguments.replan(), null,
                    arguments.progressEvery()), progress -> {
                        if (latest.getAndSet(progress) == null) {
                            started.set(System.nanoTime() - progress.elapsed().toNanos());
                            printProgress(out, progress.elapsed(), progress);
                        }
                    });
        } finally {
            ticker.shutdownNow();
        }
        SolveProgress last = latest.get();
        printProgress(out, last.elapsed(), last);
        PlanOutputs.write(dataset, plan, arguments.out());
        printSummary(dataset, plan, last, out);
        out.println("Written to " + arguments.out().toAbsolutePath());
        return plan.feasible() ? OK : INFEASIBLE;
    }

    private static void printProgress(PrintStream out, Duration elapsed, SolveProgress progress) {
        out.printf("[%5.1fs] %s  best %s  brought %d/%d  cost %s%n", elapsed.toMillis() / 1000.0,
                progress.feasible() ? "feasible  " : "INFEASIBLE", progress.score(), progress.brought(),
                progress.participants(), progress.totalCost().toPlainString());
    }

    private static void printSummary(Dataset dataset, Plan plan, SolveProgress last, PrintStream out) {
        long brought = plan.assignments().stream().filter(Assignment::brought).count();
        out.println();
        out.printf("Plan: %s, score %s%n", plan.feasible() ? "feasible" : "INFEASIBLE", plan.score());
        out.printf("People brought: %d of %d%n", brought, plan.assignments().size());
        out.printf("Cost: %s (flights %s, rooms %s, taxes %s, visas %s)%n", plan.costs().total().toPlainString(),
                plan.costs().flights().toPlainString(), plan.costs().rooms().toPlainString(),
                plan.costs().taxes().toPlainString(), plan.costs().visas().toPlainString());
        CostBreakdown breakdown = CostBreakdown.of(dataset, plan);
        plan.costs().byFund().forEach((payer, amount) -> out.printf("  paid by %-12s %s%n", payer, amount.toPlainString()));
        if (breakdown.budgetLeft() != null) {
            out.printf("  budget left      %s%n", breakdown.budgetLeft().toPlainString());
        }
        breakdown.fundsLeft().forEach((fund, left) -> out.printf("  left in %-12s %s%n", fund, left.toPlainString()));
        Map<NotBroughtReason.Code, Integer> why = new TreeMap<>();
        for (Assignment assignment : plan.assignments()) {
            if (!assignment.brought() && assignment.whyNotBrought() != null && !assignment.whyNotBrought().isEmpty()) {
                why.merge(assignment.whyNotBrought().get(0).code(), 1, Integer::sum);
            }
        }
        if (!why.isEmpty()) {
            out.println("Not brought, by first reason: " + why);
        }
        Map<String, String> penalties = new LinkedHashMap<>();
        plan.penalties().forEach((key, amount) -> {
            if (amount.signum() != 0) {
                penalties.put(key, amount.toPlainString());
            }
        });
        out.println("Penalties: " + penalties);
        if (last != null && last.scoreCalculationSpeed() > 0) {
            out.printf("Score calculation speed: %d/s%n", last.scoreCalculationSpeed());
        }
    }

    private static int check(String[] args, PrintStream out, PrintStream err) throws IOException {
        if (args.length != 3) {
            throw new UsageException("check needs a dataset and a plan: check DATASET PLAN");
        }
        Dataset dataset = DatasetLoader.load(Path.of(args[1]));
        Path planFile = Path.of(args[2]);
        if (!Files.isRegularFile(planFile)) {
            throw new UsageException("The plan (" + planFile + ") is not a file.");
        }
        CheckReport report = PlanChecker.check(dataset, CaravanJson.readPlan(planFile));
        out.print(report.summary());
        return report.feasible() && report.consistent() ? OK : INFEASIBLE;
    }

    private static int generate(String[] args, PrintStream out) throws IOException {
        Integer participants = null;
        long seed = 1;
        double coverage = 0.85;
        Path file = null;
        for (int i = 1; i < args.length; i++) {
            String option = args[i];
            String value = SolveArguments.value(args, ++i, option);
            try {
                switch (option) {
                    case "--participants" -> participants = Integer.parseInt(value);
                    case "--seed" -> seed = Long.parseLong(value);
                    case "--coverage" -> coverage = Double.parseDouble(value);
                    case "--out" -> file = Path.of(value);
                    default -> throw new UsageException("Unknown option " + option + ".");
                }
            } catch (NumberFormatException e) {
                throw new UsageException("The option " + option + " (" + value + ") must be a number.");
            }
        }
        if (participants == null || file == null) {
            throw new UsageException("generate needs --participants N and --out FILE.");
        }
        GeneratorOptions options;
        try {
            options = GeneratorOptions.of(participants, seed).withBudgetCoverage(coverage);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        Dataset dataset = DatasetGenerator.generate(options);
        CaravanJson.write(file, dataset);
        out.printf("Wrote %s: %d participants, %d hotels, %d itineraries%n", file, dataset.participants().size(),
                dataset.hotels().size(), dataset.flights().itineraries().size());
        return OK;
    }

    /** A command line that cannot be understood; the message says which argument and why. */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }

    record SolveArguments(Path dataset, Duration seconds, Path out, Duration progressEvery, Path from, boolean replan) {

        static SolveArguments parse(String[] args) {
            Path dataset = null;
            Duration seconds = Duration.ofSeconds(30);
            Path out = Path.of("plan-out");
            Duration progressEvery = Duration.ofSeconds(2);
            Path from = null;
            boolean replan = false;
            for (int i = 1; i < args.length; i++) {
                String arg = args[i];
                switch (arg) {
                    case "--seconds" -> seconds = Duration.ofSeconds(positive(arg, value(args, ++i, arg)));
                    case "--out" -> out = Path.of(value(args, ++i, arg));
                    case "--progress-seconds" -> progressEvery = Duration.ofSeconds(positive(arg, value(args, ++i, arg)));
                    case "--from" -> from = Path.of(value(args, ++i, arg));
                    case "--replan" -> replan = true;
                    default -> {
                        if (arg.startsWith("-")) {
                            throw new UsageException("Unknown option " + arg + ".");
                        }
                        if (dataset != null) {
                            throw new UsageException("One dataset only; got " + dataset + " and " + arg + ".");
                        }
                        dataset = Path.of(arg);
                    }
                }
            }
            if (dataset == null) {
                throw new UsageException("solve needs a dataset file: solve DATASET --seconds N --out DIR");
            }
            if (!Files.isRegularFile(dataset)) {
                throw new UsageException("The dataset (" + dataset + ") is not a file.");
            }
            if (replan && from == null) {
                throw new UsageException("--replan needs --from PLAN: the published plan to stay close to.");
            }
            return new SolveArguments(dataset, seconds, out, progressEvery, from, replan);
        }

        private static String value(String[] args, int index, String option) {
            if (index >= args.length) {
                throw new UsageException("The option " + option + " needs a value.");
            }
            return args[index];
        }

        private static long positive(String option, String value) {
            try {
                long number = Long.parseLong(value);
                if (number < 1) {
                    throw new UsageException("The option " + option + " (" + value + ") must be at least 1.");
                }
                return number;
            } catch (NumberFormatException e) {
                throw new UsageException("The option " + option + " (" + value + ") must be a whole number of seconds.");
            }
        }
    }
}
