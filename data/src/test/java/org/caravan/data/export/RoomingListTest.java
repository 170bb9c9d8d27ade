package org.caravan.data.export;

import org.caravan.data.dataset.Gender;
import org.caravan.data.plan.Assignment;
import org.caravan.data.plan.Plan;
import org.caravan.data.validation.DatasetValidator;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

class RoomingListTest {

    private static final LocalDate MARCH_24 = LocalDate.parse("2026-03-24");
    private static final LocalDate MARCH_25 = LocalDate.parse("2026-03-25");
    private static final LocalDate MARCH_27 = LocalDate.parse("2026-03-27");

    @Test
    void theFixtureIsAValidDataset() {
        assertThat(DatasetValidator.validate(TinyPlan.DATASET.dataset())).isEmpty();
    }

    @Test
    void oneListPerHotelWithGuestsByRoomThenName() {
        List<HotelRooming> lists = RoomingList.of(TinyPlan.DATASET, TinyPlan.PLAN);

        assertThat(lists).extracting(HotelRooming::hotelId, HotelRooming::hotelName)
                .containsExactly(tuple("h1", "Hotel Djerba Sun"),
                        tuple("h2", "Dar Yasmine"));
        assertThat(lists.get(0).rows()).containsExactly(
                new RoomingRow("h1-101", "TWIN", MARCH_24, MARCH_27, 4, "p1", "Awa Ouedraogo", Gender.F, "BF",
                        List.of("fr", "mos"), false, false, List.of("Ben Ali, \"Salma\" (p2)")),
                new RoomingRow("h1-101", "TWIN", MARCH_24, MARCH_27, 4, "p2", "Ben Ali, \"Salma\"", Gender.F, "TN",
                        List.of("ar", "fr"), false, false, List.of("Awa Ouedraogo (p1)")));
    }

    @Test
    void nightsLeftOutOfThePlanFollowTheStay() {
        // p3 travels by land without fixed dates: first day 08:00 to last day 18:00, so the nights of the 25th to the 27th.
        RoomingRow karim = RoomingList.of(TinyPlan.DATASET, TinyPlan.PLAN).get(1).rows().get(0);

        assertThat(karim.name()).isEqualTo("Karim Trabelsi");
        assertThat(karim.firstNight()).isEqualTo(MARCH_25);
        assertThat(karim.lastNight()).isEqualTo(MARCH_27);
        assertThat(karim.nights()).isEqualTo(3);
        assertThat(karim.checkOut()).isEqualTo(LocalDate.parse("2026-03-28"));
        assertThat(karim.roommates()).as("by name and id: two guests may share a name").containsExactly("Youssef Haddad (p4)");
    }

    @Test
    void emptyRoomsAndPeopleNotBroughtAreLeftOut() {
        List<HotelRooming> lists = RoomingList.of(TinyPlan.DATASET, TinyPlan.PLAN);

        assertThat(lists).flatExtracting(HotelRooming::rows).extracting(RoomingRow::roomId).doesNotContain("h1-102");
        assertThat(lists).flatExtracting(HotelRooming::rows).extracting(RoomingRow::participantId)
                .containsExactly("p1", "p2", "p3", "p4");
    }

    @Test
    void peopleInTheSameRoomOnOtherNightsAreNotRoommates() {
        Plan apart = new Plan(Plan.FORMAT, "Summit 2026", 1, null, true, List.of(
                new Assignment("p3", true, null, "h2-1", TinyPlan.nights("2026-03-26", 2), false, false, null),
                new Assignment("p4", true, "it3", "h2-1", TinyPlan.nights("2026-03-24", 2), false, false, null)),
                null, null);

        assertThat(RoomingList.of(TinyPlan.DATASET, apart).get(0).rows())
                .allSatisfy(row -> assertThat(row.roommates()).isEmpty());
    }

    @Test
    void csvForTheHotelGivesEachRoomsBookingLineThenItsGuestsAndQuotesNamesWithCommasAndQuotes() {
        String csv = RoomingList.of(TinyPlan.DATASET, TinyPlan.PLAN).get(0).toCsv();
        String price = TinyPlan.DATASET.index().room("h1-101").pricePerNight().toPlainString();
        String total = TinyPlan.DATASET.index().room("h1-101").pricePerNight().multiply(java.math.BigDecimal.valueOf(4))
                .toPlainString();

        assertThat(csv).isEqualTo(
                "line,room,room type,first night,last night,check-out,nights,participant,name,gender,nationality,languages,"
                        + "needs,roommates,guests per night,price per night,room price\r\n"
                        + "room,h1-101,TWIN,2026-03-24,2026-03-27,2026-03-28,4,,,,,,,,2 guests 2026-03-24 to 2026-03-27,"
                        + price + "," + total + "\r\n"
                        + "guest,h1-101,TWIN,2026-03-24,2026-03-27,2026-03-28,4,p1,Awa Ouedraogo,F,BF,\"fr, mos\",,\"Ben Ali, \"\"Salma\"\" (p2)\",,,\r\n"
                        + "guest,h1-101,TWIN,2026-03-24,2026-03-27,2026-03-28,4,p2,\"Ben Ali, \"\"Salma\"\"\",F,TN,\"ar, fr\",,Awa Ouedraogo (p1),,,\r\n");
    }

