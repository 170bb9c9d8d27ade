package org.caravan.data.sheets;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What an import did and found: for each part of the dataset a sheet gave, how many records it added, updated and
 * left unchanged, and how many of the dataset's it kept without a row; notes a planner should read (ignored
 * columns, ids given to rows without one); and problems, every one at once. An import with problems changes nothing.
 */
public record ImportReport(List<Count> counts, List<SheetIssue> notes, List<SheetIssue> problems) {

    public ImportReport {
        counts = List.copyOf(counts);
        notes = List.copyOf(notes);
        problems = List.copyOf(problems);
    }

    /**
     * @param what the part of the dataset, as {@link SheetKind#plural()} names it ("participants")
     * @param kept records of the dataset imported into that no row named; they stay as they were
     */
    public record Count(String what, int added, int updated, int unchanged, int kept) {

        @Override
        public String toString() {
            return "%s: %d added, %d updated, %d unchanged%s".formatted(what, added, updated, unchanged,
                    kept > 0 ? ", %d kept without a row".formatted(kept) : "");
        }
    }

    public boolean accepted() {
        return problems.isEmpty();
    }

    /** The report as the command line prints it: counts, then notes, then problems, one a line. */
    public String summary() {
        StringBuilder text = new StringBuilder();
        counts.forEach(count -> text.append(count).append('\n'));
        if (!notes.isEmpty()) {
            text.append(notes.size()).append(notes.size() == 1 ? " note:\n" : " notes:\n");
            notes.forEach(note -> text.append("  ").append(note).append('\n'));
        }
        if (!problems.isEmpty()) {
            text.append(problems.size()).append(problems.size() == 1 ? " problem" : " problems")
                    .append("; nothing was imported:\n")
                    .append(problems.stream().map(problem -> "  " + problem).collect(Collectors.joining("\n"))).append('\n');
        }
        return text.toString();
    }
}
