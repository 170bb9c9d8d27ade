package org.caravan.solver;

import org.caravan.data.dataset.Dataset;
import org.caravan.data.validation.DatasetValidator;
import org.caravan.data.validation.InvalidDatasetException;
import org.caravan.data.validation.ValidationIssue;

import java.util.List;

/** An invalid dataset never reaches the solver. */
final class DatasetChecks {

    private DatasetChecks() {
    }

    static void requireValid(Dataset dataset) {
        List<ValidationIssue> issues = DatasetValidator.validate(dataset);
        if (!issues.isEmpty()) {
            throw new InvalidDatasetException(issues);
        }
    }
}
