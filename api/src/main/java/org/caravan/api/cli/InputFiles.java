package org.caravan.api.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

import java.nio.file.Path;

/** Input files named on the command line. */
final class InputFiles {

    private InputFiles() {
    }

    /** A usage error (exit 2) naming the file when it is not a readable file. */
    static void requireFile(CommandSpec spec, String what, Path file) {
        if (!java.nio.file.Files.isRegularFile(file)) {
            throw new ParameterException(spec.commandLine(), "The " + what + " (" + file + ") is not a file.");
        }
    }
}
