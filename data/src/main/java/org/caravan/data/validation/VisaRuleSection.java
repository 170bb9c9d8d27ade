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
        eachEntry("$.visaRules", dataset.visaRules(), "visa rule", this::checkVisaRule);
    }

    private void checkVisaRule(String path, VisaRule rule) {
        requireCountryCode(path + ".nationality", rule.nationality(), "A visa rule", "nationality");
        requireCountryCode(path + ".country", rule.country(), "A visa rule", "country");
        if (rule.purpose() == null) {
            issue(path + ".purpose", "A visa rule has no purpose; use ENTRY or TRANSIT.");
        }
        requireText(path + ".visa", rule.visa(), "A visa rule names no visa; give the visa's name as in visasHeld (such as SCHENGEN).");
        requireMoney(path + ".fee", rule.fee(), "A visa rule has a negative fee (%s).");
    }
}
