package org.caravan.data.validation;

import org.caravan.data.dataset.Policy;
import org.caravan.data.rules.ShuttleSlot;
import org.caravan.data.rules.SoftRule;

/**
 * The policy: star level, slot length, weights. A dataset's own star level is 1 to 5; a solve's overrides
 * ({@link ValidDataset#withPolicy}) may also set it to 0, no hotel below it, or above 5, every hotel below it.
 */
final class PolicySection extends Section {

    private final boolean override;

    PolicySection(Section.Context context, boolean override) {
        super(context);
        this.override = override;
    }

    @Override
    void check() {
        checkPolicy();
    }

    private void checkPolicy() {
        Policy policy = dataset.policy();
        if (!override && (policy.vipMinStars() < 1 || policy.vipMinStars() > 5)) {
            issue("$.policy.vipMinStars", "dataset.policy.vipMinStars", policy.vipMinStars());
        }
        if (policy.arrivalSlotMinutes() < 1 || policy.arrivalSlotMinutes() > ShuttleSlot.MAX_MINUTES) {
            issue("$.policy.arrivalSlotMinutes", "dataset.policy.arrivalSlotMinutes", policy.arrivalSlotMinutes(),
                    ShuttleSlot.MAX_MINUTES);
        }
        for (SoftRule rule : SoftRule.values()) {
            requireMoney("$.policy.weights." + rule.key(), rule.weight(policy.weights()), "dataset.policy.negativeWeight", rule.key());
        }
    }
}
