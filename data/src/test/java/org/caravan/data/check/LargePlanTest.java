package org.caravan.data.check;

import org.caravan.data.dataset.Airport;
import org.caravan.data.dataset.Budget;
import org.caravan.data.dataset.Dataset;
import org.caravan.data.dataset.Event;
import org.caravan.data.dataset.Flights;
import org.caravan.data.dataset.Fund;
import org.caravan.data.dataset.Gender;
import org.caravan.data.dataset.Hotel;
import org.caravan.data.dataset.Itinerary;
import org.caravan.data.dataset.NightRange;
import org.caravan.data.dataset.Participant;
import org.caravan.data.dataset.Policy;
import org.caravan.data.dataset.Role;
import org.caravan.data.dataset.Room;
import org.caravan.data.dataset.Segment;
import org.caravan.data.dataset.TimeWindow;
import org.caravan.data.dataset.TravelMode;
import org.caravan.data.dataset.Venue;
import org.caravan.data.plan.Assignment;
import org.caravan.data.plan.Plan;
import org.caravan.data.validation.DatasetValidator;
import org.caravan.data.validation.ValidDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 20,000 participants, four to a room: the checker groups by room, night and segment, so this stays fast. The
 * timeout is a guard against an accidental all-pairs loop (minutes), not a benchmark.
 */
class LargePlanTest {

    private static final int PARTICIPANTS = 20_000;
    private static final int ROOMS_PER_HOTEL = 500;

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void checksTwentyThousandParticipantsByGroupingNotByPairs() {
        ValidDataset dataset = largeDataset();
        Plan plan = largePlan(dataset);

        PlanChecker.check(dataset, plan); // warm up
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        CheckReport report = PlanChecker.check(dataset, plan);
        // CPU time of this thread too: on a shared machine the wall clock says more about the neighbours.
        System.out.printf("PlanChecker: %d participants checked in %d ms (%d ms CPU)%n", PARTICIPANTS,
                (System.nanoTime() - start) / 1_000_000, (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000);

        assertThat(report.breaches()).isEmpty();
        // flights 20,000 x 300.00; rooms 5,000 x 4 nights x 100.00; taxes 20,000 x 4 x 2.00
        assertThat(report.costs().flights()).isEqualByComparingTo("6000000.00");
        assertThat(report.costs().rooms()).isEqualByComparingTo("2000000.00");
        assertThat(report.costs().taxes()).isEqualByComparingTo("160000.00");
        // everyone of a room shares its language and nationality: 6 pairs x 5,000 rooms x 15.00 (MIX)
        assertThat(report.penalties().get("roommateCountry")).isEqualByComparingTo("450000.00");
        assertThat(report.participantCosts()).hasSize(PARTICIPANTS);
    }

    private static ValidDataset largeDataset() {
        LocalDate first = LocalDate.of(2026, 3, 25);
        Event event = new Event("Large", "Africa/Tunis", "EUR", new Venue("Centre", 33.8, 10.9, "DJE"), first,
                first.plusDays(3), new TimeWindow(first.minusDays(2).atStartOfDay(), first.atTime(8, 0)),
                new TimeWindow(first.plusDays(3).atTime(16, 0), first.plusDays(5).atTime(23, 59)), null, null);
        List<Airport> airports = List.of(new Airport("DJE", "Djerba", "TN", "Africa/Tunis", null, null),
                new Airport("CDG", "Paris", "FR", "Europe/Paris", null, null));
        List<Segment> segments = List.of(
                new Segment("out", "XA", "1", "CDG", "DJE", LocalDateTime.of(2026, 3, 24, 10, 0),
                        LocalDateTime.of(2026, 3, 24, 12, 30), null),
                new Segment("back", "XA", "2", "DJE", "CDG", LocalDateTime.of(2026, 3, 28, 18, 0),
                        LocalDateTime.of(2026, 3, 28, 20, 30), null));
        Flights flights = new Flights(segments, List.of(
                new Itinerary("it", "CDG", List.of("out"), List.of("back"), new BigDecimal("300"))));
        List<Hotel> hotels = new ArrayList<>();
        int rooms = PARTICIPANTS / 4;
        for (int h = 0; h < rooms / ROOMS_PER_HOTEL; h++) {
            List<Room> hotelRooms = new ArrayList<>();
            for (int r = 0; r < ROOMS_PER_HOTEL; r++) {
                hotelRooms.add(new Room("h" + h + "-" + r, "QUAD", 4, new BigDecimal("100"), false,
                        new NightRange(first.minusDays(3), first.plusDays(5))));
            }
            hotels.add(new Hotel("h" + h, "Hotel " + h, null, null, 4, 1.0, new BigDecimal("2.00"), hotelRooms, null));
        }
        List<Participant> participants = new ArrayList<>();
        for (int i = 0; i < PARTICIPANTS; i++) {
            int room = i / 4;
            Gender gender = room % 2 == 0 ? Gender.F : Gender.M;
            participants.add(new Participant("p" + i, "P " + i, gender, "FR", List.of("fr"), List.of("CDG"), null,
                    "d" + room, Role.DELEGATE, 1, false, i % 3 == 0 ? "fund" : null, TravelMode.FLIGHT, true,
                    null, null, null, List.of("p" + (room * 4 + (i + 1) % 4)), null, List.of(), null));
        }
        return DatasetValidator.valid(new Dataset(Dataset.FORMAT, event,
                new Budget(new BigDecimal("100000000"), List.of(new Fund("fund", "Fund", new BigDecimal("10000000")))),
                Policy.defaults(), airports, participants, hotels, flights, List.of()));
    }

    private static Plan largePlan(ValidDataset dataset) {
        List<LocalDate> nights = List.of(LocalDate.of(2026, 3, 24), LocalDate.of(2026, 3, 25),
                LocalDate.of(2026, 3, 26), LocalDate.of(2026, 3, 27));
        List<Assignment> assignments = new ArrayList<>();
        for (int i = 0; i < PARTICIPANTS; i++) {
            int room = i / 4;
            assignments.add(new Assignment("p" + i, true, "it",
                    "h" + room / ROOMS_PER_HOTEL + "-" + room % ROOMS_PER_HOTEL, nights, false, false, null));
        }
        return new Plan(Plan.FORMAT, dataset.dataset().event().name(), 1, null, true, assignments, null, null);
    }
}
