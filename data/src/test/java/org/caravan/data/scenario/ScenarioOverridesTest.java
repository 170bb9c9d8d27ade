package org.caravan.data.scenario;

import org.caravan.data.dataset.Participant;
import org.caravan.data.dataset.Role;
import org.caravan.data.generate.DatasetGenerator;
import org.caravan.data.generate.GeneratorOptions;
import org.caravan.data.validation.DatasetValidator;
import org.caravan.data.validation.InvalidDatasetException;
import org.caravan.data.validation.ItineraryFacts;
import org.caravan.data.validation.ValidDataset;
import org.caravan.data.validation.ValidationIssue;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each kind of override changes the dataset it is applied to, and only that; a bad one is named by its field. */
class ScenarioOverridesTest {

    private static final ValidDataset VALID = DatasetValidator.valid(DatasetGenerator.generate(GeneratorOptions.of(50, 50L)));

    /** Filtering itineraries strands some must-attend people of this dataset; lifting must-attend by role keeps it plannable. */
    private static final List<PriorityChange> NOBODY_MUST_ATTEND = java.util.Arrays.stream(Role.values())
            .filter(role -> VALID.dataset().participants().stream().anyMatch(p -> p.role() == role))
            .map(role -> new PriorityChange(role, null, null, null, false)).toList();

    private static ScenarioOverrides overrides(BigDecimal total, Boolean keep, Map<String, BigDecimal> funds,
            List<String> hotels, List<String> rooms, Integer maxStops, Boolean noLong, List<PriorityChange> priorities,
            List<String> excluded) {
        return new ScenarioOverrides(total, keep, funds, hotels, rooms, maxStops, noLong, priorities, excluded);
    }

    @Test
    void noOverridesIsTheSameDataset() {
        assertThat(ScenarioOverrides.none().applyTo(VALID)).isSameAs(VALID);
    }

    @Test
    void aNewTotalScalesTheFundsUnlessTheyAreKept() {
        BigDecimal total = VALID.dataset().budget().total();
        BigDecimal doubled = total.multiply(BigDecimal.valueOf(2));
        var scaled = overrides(doubled, null, null, null, null, null, null, null, null).applyTo(VALID).dataset().budget();
        var kept = overrides(doubled, true, null, null, null, null, null, null, null).applyTo(VALID).dataset().budget();

        assertThat(scaled.total()).isEqualByComparingTo(doubled);
        assertThat(VALID.dataset().budget().funds()).isNotEmpty();
        for (int i = 0; i < scaled.funds().size(); i++) {
            BigDecimal original = VALID.dataset().budget().funds().get(i).amount();
            assertThat(scaled.funds().get(i).amount()).isEqualByComparingTo(original.multiply(BigDecimal.valueOf(2)));
            assertThat(kept.funds().get(i).amount()).isEqualByComparingTo(original);
        }
    }

    @Test
    void aFundAmountIsSet() {
        String fund = VALID.dataset().budget().funds().get(0).id();
        var budget = overrides(null, null, Map.of(fund, new BigDecimal("1234.00")), null, null, null, null, null, null)
                .applyTo(VALID).dataset().budget();

        assertThat(budget.funds().get(0).amount()).isEqualByComparingTo("1234.00");
        assertThat(budget.total()).isEqualByComparingTo(VALID.dataset().budget().total());
    }

    @Test
    void aHotelAndARoomAreSwitchedOff() {
        String hotel = VALID.dataset().hotels().get(0).id();
        String room = VALID.dataset().hotels().get(1).rooms().get(0).id();
        ValidDataset planned = overrides(null, null, null, List.of(hotel), List.of(room), null, null, null, null)
                .applyTo(VALID);

        assertThat(planned.index().hotel(hotel)).isNull();
        assertThat(planned.index().room(room)).isNull();
        assertThat(planned.dataset().hotels()).hasSize(VALID.dataset().hotels().size() - 1);
    }

    @Test
    void itinerariesAreFilteredByStopsAndLongLayovers() {
        ValidDataset oneStop = overrides(null, null, null, null, null, 1, null, NOBODY_MUST_ATTEND, null).applyTo(VALID);
        ValidDataset noLong = overrides(null, null, null, null, null, null, true, NOBODY_MUST_ATTEND, null).applyTo(VALID);

        assertThat(VALID.index().itineraries().values()).anyMatch(facts -> ScenarioOverrides.stopsEachWay(facts) > 1);
        assertThat(oneStop.index().itineraries().values()).isNotEmpty().allMatch(facts -> ScenarioOverrides.stopsEachWay(facts) <= 1);
        assertThat(noLong.index().itineraries().values()).allMatch(facts -> facts.longLayovers() == 0);
        assertThat(noLong.index().itineraries().size()
                + VALID.index().itineraries().values().stream().filter(facts -> facts.longLayovers() > 0).count())
                .isEqualTo(VALID.index().itineraries().size());
    }

