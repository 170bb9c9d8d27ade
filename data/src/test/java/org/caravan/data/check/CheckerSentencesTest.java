package org.caravan.data.check;

import org.caravan.data.rules.HardRule;
import org.caravan.data.text.Text;
import org.caravan.data.text.WrittenLanguage;
import org.caravan.data.validation.ValidDataset;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caravan.data.check.CheckerFixture.NIGHTS_24_TO_27;
import static org.caravan.data.check.CheckerFixture.NIGHTS_24_TO_28;
import static org.caravan.data.check.CheckerFixture.brought;
import static org.caravan.data.check.CheckerFixture.dataset;
import static org.caravan.data.check.CheckerFixture.feasiblePlan;
import static org.caravan.data.check.CheckerFixture.planWith;
import static org.caravan.data.check.CheckerFixture.replace;

/**
 * The checker's sentences come from the catalogues: each breach and penalty reads in French with dates and money as
 * French writes them, and its English is the message word for word.
 */
class CheckerSentencesTest {

    private final ValidDataset dataset = dataset();

    @Test
    void aBreachReadsInFrench_withTheNightAsFrenchWritesIt() {
        CheckReport report = PlanChecker.check(dataset, planWith(brought("p6", "itE", "h2-201", NIGHTS_24_TO_27)));

        Breach breach = report.breaches(HardRule.GENDER_MIX).get(0);
        assertThat(breach.text().english()).isEqualTo(breach.message());
        assertThat(breach.text().in(WrittenLanguage.FR)).isEqualTo("p5 (genre M, foyer null) et p6 (genre F, foyer null)"
                + " ne peuvent pas partager : p5 et p6 partagent la chambre h2-201 à partir de la nuit du 24/03/2026");
    }

    @Test
    void aBudgetBreachWritesItsMoneyAsFrenchDoes() {
        ValidDataset tight = dataset(replace("\"total\": 6000", "\"total\": 4700"));

        Breach breach = PlanChecker.check(tight, feasiblePlan()).breaches(HardRule.BUDGET_EXCEEDED).get(0);

        assertThat(breach.text().in(WrittenLanguage.FR)).isEqualTo("Les payeurs autres que SELF (fund-a, general) dépensent"
                + " 4\u202f747,25 EUR, au-delà du budget de 4\u202f700,00 EUR de 47,25 EUR");
    }

    @Test
    void everyBreachAndPenaltyIsASentenceOfTheCatalogues_itsEnglishTheMessage() {
        CheckReport report = PlanChecker.check(dataset(replace("\"total\": 6000", "\"total\": 4700")),
                planWith(brought("p3", "itB", "h2-202", NIGHTS_24_TO_28), brought("p6", "itE", "h2-201", NIGHTS_24_TO_27)),
                feasiblePlan());

        assertThat(report.breaches()).isNotEmpty().allSatisfy(breach -> {
            assertThat(breach.text()).isInstanceOf(Text.Message.class);
            assertThat(breach.text().english()).isEqualTo(breach.message());
            assertThat(breach.text().in(WrittenLanguage.FR)).isNotEqualTo(breach.message());
        });
        assertThat(report.penaltyMatches()).extracting(Penalty::rule).hasSizeGreaterThan(5);
        assertThat(report.penaltyMatches()).allSatisfy(penalty -> {
            assertThat(penalty.text()).isInstanceOf(Text.Message.class);
            assertThat(penalty.text().english()).isEqualTo(penalty.message());
            assertThat(penalty.text().in(WrittenLanguage.FR)).isNotEqualTo(penalty.message());
        });
    }
}
