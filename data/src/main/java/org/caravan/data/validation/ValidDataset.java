package org.caravan.data.validation;

import org.caravan.data.dataset.Dataset;
import org.caravan.data.dataset.Policy;

import java.util.List;

/**
 * A dataset that can be planned: the proof that {@link DatasetValidator} found no problem in it, with the
 * {@link DatasetIndex} the validation computed. Only this package makes one, through {@link DatasetLoader#load},
 * {@link DatasetValidator#valid} or {@link #withPolicy} (an index, which only the validation builds, must come with
 * it); everything downstream (the engine, the checker, the exports, the explanations) takes
 * it instead of a dataset that "must be valid".
 * <p>
 * Immutable and thread-safe: the dataset's records and lists cannot change once read, and the index is complete when
 * this is made. A service can keep one instance per stored dataset version and share it between requests and solves.
 */
public record ValidDataset(Dataset dataset, DatasetIndex index) {

    /** Only the index the validation built for this very dataset makes it valid; no other code can build an index. */
    public ValidDataset {
        if (index.dataset() != dataset) {
            throw new IllegalArgumentException("The index was built for another dataset than " + dataset.event().name());
        }
    }

    /**
     * The same dataset planned under another policy, as a solve's overrides set it; this one is not changed. The
     * index reads nothing of the policy, but is built again so that it names the dataset it belongs to. Unlike a
     * dataset's own, the star level may be 0 (no hotel is below it) or above 5 (every hotel is).
     *
     * @throws InvalidDatasetException naming the field, for a slot length outside a minute to a day or a weight that
     *         is negative, too large or finer than a cent
     */
    public ValidDataset withPolicy(Policy policy) {
        Dataset planned = dataset.withPolicy(policy);
        List<ValidationIssue> issues = DatasetValidator.overridingPolicyIssues(planned);
        if (!issues.isEmpty()) {
            throw new InvalidDatasetException(issues);
        }
        return new ValidDataset(planned, new DatasetIndex(planned));
    }

    @Override
    public String toString() {
        return "ValidDataset[" + dataset.event().name() + ", " + dataset.participants().size() + " participants]";
    }
}
