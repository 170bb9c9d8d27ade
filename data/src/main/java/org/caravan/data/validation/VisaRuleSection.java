package org.caravan.data.validation;

import org.caravan.data.dataset.VisaRule;

/** The visa rules. */
final class VisaRuleSection extends Section {

    VisaRuleSection(Section.Context context) {
        super(context);
    }

    @Override
    void check() {
        checkVisaRules();
    }

    private void checkVisaRules() {
        eachEntry("$.visaRules", dataset.visaRules(), "dataset.visaRule.null", this::checkVisaRule);
    }

    private void checkVisaRule(String path, VisaRule rule) {
        requireCountryCode(path + ".nationality", rule.nationality(), words("owner.visaRule"), words("word.nationality"));
        requireCountryCode(path + ".country", rule.country(), words("owner.visaRule"), words("word.country"));
        if (rule.purpose() == null) {
            issue(path + ".purpose", "dataset.visaRule.noPurpose");
        }
        requireText(path + ".visa", rule.visa(), "dataset.visaRule.noVisa");
        requireMoney(path + ".fee", rule.fee(), "dataset.visaRule.negativeFee");
    }
}
