package org.caravan.api.dataset;

import org.caravan.data.validation.ValidDataset;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ValidDatasetsTest {

    private final List<DatasetVersionId> reads = new ArrayList<>();

    private ValidDatasets cacheOf(int capacity) throws IOException {
        String json;
        try (InputStream in = ValidDatasetsTest.class.getResourceAsStream("/datasets/tiny.json")) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        return new ValidDatasets(id -> {
            reads.add(id);
            return id.version() > 5 ? Optional.empty() : Optional.of(json);
        }, capacity);
    }

    @Test
    void readsAVersionOnceWhileItIsAmongTheMostRecentlyUsed() throws IOException {
        ValidDatasets cache = cacheOf(2);
        DatasetVersionId a = new DatasetVersionId(1, 1);
        DatasetVersionId b = new DatasetVersionId(1, 2);
        DatasetVersionId c = new DatasetVersionId(2, 1);

        ValidDataset first = cache.get(a, 0).orElseThrow();
        assertThat(cache.get(a, 0)).containsSame(first);
        cache.get(b, 0);
        cache.get(a, 0);
        cache.get(c, 0);
        assertThat(reads).containsExactly(a, b, c);
        assertThat(cache.loads()).isEqualTo(3);

        cache.get(a, 0);
        cache.get(b, 0);
        assertThat(reads).as("b was the least recently used when c came in").containsExactly(a, b, c, b);
    }

    @Test
    void aDeletedDatasetIsForgottenAndAnUnknownVersionIsEmpty() throws IOException {
        ValidDatasets cache = cacheOf(4);
        DatasetVersionId a = new DatasetVersionId(7, 1);
        cache.get(a, 0);
        cache.evict(7);
        cache.get(a, 0);
        assertThat(reads).containsExactly(a, a);
        assertThat(cache.get(new DatasetVersionId(7, 9), 0)).isEmpty();
    }

    @Test
    void aVersionReadBeforeAnErasureOnAnyInstanceIsReadAgain() throws IOException {
        ValidDatasets cache = cacheOf(4);
        DatasetVersionId a = new DatasetVersionId(3, 1);
        cache.get(a, 0);
        cache.get(a, 0);
        cache.get(a, 1);
        cache.get(a, 1);
        assertThat(reads).as("once, and once more after the erasure count moved").containsExactly(a, a);
    }
}
