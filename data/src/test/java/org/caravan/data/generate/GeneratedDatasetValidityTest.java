package org.caravan.data.generate;

import org.caravan.data.dataset.Dataset;
import org.caravan.data.validation.DatasetValidator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Whatever the size, a generated dataset is one a planner could submit: the validator finds nothing. */
class GeneratedDatasetValidityTest {

    @Test
    void fiftyParticipants() {
        assertThat(DatasetValidator.validate(DatasetGenerator.generate(GeneratorOptions.of(50, 50L)))).isEmpty();
    }

    @Test
    void theFlagship() {
        assertThat(DatasetValidator.validate(FlagshipSample.dataset())).isEmpty();
    }

    @Test
    void twoThousandParticipantsOnATightBudget() {
        Dataset dataset = DatasetGenerator.generate(GeneratorOptions.of(2000, 2000L).withBudgetCoverage(0.7));

        assertThat(DatasetValidator.validate(dataset)).isEmpty();
    }
}
