package org.caravan.data.validation;

import org.caravan.data.text.Text;
import org.caravan.data.text.WrittenLanguage;

import java.util.List;
import java.util.stream.Collectors;

/** A dataset that cannot be planned, with every problem found at once. */
public class InvalidDatasetException extends RuntimeException {

    private final Text heading;
    private final List<ValidationIssue> issues;

    public InvalidDatasetException(List<ValidationIssue> issues) {
        this(Text.of("dataset.problems", issues.size()), issues);
    }

    /** The problems under a heading of the caller's (a change file's, say). */
    protected InvalidDatasetException(Text heading, List<ValidationIssue> issues) {
        super(written(heading, issues, WrittenLanguage.EN));
        this.heading = heading;
        this.issues = List.copyOf(issues);
    }

    public List<ValidationIssue> issues() {
        return issues;
    }

    /** The heading and every problem, one a line, in this language; {@link #getMessage} is the English. */
    public String message(WrittenLanguage language) {
        return written(heading, issues, language);
    }

    private static String written(Text heading, List<ValidationIssue> issues, WrittenLanguage language) {
        return heading.in(language) + ":\n" + issues.stream().map(issue -> "  " + issue.in(language))
                .collect(Collectors.joining("\n"));
    }
}
