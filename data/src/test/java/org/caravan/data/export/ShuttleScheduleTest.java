package org.caravan.data.export;

import org.caravan.data.dataset.Policy;
import org.caravan.data.plan.Assignment;
import org.caravan.data.plan.Plan;
import org.caravan.data.validation.DatasetValidator;
import org.caravan.data.validation.TinyDataset;
import org.caravan.data.validation.ValidDataset;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class ShuttleScheduleTest {

    private static LocalDateTime at(String time) {
        return LocalDateTime.parse(time);
    }

    @Test
    void arrivalsAreGroupedInBlocksFromMidnight() {
        List<ShuttleRun> slots = ArrivalSchedule.of(TinyPlan.DATASET, TinyPlan.PLAN);

        assertThat(slots).extracting(ShuttleRun::direction, ShuttleRun::start, ShuttleRun::end).containsExactly(
                tuple(Direction.OUTBOUND, at("2026-03-24T08:00"), at("2026-03-24T10:00")),
                tuple(Direction.OUTBOUND, at("2026-03-24T18:00"), at("2026-03-24T20:00")));
        assertThat(slots.get(1).flights()).containsExactly(new ShuttleRun.Flight("s2", "TU 745", at("2026-03-24T19:05")));
        assertThat(slots.get(1).passengers()).containsExactly(
                new ShuttleRun.Passenger("p1", "Awa Ouedraogo", "h1", "Hotel Djerba Sun", "s2", "TU 745", at("2026-03-24T19:05")),
                new ShuttleRun.Passenger("p2", "Ben Ali, \"Salma\"", "h1", "Hotel Djerba Sun", "s2", "TU 745", at("2026-03-24T19:05")));
        assertThat(slots.get(0).passengers()).extracting(ShuttleRun.Passenger::name, ShuttleRun.Passenger::hotelId)
                .containsExactly(tuple("Youssef Haddad", "h2"));
    }

    @Test
    void departuresGoBackFromTheHotels() {
        List<ShuttleRun> slots = DepartureSchedule.of(TinyPlan.DATASET, TinyPlan.PLAN);

        assertThat(slots).singleElement().satisfies(slot -> {
            assertThat(slot.direction()).isEqualTo(Direction.RETURN);
            assertThat(slot.start()).isEqualTo(at("2026-03-29T06:00"));
            assertThat(slot.end()).isEqualTo(at("2026-03-29T08:00"));
            assertThat(slot.flights()).containsExactly(new ShuttleRun.Flight("s3", "TU 746", at("2026-03-29T07:00")));
            assertThat(slot.passengers()).extracting(ShuttleRun.Passenger::participantId).containsExactly("p1", "p2", "p4");
        });
    }

    @Test
    void theSlotLengthComesFromThePolicy() {
        ValidDataset hourly = DatasetValidator.valid(TinyPlan.DATASET.dataset().withPolicy(new Policy(null, null, 45, null)));

        // 09:30 falls in 09:00-09:45 and 19:05 in 18:45-19:30.
        assertThat(ArrivalSchedule.of(hourly, TinyPlan.PLAN)).extracting(ShuttleRun::start, ShuttleRun::end).containsExactly(
                tuple(at("2026-03-24T09:00"), at("2026-03-24T09:45")),
                tuple(at("2026-03-24T18:45"), at("2026-03-24T19:30")));
    }

    @Test
    void theLastBlockOfADayIsCutAtMidnight() {
        // s2 now lands at 23:50; with 100-minute blocks its slot is 23:20 to midnight, not 01:00 the next day.
        ValidDataset late = TinyDataset.valid()
                .set("/policy/arrivalSlotMinutes", 100)
                .set("/flights/segments/1/departure", "2026-03-24T22:50")
                .set("/flights/segments/1/arrival", "2026-03-24T23:50")
                .validated();
        Plan plan = new Plan(Plan.FORMAT, "Summit 2026", 1, null, true,
                List.of(new Assignment("p2", true, "it2", null, null, false, false, null)), null, null);

        assertThat(ArrivalSchedule.of(late, plan)).singleElement().satisfies(slot -> {
            assertThat(slot.start()).isEqualTo(at("2026-03-24T23:20"));
            assertThat(slot.end()).isEqualTo(at("2026-03-25T00:00"));
            assertThat(slot.date()).isEqualTo(LocalDate.parse("2026-03-24"));
            assertThat(slot.passengers()).extracting(ShuttleRun.Passenger::hotelId).containsOnlyNulls();
        });
    }

    @Test
    void csvHasOneRowPerPassenger() {
        String csv = ArrivalSchedule.toCsv(ArrivalSchedule.of(TinyPlan.DATASET, TinyPlan.PLAN));

        assertThat(csv).isEqualTo("direction,slot start,slot end,flight,time (local),participant,name,hotel,hotel name\r\n"
                + "OUTBOUND,2026-03-24 08:00,2026-03-24 10:00,TU 701,2026-03-24 09:30,p4,Youssef Haddad,h2,Dar Yasmine\r\n"
                + "OUTBOUND,2026-03-24 18:00,2026-03-24 20:00,TU 745,2026-03-24 19:05,p1,Awa Ouedraogo,h1,Hotel Djerba Sun\r\n"
                + "OUTBOUND,2026-03-24 18:00,2026-03-24 20:00,TU 745,2026-03-24 19:05,p2,\"Ben Ali, \"\"Salma\"\"\",h1,Hotel Djerba Sun\r\n");
    }
}
