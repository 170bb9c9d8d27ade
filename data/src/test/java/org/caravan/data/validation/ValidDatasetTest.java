package org.caravan.data.validation;

import org.caravan.data.dataset.Policy;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ValidDatasetTest {

    private final ValidDataset tiny = TinyDataset.valid().validated();

    @Test
    void theIndexIsTheOneTheValidationBuilt() {
        assertThat(tiny.index().dataset()).isSameAs(tiny.dataset());
        assertThat(tiny.index().participant("p1")).isSameAs(tiny.dataset().participants().get(0));
    }

    @Test
    void anIndexProvesOnlyTheDatasetItWasBuiltFor() {
        ValidDataset other = TinyDataset.valid().validated();
        assertThatThrownBy(() -> new ValidDataset(other.dataset(), tiny.index()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDatasetOnceValidCannotBeChangedUnderThoseWhoShareIt() {
        assertThatThrownBy(() -> tiny.dataset().participants().remove(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> tiny.dataset().hotels().get(0).rooms().clear())
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> tiny.index().itineraries().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    /** A solve's overrides may switch the star level off, which a dataset's own policy may not. */
    @Test
    void aSolvesPolicyMaySwitchTheStarLevelOff() {
        Policy off = new Policy(null, 0, null, null);
        assertThat(DatasetValidator.validate(tiny.dataset().withPolicy(off))).extracting(ValidationIssue::path)
                .containsExactly("$.policy.vipMinStars");

        ValidDataset planned = tiny.withPolicy(off);

        assertThat(planned.dataset().policy().vipMinStars()).isZero();
        assertThat(planned.index().dataset()).isSameAs(planned.dataset());
        assertThat(tiny.dataset().policy().vipMinStars()).isEqualTo(4);
    }

    @Test
    void aSolvesPolicyStillNeedsASlotAndWeightsInCents() {
        assertThatThrownBy(() -> tiny.withPolicy(new Policy(null, null, 0, null)))
                .isInstanceOf(InvalidDatasetException.class).hasMessageContaining("$.policy.arrivalSlotMinutes");
    }
}