    @Test
    void aRoomWhoseGuestsComeOnDifferentNightsIsBookedFromTheFirstArrivalWithItsOccupancyPerNight() {
        // p4 sleeps in h2-1 from the 24th to the 27th, p3 joins on the 25th: the hotel books one room for four nights.
        RoomBooking room = RoomingList.of(TinyPlan.DATASET, TinyPlan.PLAN).get(1).rooms().get(0);
        java.math.BigDecimal perNight = TinyPlan.DATASET.index().room("h2-1").pricePerNight();

        assertThat(room.roomId()).isEqualTo("h2-1");
        assertThat(room.checkIn()).isEqualTo(MARCH_24);
        assertThat(room.checkOut()).isEqualTo(LocalDate.parse("2026-03-28"));
        assertThat(room.nightsCharged()).isEqualTo(4);
        assertThat(room.price()).isEqualByComparingTo(perNight.multiply(java.math.BigDecimal.valueOf(4)));
        assertThat(room.occupancy()).isEqualTo("1 guest 2026-03-24; 2 guests 2026-03-25 to 2026-03-27");
        assertThat(room.emptyNightsInBetween()).isFalse();
    }

    @Test
    void aRoomEmptyInTheMiddleIsChargedOnlyForItsOccupiedNightsAndSaysSo() {
        Plan gap = new Plan(Plan.FORMAT, "Summit 2026", 1, null, true, List.of(
                new Assignment("p3", true, null, "h2-1", TinyPlan.nights("2026-03-27", 1), false, false, null),
                new Assignment("p4", true, "it3", "h2-1", TinyPlan.nights("2026-03-24", 2), false, false, null)),
                null, null);

        RoomBooking room = RoomingList.of(TinyPlan.DATASET, gap).get(1).rooms().get(0);

        assertThat(room.nightsCharged()).isEqualTo(3);
        assertThat(room.checkOut()).isEqualTo(LocalDate.parse("2026-03-28"));
        assertThat(room.emptyNightsInBetween()).isTrue();
        assertThat(room.occupancy()).isEqualTo("1 guest 2026-03-24 to 2026-03-25; 1 guest 2026-03-27");
    }

    @Test
    void aHotelNobodyIsPlacedInHasAnEmptyListAndItsCsvTheHeaderOnly() {
        Plan onlyFirstHotel = new Plan(Plan.FORMAT, "Summit 2026", 1, null, true, List.of(
                new Assignment("p1", true, "it1", "h1-101", TinyPlan.nights("2026-03-24", 4), false, false, null)),
                null, null);

        HotelRooming unused = RoomingList.of(TinyPlan.DATASET, onlyFirstHotel).get(1);

        assertThat(unused.hotelId()).isEqualTo("h2");
        assertThat(unused.unused()).isTrue();
        assertThat(unused.toCsv()).isEqualTo(String.join(",", HotelRooming.CSV_HEADER) + "\r\n");
    }

    @Test
    void needsAreSpelledOut() {
        assertThat(new RoomingRow("r", "T", MARCH_24, MARCH_24, 1, "p", "n", Gender.X, "TN", List.of(), true, true, List.of())
                .needs()).isEqualTo("single room; accessible room");
        assertThat(new RoomingRow("r", "T", MARCH_24, MARCH_24, 1, "p", "n", Gender.X, "TN", List.of(), false, true, List.of())
                .needs()).isEqualTo("accessible room");
    }

    @Test
    void aPlanForAnotherDatasetIsRefused() {
        Plan stranger = new Plan(Plan.FORMAT, "Other", 1, null, true, List.of(
                new Assignment("p99", true, null, "h1-101", TinyPlan.nights("2026-03-24", 1), false, false, null)), null, null);

        assertThatThrownBy(() -> RoomingList.of(TinyPlan.DATASET, stranger))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("p99");
    }
}
