package org.caravan.api.cli;

import org.caravan.data.text.WrittenLanguage;
import org.caravan.data.validation.InvalidDatasetException;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.UsageMessageSpec;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The command line: every subcommand is a class of its own, listed in {@link CaravanCommand}. Exit codes: 0 done,
 * 1 the plan is infeasible or the check failed, 2 bad input or usage (an unknown command too: it never starts the
 * service).
 */
public final class CaravanCli {

    static final int OK = 0;
    static final int INFEASIBLE = 1;
    static final int BAD_INPUT = 2;

    private static final String DETAILS = "commandDetails";

    private CaravanCli() {
    }

    /**
     * Whether these arguments start the service rather than a command: none at all, or only Spring settings
     * ({@code --server.port=9090}). Anything else is a command line, and a word that is no command is an error.
     */
    public static boolean startsService(String[] args) {
        return Arrays.stream(args).allMatch(arg -> arg.startsWith("--") && arg.indexOf('=') > 2);
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        // The terminal shows Caravan's own progress lines; the solver's internal log would drown them.
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("ai.timefold")).setLevel(ch.qos.logback.classic.Level.WARN);
        PrintWriter outWriter = new PrintWriter(out, true, StandardCharsets.UTF_8);
        PrintWriter errWriter = new PrintWriter(err, true, StandardCharsets.UTF_8);
        CommandLine commandLine = commandLine().setOut(outWriter).setErr(errWriter);
        try {
            return commandLine.execute(args);
        } finally {
            outWriter.flush();
            errWriter.flush();
        }
    }

    /** A command line that cannot be understood: what is wrong, what was probably meant, and the usage. */
    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println(e.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.println();
        if (command.getParent() == null) {
            // The short form: the full help of every command is one --help away.
            Help help = command.getHelp();
            err.print(help.synopsisHeading() + help.synopsis(help.synopsisHeadingLength()) + help.commandListHeading()
                    + help.commandList());
            err.println("Run with --help for every command's options.");
        } else {
            Help help = command.getHelp();
            err.print(help.synopsisHeading() + help.synopsis(help.synopsisHeadingLength()));
            err.println("Run " + command.getCommandSpec().qualifiedName() + " --help for its options.");
        }
        return BAD_INPUT;
    }

    /**
     * The language of a command that has one ({@code export}, {@code template} and {@code dossiers} take
     * {@code --lang}): its refused input is explained in it too; English otherwise.
     */
    private static WrittenLanguage language(CommandLine.ParseResult parseResult) {
        WrittenLanguage language = WrittenLanguage.EN;
        for (CommandLine.ParseResult level = parseResult; level != null; level = level.subcommand()) {
            Object asked = level.hasMatchedOption("--lang") ? level.matchedOptionValue("--lang", null) : null;
            WrittenLanguage named = asked == null ? null : WrittenLanguage.of(asked.toString());
            language = named == null ? language : named;
        }
        return language;
    }

    /** The command tree, with the exit codes and error messages of every command. */
    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new CaravanCommand())
                .setExitCodeExceptionMapper(e -> BAD_INPUT)
                .setParameterExceptionHandler(CaravanCli::usageError)
                .setExecutionExceptionHandler((e, command, parseResult) -> {
                    if (e instanceof InvalidDatasetException invalid) {
                        command.getErr().println(invalid.message(language(parseResult)));
                        return BAD_INPUT;
                    }
                    if (e instanceof UncheckedIOException io) {
                        command.getErr().println("Cannot read or write a file: " + io.getCause().getMessage());
                        return BAD_INPUT;
                    }
                    if (e instanceof java.io.IOException io) {
                        command.getErr().println("Cannot read or write a file: " + io.getMessage());
                        return BAD_INPUT;
                    }
                    throw e;
                });
        // The top-level help shows every command's own help too, so one --help tells everything.
        List<String> sections = new ArrayList<>(commandLine.getHelpSectionKeys());
        sections.add(sections.indexOf(UsageMessageSpec.SECTION_KEY_FOOTER_HEADING), DETAILS);
        commandLine.getHelpSectionMap().put(DETAILS, help -> {
            StringBuilder details = new StringBuilder();
            help.subcommands().forEach((name, sub) -> {
                if (!(sub.commandSpec().userObject() instanceof CommandLine.HelpCommand)) {
                    details.append(System.lineSeparator()).append(sub.commandSpec().commandLine()
                            .getUsageMessage(Help.Ansi.OFF));
                }
            });
            return details.toString();
        });
        commandLine.setHelpSectionKeys(sections);
        return commandLine;
    }
}
