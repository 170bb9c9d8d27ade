package org.caravan.data.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.caravan.data.check.CheckReport;
import org.caravan.data.check.PlanChecker;
import org.caravan.data.dataset.Dataset;
import org.caravan.data.json.CaravanJson;
import org.caravan.data.plan.Assignment;
import org.caravan.data.plan.NotBroughtReason;
import org.caravan.data.plan.Plan;
import org.caravan.data.validation.TinyDataset;
import org.caravan.data.validation.DatasetValidator;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A plan as Caravan writes it (its numbers from the checker, as the benchmarks' referee and the service's
 * documents do, written by {@link CaravanJson}) matches the plan schema, and the schema refuses a plan that
 * contradicts itself.
 */
class PlanSchemaTest {

    private static final Dataset TINY = TinyDataset.valid().dataset();

    /** p1 and p2 share h1-101 on the nights their itineraries give; p3, who comes by road, is left out. */
    private static Plan writtenPlan() {
        List<LocalDate> nights = LocalDate.parse("2026-03-24").datesUntil(LocalDate.parse("2026-03-28")).toList();
        List<Assignment> assignments = List.of(
                new Assignment("p1", true, "it1", "h1-101", nights, true, false, null),
                new Assignment("p2", true, "it2", "h1-101", nights, false, true, null),
                Assignment.notBrought("p3", List.of(new NotBroughtReason(NotBroughtReason.Code.PRIORITY_TRADE_OFF, null,
                        "A seat, a bed (h2-1) and the money are there; bringing p3 (priority 1) did not pay off"))));
        Plan draft = new Plan(Plan.FORMAT, TINY.event().name(), 1, null, false, assignments, null, null);
        CheckReport report = PlanChecker.check(DatasetValidator.valid(TINY), draft);
        return new Plan(Plan.FORMAT, TINY.event().name(), 2, report.score(), report.feasible(), assignments,
                report.costs(), report.penalties());
    }

    @Test
    void aPlanAsCaravanWritesItMatchesTheSchema() {
        Plan plan = writtenPlan();
        assertThat(PlanChecker.check(DatasetValidator.valid(TINY), plan).inconsistencies()).isEmpty();

        assertThat(Schemas.problems(Schemas.PLAN, CaravanJson.toJson(plan))).isEmpty();
    }

    @Test
    void aPlanWithoutScoreOrCosts_asAPlannersSpreadsheetMightGiveIt_isNamedIncomplete() {
        ObjectNode plan = written();
        plan.remove("score");
        plan.remove("costs");

        assertThat(Schemas.problems(Schemas.schema(Schemas.PLAN), plan)).containsExactlyInAnyOrder(
                ": required property 'score' not found", ": required property 'costs' not found");
    }

    @Test
    void someoneNotBroughtHasNoItineraryRoomOrNights() {
        ObjectNode plan = written();
        ((ObjectNode) plan.at("/assignments/2")).put("room", "h2-1");

        assertThat(Schemas.problems(Schemas.schema(Schemas.PLAN), plan)).containsExactly(
                "/assignments/2/room: string found, null expected");
    }

    @Test
    void someoneBroughtHasNoReasonForBeingLeftOut() {
        ObjectNode plan = written();
        ((ObjectNode) plan.at("/assignments/0")).set("whyNotBrought", plan.at("/assignments/2/whyNotBrought"));

        assertThat(Schemas.problems(Schemas.schema(Schemas.PLAN), plan)).singleElement().asString()
                .startsWith("/assignments/0");
    }

    @Test
    void feasibleSaysWhatTheHardScoreSays() {
        ObjectNode plan = written();
        ((ObjectNode) plan.at("/score")).put("hard", -1);

        assertThat(Schemas.problems(Schemas.schema(Schemas.PLAN), plan)).containsExactly(
                "/feasible: must be the constant value 'false'");
    }

    @Test
    void penaltiesAreKeyedByTheWeightsOfThePolicy() {
        ObjectNode plan = written();
        ((ObjectNode) plan.at("/penalties")).put("noiseAtNight", 10);

        assertThat(Schemas.problems(Schemas.schema(Schemas.PLAN), plan)).singleElement().asString()
                .startsWith("/penalties");
    }

    private static ObjectNode written() {
        JsonNode plan = Schemas.read(CaravanJson.toJson(writtenPlan()));
        assertThat(Schemas.problems(Schemas.schema(Schemas.PLAN), plan)).isEmpty();
        return (ObjectNode) plan;
    }
}
