package org.caravan.data.validation;

import java.util.List;
import java.util.stream.Collectors;

/** A dataset that cannot be planned, with every problem found at once. */
public class InvalidDatasetException extends RuntimeException {

    private final List<ValidationIssue> issues;

    public InvalidDatasetException(List<ValidationIssue> issues) {
        this("The dataset has " + issues.size() + " problem(s)", issues);
    }

    /** The problems under a heading of the caller's (a change file's, say). */
    protected InvalidDatasetException(String heading, List<ValidationIssue> issues) {
        super(heading + ":\n" + issues.stream().map(issue -> "  " + issue).collect(Collectors.joining("\n")));
        this.issues = List.copyOf(issues);
    }

    public List<ValidationIssue> issues() {
        return issues;
    }
}
