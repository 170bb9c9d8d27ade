package org.caravan.data.check;

import com.fasterxml.jackson.databind.JsonNode;
import org.caravan.data.json.CaravanJson;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caravan.data.check.CheckerFixture.dataset;
import static org.caravan.data.check.CheckerFixture.feasiblePlan;

class CheckReportTest {

    /** The score is a PlanScore in Java; the check endpoint's JSON keeps its three fields. */
    @Test
    void theJsonKeepsTheScoreAsThreeFields() throws Exception {
        CheckReport report = PlanChecker.check(dataset(), feasiblePlan());
        JsonNode json = CaravanJson.mapper().readTree(CaravanJson.toJson(report));

        assertThat(json.get("hardScore").asLong()).isEqualTo(report.score().hard()).isZero();
        assertThat(json.get("mediumScore").asLong()).isEqualTo(report.score().medium());
        assertThat(json.get("softCents").asLong()).isEqualTo(report.softCents()).isEqualTo(-708_249);
        assertThat(json.has("score")).isFalse();
        assertThat(json.fieldNames()).toIterable().containsExactlyInAnyOrder("breaches", "hardScore", "mediumScore",
                "softCents", "costs", "penalties", "participantCosts", "roomCosts", "inconsistencies");
    }
}
