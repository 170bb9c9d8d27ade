package org.caravan.api.cli;

import java.io.PrintStream;
import java.util.Set;

/** The command line: {@code solve DATASET --seconds N --out DIR}, and {@code --help}. */
public final class CaravanCli {

    private static final Set<String> COMMANDS = Set.of("solve", "help", "--help", "-h");

    private CaravanCli() {
    }

    public static boolean handles(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        err.println("The command line is being written.");
        return 2;
    }
}
