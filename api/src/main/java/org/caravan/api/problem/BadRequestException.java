package org.caravan.api.problem;

import org.caravan.data.validation.ValidationIssue;

import java.util.List;

/** A request whose values are wrong, with every problem at once, each with the JSON path or parameter it concerns. */
public class BadRequestException extends RuntimeException {

    private final List<ValidationIssue> issues;

    public BadRequestException(List<ValidationIssue> issues) {
        super(issues.size() == 1 ? issues.get(0).toString() : issues.size() + " problems in the request");
        this.issues = List.copyOf(issues);
    }

    public BadRequestException(String path, String message) {
        this(List.of(new ValidationIssue(path, message)));
    }

    public List<ValidationIssue> issues() {
        return issues;
    }
}
