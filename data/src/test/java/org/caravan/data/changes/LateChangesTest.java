package org.caravan.data.changes;

import org.caravan.data.dataset.Participant;
import org.caravan.data.plan.Assignment;
import org.caravan.data.plan.Plan;
import org.caravan.data.validation.DatasetValidator;
import org.caravan.data.validation.TinyDataset;
import org.caravan.data.validation.ValidDataset;
import org.caravan.data.validation.ValidationIssue;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class LateChangesTest {

    private static final ValidDataset DATASET = DatasetValidator.valid(TinyDataset.valid().dataset());

    /** p1 (it1, h1-101), p2 (it2, h1-101) and p3 (by land, h2-1) brought. */
    private static final Plan PLAN = new Plan(Plan.FORMAT, "Summit 2026", 1, null, true, List.of(
            new Assignment("p1", true, "it1", "h1-101", nights(4), false, false, null),
            new Assignment("p2", true, "it2", "h1-101", nights(4), false, false, null),
            new Assignment("p3", true, null, "h2-1", null, false, false, null)), null, null);

    private static List<LocalDate> nights(int count) {
        return LocalDate.parse("2026-03-24").datesUntil(LocalDate.parse("2026-03-24").plusDays(count)).toList();
    }

    private static LateChanges.Applied apply(String changes) {
        return LateChanges.apply(DATASET, PLAN, "{\"format\": \"caravan-changes/1\", \"changes\": [" + changes + "]}");
    }

    private static List<ValidationIssue> problems(String changes) {
        InvalidChangesException e = catchThrowableOfType(InvalidChangesException.class, () -> apply(changes));
        assertThat(e).as("the changes are rejected").isNotNull();
        return e.issues();
    }

    private static Participant participant(LateChanges.Applied applied, String id) {
        return applied.dataset().dataset().participants().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aCancellationAlsoDropsTheRequestsNamingThePersonAndSaysSo() {
        LateChanges.Applied applied = apply("{\"type\": \"CANCEL_PARTICIPANT\", \"participant\": \"p2\", \"sunkCost\": 120}");

        assertThat(applied.dataset().dataset().participants()).extracting(Participant::id).doesNotContain("p2");
        assertThat(participant(applied, "p1").roommateRequests()).isEmpty();
        assertThat(applied.report()).anySatisfy(line -> assertThat(line).contains("no longer asks to share with p2"))
                .anySatisfy(line -> assertThat(line).contains("is cancelled", "sunk cost 120"));
    }

    @Test
    void amountsInTheReportReadAsAPlannerWritesThem() {
        LateChanges.Applied applied = apply("""
                {"type": "SET_BUDGET", "total": 4.5E+3},
                {"type": "SET_FUND", "fund": "fund-a", "amount": 1800.0}""");

        assertThat(applied.report()).contains("$.changes[0]: the budget is 4500.", "$.changes[1]: fund fund-a has 1800.");
    }

    @Test
    void participantsAreAddedAndUpdated() {
        LateChanges.Applied applied = apply("""
                {"type": "ADD_PARTICIPANT", "participant": {"id": "p9", "name": "Late Comer", "gender": "F",
                 "nationality": "TN", "languages": ["fr"], "homeAirports": ["TUN"], "priority": 4}},
                {"type": "UPDATE_PARTICIPANT", "participant": "p3", "set": {"priority": 5}}""");

        assertThat(participant(applied, "p9").name()).isEqualTo("Late Comer");
        assertThat(participant(applied, "p3").priority()).isEqualTo(5);
    }

    @Test
    void roomsAndHotelsChange() {
        LateChanges.Applied applied = apply("""
                {"type": "WITHDRAW_ROOMS", "rooms": ["h1-102"]},
                {"type": "WITHDRAW_ROOMS", "rooms": ["h1-101"], "nights": {"from": "2026-03-22", "to": "2026-03-23"}},
                {"type": "ADD_ROOMS", "hotel": "h1", "rooms": [{"id": "h1-201", "type": "DOUBLE", "capacity": 2,
                 "pricePerNight": 80, "accessible": false, "available": {"from": "2026-03-22", "to": "2026-03-31"}}]},
                {"type": "SET_ROOM_PRICE", "rooms": ["h1-201"], "pricePerNight": 99}""");

        var h1 = applied.dataset().dataset().hotels().get(0);
        assertThat(h1.rooms()).extracting(room -> room.id()).containsExactly("h1-101", "h1-201");
        assertThat(h1.rooms().get(0).available().from()).isEqualTo(LocalDate.parse("2026-03-24"));
        assertThat(h1.rooms().get(1).pricePerNight()).isEqualByComparingTo("99");
        assertThat(apply("{\"type\": \"WITHDRAW_HOTEL\", \"hotel\": \"h2\"}").dataset().dataset().hotels()).hasSize(1);
    }

    @Test
    void segmentsAndItinerariesChange() {
        // p1 must attend and it1 is their only way: the mustAttend is lifted first, or the cancellation is refused.
        assertThat(problems("{\"type\": \"CANCEL_SEGMENT\", \"segment\": \"s1\"}")).singleElement()
                .satisfies(issue -> assertThat(issue.message()).contains("must attend but no itinerary can carry them"));
        LateChanges.Applied cancelled = apply("""
                {"type": "UPDATE_PARTICIPANT", "participant": "p1", "set": {"mustAttend": false}},
                {"type": "CANCEL_SEGMENT", "segment": "s1"}""");
        assertThat(cancelled.dataset().dataset().flights().itineraries()).extracting(it -> it.id()).containsExactly("it2");
        assertThat(cancelled.report()).anySatisfy(line -> assertThat(line).contains("segment s1 is cancelled", "it1"));

        LateChanges.Applied changed = apply("""
                {"type": "SET_SEGMENT_SEATS", "segment": "s2", "seats": 5},
                {"type": "SET_ITINERARY_PRICE", "itinerary": "it2", "price": 150},
                {"type": "SET_BUDGET", "total": 9000},
                {"type": "SET_FUND", "fund": "fund-a", "amount": 1000}""");
        var dataset = changed.dataset().dataset();
        assertThat(dataset.flights().segments().stream().filter(s -> s.id().equals("s2")).findFirst().orElseThrow().seats()).isEqualTo(5);
        assertThat(dataset.flights().itineraries().get(1).price()).isEqualByComparingTo("150");
        assertThat(dataset.budget().total()).isEqualByComparingTo("9000");
        assertThat(dataset.budget().funds().get(0).amount()).isEqualByComparingTo(new BigDecimal("1000"));
    }

    @Test
    void bookingsAreSetOnThePlanAndBrokenWhenAChangeRemovesWhatIsBooked() {
        LateChanges.Applied booked = apply("""
                {"type": "ISSUE_TICKET", "participant": "p1", "itinerary": "it1", "price": 655.40},
                {"type": "CONFIRM_ROOM", "participant": "p2", "room": "h1-101", "pricePerNight": 95}""");
        assertThat(booked.plan().assignments()).filteredOn(a -> a.participant().equals("p1"))
                .singleElement().satisfies(a -> assertThat(a.ticketIssued()).isTrue());
        assertThat(booked.plan().assignments()).filteredOn(a -> a.participant().equals("p2"))
                .singleElement().satisfies(a -> assertThat(a.roomConfirmed()).isTrue());
        assertThat(booked.brokenBookings()).isEmpty();

        LateChanges.Applied broken = apply("""
                {"type": "ISSUE_TICKET", "participant": "p1", "itinerary": "it1", "price": 655.40},
                {"type": "UPDATE_PARTICIPANT", "participant": "p1", "set": {"mustAttend": false}},
                {"type": "CANCEL_SEGMENT", "segment": "s1"}""");
        assertThat(broken.brokenBookings()).singleElement().asString().contains("p1", "it1", "stays paid");
        assertThat(broken.plan().assignments()).filteredOn(a -> a.participant().equals("p1"))
                .singleElement().satisfies(a -> assertThat(a.ticketIssued()).isFalse());
    }

    @Test
    void everyProblemIsNamedWithTheChangesIndexAndFieldAndNothingIsApplied() {
        List<ValidationIssue> problems = problems("""
                {"type": "CANCEL_PARTICIPANT", "participant": "p404"},
                {"type": "SET_ROOM_PRICE", "rooms": ["h1-101"], "pricePerNight": -3},
                {"type": "ISSUE_TICKET", "participant": "p1", "itinerary": "it2", "price": 100},
                {"type": "MOVE_VENUE"},
                {"type": "UPDATE_PARTICIPANT", "participant": "p1", "set": {"id": "p100"}}""");

        assertThat(problems).extracting(ValidationIssue::path).containsExactly("$.changes[0].participant",
                "$.changes[1].pricePerNight", "$.changes[2].itinerary", "$.changes[3].type", "$.changes[4].set.id");
        assertThat(problems.get(2).message()).contains("does not fly it2", "they fly it1");
    }

    @Test
    void aChangeThatWouldMakeTheDatasetInvalidIsRejectedWithTheDatasetsPlace() {
        List<ValidationIssue> problems = problems("{\"type\": \"UPDATE_PARTICIPANT\", \"participant\": \"p1\", \"set\": {\"priority\": 9}}");

        assertThat(problems).singleElement().satisfies(issue -> {
            assertThat(issue.path()).isEqualTo("$.participants[0].priority");
            assertThat(issue.message()).startsWith("after the changes:");
        });
    }

    @Test
    void bookingsCarryTheirActualPricesAndNameTheirParticipant() {
        LateChanges.Applied applied = apply("""
                {"type": "ISSUE_TICKET", "participant": "p1", "itinerary": "it1", "price": 655.40},
                {"type": "CONFIRM_ROOM", "participant": "p1", "room": "h1-101", "pricePerNight": 90}""");

        Assignment p1 = applied.plan().assignments().get(0);
        assertThat(p1.ticketIssued()).isTrue();
        assertThat(p1.ticketPrice()).isEqualByComparingTo("655.40");
        assertThat(p1.roomConfirmed()).isTrue();
        assertThat(p1.roomPricePerNight()).isEqualByComparingTo("90");
        assertThat(applied.named()).as("a booking moves no one").isEmpty();
        assertThat(applied.dataset().dataset().budget().spent()).isEmpty();
    }

    @Test
    void roommatesConfirmTheirRoomAtOnePrice() {
        assertThat(problems("""
                {"type": "CONFIRM_ROOM", "participant": "p1", "room": "h1-101", "pricePerNight": 90},
                {"type": "CONFIRM_ROOM", "participant": "p2", "room": "h1-101", "pricePerNight": 85}"""))
                .extracting(ValidationIssue::path).containsExactly("$.changes[1].pricePerNight");
    }

    @Test
    void aCancelledBookedPersonsTicketRoomShareAndSunkCostStaySpentByTheirPayer() {
        LateChanges.Applied applied = apply("""
                {"type": "ISSUE_TICKET", "participant": "p2", "itinerary": "it2", "price": 300},
                {"type": "CONFIRM_ROOM", "participant": "p2", "room": "h1-101", "pricePerNight": 80},
                {"type": "CANCEL_PARTICIPANT", "participant": "p2", "sunkCost": 25}""");

        var spent = applied.dataset().dataset().budget().spent();
        assertThat(spent).allSatisfy(amount -> {
            assertThat(amount.payer()).isEqualTo("general");
            assertThat(amount.participant()).isEqualTo("p2");
        });
        // p2 shares the room with p1 on every night: half of each night at the confirmed price, with the ticket.
        int nights = org.caravan.data.check.PlanChecker.check(DATASET, PLAN).participantCosts().get("p2")
                .roomShare().divide(new BigDecimal("47.50")).intValueExact();
        assertThat(nights).isPositive();
        assertThat(spent).extracting(org.caravan.data.dataset.Spent::amount)
                .usingComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .containsExactly(BigDecimal.valueOf(300 + 40L * nights), BigDecimal.valueOf(25));
        assertThat(applied.brokenBookings()).containsExactly("p2 is cancelled: their ticket and room stays paid.");
        assertThat(applied.named()).contains("p2", "p1");
    }

    @Test
    void aRoomWithdrawnOnANightOfTheStayBreaksItsBookingAndKeepsItsShareSpent() {
        LateChanges.Applied applied = apply("""
                {"type": "CONFIRM_ROOM", "participant": "p1", "room": "h1-101", "pricePerNight": 95},
                {"type": "WITHDRAW_ROOMS", "rooms": ["h1-101"], "nights": {"from": "2026-03-22", "to": "2026-03-24"}}""");

        assertThat(applied.brokenBookings()).singleElement().asString().contains("p1's room h1-101");
        Assignment p1 = applied.plan().assignments().get(0);
        assertThat(p1.roomConfirmed()).isFalse();
        assertThat(p1.roomPricePerNight()).isNull();
        BigDecimal share = org.caravan.data.check.PlanChecker.check(DATASET, PLAN).participantCosts().get("p1").roomShare();
        assertThat(applied.dataset().dataset().budget().spent()).singleElement().satisfies(amount -> {
            assertThat(amount.payer()).isEqualTo("fund-a");
            assertThat(amount.amount()).isEqualByComparingTo(share);
        });
        // p2 was not booked, but their room is gone on a night of their stay all the same.
        assertThat(applied.named()).contains("p1", "p2");
    }

    @Test
    void moneySpentCountsInTheCheckersCostsFundsAndBudget() {
        LateChanges.Applied applied = apply("{\"type\": \"CANCEL_PARTICIPANT\", \"participant\": \"p3\", \"sunkCost\": 70}");
        var report = org.caravan.data.check.PlanChecker.check(applied.dataset(), applied.plan());
        var without = org.caravan.data.check.PlanChecker.check(DATASET, new Plan(Plan.FORMAT, "Summit 2026", 1, null, true,
                PLAN.assignments().subList(0, 2), null, null));
        assertThat(report.costs().spent()).isEqualByComparingTo("70");
        assertThat(report.costs().total()).isEqualByComparingTo(without.costs().total().add(new BigDecimal("70")));
        // p3 paid for themself: SELF carries the sunk cost, outside the budget.
        assertThat(report.costs().byFund().get("SELF")).isEqualByComparingTo("70");
    }

    @Test
    void aCancellationLeavingAHouseholdOfOneDissolvesItAndSaysSo() {
        ValidDataset couple = DatasetValidator.valid(DATASET.dataset().withParticipants(DATASET.dataset().participants().stream()
                .map(p -> p.id().equals("p1") || p.id().equals("p2") ? new Participant(p.id(), p.name(), p.gender(), p.nationality(),
                        p.languages(), p.homeAirports(), p.organisation(), p.delegation(), p.role(), p.priority(), p.mustAttend(),
                        p.fund(), p.travelMode(), p.needsLodging(), p.fixedArrival(), p.fixedDeparture(), p.needs(),
                        p.roommateRequests(), "hh-1", p.visasHeld(), p.preferredLanguage()) : p).toList()));

        LateChanges.Applied applied = LateChanges.apply(couple, PLAN,
                "{\"format\": \"caravan-changes/1\", \"changes\": [{\"type\": \"CANCEL_PARTICIPANT\", \"participant\": \"p2\"}]}");

        assertThat(participant(applied, "p1").household()).isNull();
        assertThat(applied.report()).anySatisfy(line -> assertThat(line).contains("no longer in household hh-1"));
        assertThat(applied.named()).contains("p1", "p2");
    }

    @Test
    void aRetimedFlightThatBreaksAConnectionWithdrawsTheItinerariesThatNeedIt() {
        // s1 then s2 take p1 (it1) out; s1 now lands after s2 leaves.
        LateChanges.Applied applied = apply("""
                {"type": "ISSUE_TICKET", "participant": "p1", "itinerary": "it1", "price": 640},
                {"type": "UPDATE_PARTICIPANT", "participant": "p1", "set": {"mustAttend": false}},
                {"type": "RETIME_SEGMENT", "segment": "s1", "departure": "2026-03-24T20:00", "arrival": "2026-03-24T23:30"}""");

        assertThat(applied.dataset().dataset().flights().itineraries()).extracting(org.caravan.data.dataset.Itinerary::id)
                .doesNotContain("it1").contains("it2");
        assertThat(applied.report()).anySatisfy(line -> assertThat(line).contains("it1", "no longer connect"));
        assertThat(applied.brokenBookings()).singleElement().asString().startsWith("p1's ticket on it1");
    }

    @Test
    void eachChangeConcernsThePeopleWhoseItineraryOrRoomItTouchesAndSaysWhy() {
        assertThat(apply("{\"type\": \"WITHDRAW_HOTEL\", \"hotel\": \"h2\"}").concerns())
                .containsOnlyKeys("p3").extractingByKey("p3").asList().singleElement()
                .isEqualTo(new LateChanges.Concern(0, "WITHDRAW_HOTEL", "their hotel h2 withdrawn"));
        assertThat(apply("{\"type\": \"SET_ROOM_PRICE\", \"rooms\": [\"h1-101\"], \"pricePerNight\": 99}").named())
                .containsExactly("p1", "p2");
        assertThat(apply("""
                {"type": "UPDATE_PARTICIPANT", "participant": "p1", "set": {"mustAttend": false}},
                {"type": "CANCEL_SEGMENT", "segment": "s1"}""").concerns().get("p1"))
                .extracting(LateChanges.Concern::label, LateChanges.Concern::why).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("changes[0] UPDATE_PARTICIPANT", "new mustAttend"),
                        org.assertj.core.groups.Tuple.tuple("changes[1] CANCEL_SEGMENT", "flight s1 cancelled"));
        assertThat(apply("{\"type\": \"SET_SEGMENT_SEATS\", \"segment\": \"s2\", \"seats\": 1}").named())
                .as("s2 carries p1 and p2").containsExactly("p1", "p2");
        assertThat(apply("{\"type\": \"SET_SEGMENT_SEATS\", \"segment\": \"s2\", \"seats\": 2}").named())
                .as("seats for everyone it carries take nothing away").isEmpty();
        assertThat(apply("{\"type\": \"SET_ITINERARY_PRICE\", \"itinerary\": \"it2\", \"price\": 150}").named())
                .containsExactly("p2");
        assertThat(apply("""
                {"type": "ADD_ROOMS", "hotel": "h2", "rooms": [{"id": "h2-2", "type": "DOUBLE", "capacity": 2,
                 "pricePerNight": 70, "accessible": false, "available": {"from": "2026-03-22", "to": "2026-03-31"}}]}""")
                .named()).as("more rooms take nothing from anyone").isEmpty();
        LateChanges.Applied cut = apply("{\"type\": \"SET_FUND\", \"fund\": \"fund-a\", \"amount\": 1800}");
        assertThat(cut.named()).as("a fund cut names no one").isEmpty();
        assertThat(cut.moneyChanges()).containsExactly(new LateChanges.MoneyChange(0, "SET_FUND", "fund-a"));
        assertThat(cut.cause("p1")).isEqualTo("changes[0] SET_FUND (money)");
        assertThat(cut.cause("p2")).as("p2 is paid by the general budget").isEqualTo(ChangeList.COLLATERAL);
    }

    @Test
    void aConfirmedRoomIsBrokenWhenNoFlightLeftGivesAStayItHolds() {
        // p1's room is confirmed but not their flight; it1 goes with s1, and the only flight left (it3) lands a night
        // before the room is held again: no re-plan could keep the room, so it is listed and stays paid.
        LateChanges.Applied applied = apply("""
                {"type": "CONFIRM_ROOM", "participant": "p1", "room": "h1-101", "pricePerNight": 95},
                {"type": "ADD_ITINERARIES", "segments": [
                  {"id": "s5", "carrier": "TU", "number": "510", "from": "OUA", "to": "DJE",
                   "departure": "2026-03-23T08:00", "arrival": "2026-03-23T14:00"},
                  {"id": "s6", "carrier": "TU", "number": "511", "from": "DJE", "to": "OUA",
                   "departure": "2026-03-29T17:00", "arrival": "2026-03-29T22:00"}],
                 "itineraries": [{"id": "it3", "origin": "OUA", "outbound": ["s5"], "return": ["s6"], "price": 700}]},
                {"type": "WITHDRAW_ROOMS", "rooms": ["h1-101"], "nights": {"from": "2026-03-22", "to": "2026-03-23"}},
                {"type": "CANCEL_SEGMENT", "segment": "s1"}""");

        assertThat(applied.brokenBookings()).singleElement().asString().startsWith("p1's room h1-101: no flight p1 may still take");
        assertThat(applied.plan().assignments().get(0).roomConfirmed()).isFalse();
        assertThat(applied.dataset().dataset().budget().spent()).singleElement()
                .satisfies(amount -> assertThat(amount.participant()).isEqualTo("p1"));
        assertThat(applied.concerns().get("p1")).extracting(LateChanges.Concern::label).containsExactly("changes[3] CANCEL_SEGMENT");
    }
}
