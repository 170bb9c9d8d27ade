package org.caravan.data.changes;

import org.caravan.data.text.Text;
import org.caravan.data.validation.InvalidDatasetException;
import org.caravan.data.validation.ValidationIssue;

import java.util.List;

/**
 * A change file that cannot be applied, with every problem at once: each names the change ({@code $.changes[3]}) and
 * its field, or the place of the dataset a change would make invalid. Nothing was applied.
 */
public class InvalidChangesException extends InvalidDatasetException {

    public InvalidChangesException(List<ValidationIssue> issues) {
        super(Text.of("changes.problems", issues.size()), issues);
    }
}
