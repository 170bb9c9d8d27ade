package org.caravan.api.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code java -jar caravan.jar COMMAND ...}. A new command is a class of its own (a {@code Callable<Integer>} with a
 * picocli {@code @Command}), added to {@code subcommands} here; it inherits {@code -h/--help} and {@code -V/--version}
 * from this one.
 */
@Command(name = "java -jar caravan.jar", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT,
        version = "Caravan 0.1.0",
        subcommands = {SolveCommand.class, ReplanCommand.class, SweepCommand.class, CompareCommand.class, CheckCommand.class, GenerateCommand.class, ImportCommand.class, ExportCommand.class,
                TemplateCommand.class, DossiersCommand.class, HelpCommand.class},
        synopsisSubcommandLabel = "COMMAND",
        description = {
                "Caravan plans lodging and travel for the participants of an event.",
                "",
                "Without arguments (or with only --name=value settings, e.g. --server.port=9090) it starts the "
                        + "planner service: see docs/SERVICE.md."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:the plan is infeasible, or the check found problems", "2:bad input or usage"})
final class CaravanCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    /** A command line with options but no command. */
    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Which command? Use one of " + spec.subcommands().keySet() + ".");
    }
}
