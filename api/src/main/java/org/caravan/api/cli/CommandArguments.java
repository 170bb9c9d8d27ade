package org.caravan.api.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A command's words after its name: the files it is given, and the options it knows, each with one value. */
record CommandArguments(List<String> files, Map<String, String> options) {

    static CommandArguments parse(String[] args, Set<String> known) {
        List<String> files = new ArrayList<>();
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                files.add(arg);
                continue;
            }
            if (!known.contains(arg)) {
                throw new CaravanCli.UsageException("Unknown option " + arg + " for " + args[0] + "; it takes " + String.join(", ", known) + ".");
            }
            if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                throw new CaravanCli.UsageException("The option " + arg + " needs a value.");
            }
            if (options.put(arg, args[++i]) != null) {
                throw new CaravanCli.UsageException("The option " + arg + " is given twice.");
            }
        }
        return new CommandArguments(List.copyOf(files), options);
    }

    String option(String name) {
        return options.get(name);
    }

    String required(String name, String usage) {
        String value = options.get(name);
        if (value == null) {
            throw new CaravanCli.UsageException(usage);
        }
        return value;
    }
}
