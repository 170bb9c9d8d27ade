package org.caravan.api.dataset;

import java.util.Optional;

/**
 * Something that may keep a dataset from being deleted, such as a solve of it that is queued or running. Implemented
 * where that knowledge lives, so this package depends on nothing that uses datasets.
 */
public interface DatasetUse {

    /** Why the dataset cannot be deleted now (a sentence for the planner), or empty. Called under the dataset's lock. */
    Optional<String> blocksDeletion(long datasetId);
}
