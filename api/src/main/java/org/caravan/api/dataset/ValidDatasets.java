package org.caravan.api.dataset;

import org.caravan.api.config.CaravanProperties;
import org.caravan.data.validation.DatasetLoader;
import org.caravan.data.validation.ValidDataset;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * The valid form of stored dataset versions, kept in memory for the most recently used ones (versions never change,
 * so an entry never goes stale). {@link #read} is the one place where the service turns dataset text into its valid
 * form: uploads, new versions and cache misses all go through it.
 */
@Component
public class ValidDatasets {

    private final Function<DatasetVersionId, Optional<String>> contents;
    private final int capacity;
    private final Map<DatasetVersionId, Remembered> recent;
    private final AtomicLong loads = new AtomicLong();

    @Autowired
    ValidDatasets(DatasetStore store, CaravanProperties properties) {
        this(store::content, properties.datasets().cacheSize());
    }

    ValidDatasets(Function<DatasetVersionId, Optional<String>> contents, int capacity) {
        this.contents = contents;
        this.capacity = capacity;
        this.recent = new LinkedHashMap<>(16, 0.75f, true);
    }

    /** Reads and validates dataset text; every problem at once as an {@code InvalidDatasetException}. */
    ValidDataset read(String json) {
        loads.incrementAndGet();
        return DatasetLoader.load(json);
    }

    /** A version in memory, and how many erasures of its dataset it has seen. */
    private record Remembered(ValidDataset dataset, int erasures) {
    }

    /**
     * The valid form of a stored version, read from the store only when it is not in memory, or when personal data
     * of the dataset was erased since it was read (on any instance: {@code erasures} is the stored count); empty if none.
     */
    Optional<ValidDataset> get(DatasetVersionId id, int erasures) {
        synchronized (recent) {
            Remembered known = recent.get(id);
            if (known != null && known.erasures() == erasures) {
                return Optional.of(known.dataset());
            }
        }
        // Read outside the lock: two first requests for one version may both read it, and neither blocks the others.
        return contents.apply(id).map(json -> {
            loads.incrementAndGet();
            ValidDataset dataset = DatasetLoader.loadStored(json);
            put(id, dataset, erasures);
            return dataset;
        });
    }

    void put(DatasetVersionId id, ValidDataset dataset) {
        put(id, dataset, 0);
    }

    private void put(DatasetVersionId id, ValidDataset dataset, int erasures) {
        synchronized (recent) {
            recent.put(id, new Remembered(dataset, erasures));
            if (recent.size() > capacity) {
                recent.remove(recent.keySet().iterator().next());
            }
        }
    }

    void evict(long datasetId) {
        synchronized (recent) {
            recent.keySet().removeIf(id -> id.datasetId() == datasetId);
        }
    }

    /** How often dataset text was read and validated since start: once per new version and per cache miss. */
    public long loads() {
        return loads.get();
    }
}