    @Test
    void prioritiesAndMustAttendChangeByRoleDelegationAndCountry() {
        Participant someone = VALID.dataset().participants().stream().filter(p -> !p.mustAttend()).findFirst().orElseThrow();
        ValidDataset planned = overrides(null, null, null, null, null, null, null, List.of(
                new PriorityChange(Role.DELEGATE, null, someone.nationality(), 5, null),
                new PriorityChange(someone.role(), null, someone.nationality(), 2, null)), null).applyTo(VALID);

        for (Participant participant : planned.dataset().participants()) {
            Participant before = VALID.index().participant(participant.id());
            boolean second = participant.role() == someone.role() && participant.nationality().equals(someone.nationality());
            boolean first = participant.role() == Role.DELEGATE && participant.nationality().equals(someone.nationality());
            assertThat(participant.priority()).isEqualTo(second ? 2 : first ? 5 : before.priority());
        }
        assertThat(planned.index().participant(someone.id()).priority()).isEqualTo(2);
    }

    @Test
    void participantsAreExcludedAndRequestsToThemDropped() {
        Participant asker = VALID.dataset().participants().stream().filter(p -> !p.roommateRequests().isEmpty())
                .findFirst().orElseThrow();
        String asked = asker.roommateRequests().get(0);
        ValidDataset planned = overrides(null, null, null, null, null, null, null, null, List.of(asked)).applyTo(VALID);

        assertThat(planned.index().participant(asked)).isNull();
        assertThat(planned.index().participant(asker.id()).roommateRequests()).doesNotContain(asked);
        assertThat(planned.dataset().participants()).hasSize(VALID.dataset().participants().size() - 1);
    }

    @Test
    void unknownIdsAreNamedByTheirField() {
        assertThatThrownBy(() -> overrides(null, null, Map.of("NOPE", BigDecimal.ONE), List.of("H-none"), null, -1,
                null, List.of(new PriorityChange(null, null, null, 3, null)), List.of("P-none")).applyTo(VALID))
                .isInstanceOfSatisfying(InvalidDatasetException.class, e -> assertThat(e.issues())
                        .extracting(ValidationIssue::path).containsExactly("$.overrides.fundAmounts.NOPE",
                                "$.overrides.hotelsOff[0]", "$.overrides.excludedParticipants[0]",
                                "$.overrides.maxStops", "$.overrides.priorities[0]"));
    }

    @Test
    void anOverrideThatMakesTheDatasetUnplannableIsNamed() {
        // Every hotel off: nobody who needs lodging can be brought, and a dataset needs hotels.
        List<String> hotels = VALID.dataset().hotels().stream().map(hotel -> hotel.id()).toList();
        assertThatThrownBy(() -> overrides(null, null, null, hotels, null, null, null, null, null).applyTo(VALID))
                .isInstanceOfSatisfying(InvalidDatasetException.class, e -> assertThat(e.issues())
                        .isNotEmpty().allSatisfy(issue -> assertThat(issue.path()).isEqualTo("$.overrides.hotelsOff")));
    }

    @Test
    void atMostOneStopKeepsEveryItineraryWithOneStopOrNone() {
        ValidDataset oneStop = overrides(null, null, null, null, null, 1, null, NOBODY_MUST_ATTEND, null).applyTo(VALID);
        assertThat(oneStop.index().itineraries().keySet()).containsExactlyInAnyOrderElementsOf(
                VALID.index().itineraries().values().stream().filter(facts -> ScenarioOverrides.stopsEachWay(facts) <= 1)
                        .map(ItineraryFacts::id).toList());
    }

    @Test
    void directFlightsOnlyStrandsMustAttendPeopleAndSaysSoUnderMaxStops() {
        assertThatThrownBy(() -> overrides(null, null, null, null, null, 0, null, null, null).applyTo(VALID))
                .isInstanceOfSatisfying(InvalidDatasetException.class, e -> assertThat(e.issues()).isNotEmpty()
                        .allSatisfy(issue -> {
                            assertThat(issue.path()).isEqualTo("$.overrides.maxStops");
                            assertThat(issue.message()).contains("must attend");
                        }));
    }
}
