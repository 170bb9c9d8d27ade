package org.caravan.data.rules;

import org.caravan.data.dataset.Weights;
import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class SoftRuleTest {

    @Test
    void eachRuleReadsTheWeightOfItsKey() throws Exception {
        RecordComponent[] fields = Weights.class.getRecordComponents();
        assertThat(Arrays.stream(fields).map(RecordComponent::getName))
                .containsExactly(Arrays.stream(SoftRule.values()).map(SoftRule::key).toArray(String[]::new));
        Weights weights = SoftRule.weights(rule -> BigDecimal.valueOf(rule.ordinal() + 1));
        for (SoftRule rule : SoftRule.values()) {
            Object field = Weights.class.getMethod(rule.key()).invoke(weights);
            assertThat(rule.weight(weights)).as(rule.key()).isEqualTo(field).isEqualTo(BigDecimal.valueOf(rule.ordinal() + 1));
        }
    }

    @Test
    void weightsFromRulesSetOneRuleAndLeaveTheOthersAtTheirDefault() {
        Weights defaults = Weights.defaults();
        for (SoftRule rule : SoftRule.values()) {
            Weights one = SoftRule.weights(other -> other == rule ? new BigDecimal("7.25") : null);
            for (SoftRule other : SoftRule.values()) {
                assertThat(other.weight(one)).as(rule + " / " + other)
                        .isEqualTo(other == rule ? new BigDecimal("7.25") : other.weight(defaults));
            }
            assertThat(rule.weightCents(one)).isEqualTo(725);
        }
    }
}
