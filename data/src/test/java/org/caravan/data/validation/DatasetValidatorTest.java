package org.caravan.data.validation;

import org.caravan.data.dataset.Airport;
import org.caravan.data.dataset.Budget;
import org.caravan.data.dataset.Dataset;
import org.caravan.data.dataset.Event;
import org.caravan.data.dataset.Flights;
import org.caravan.data.dataset.Hotel;
import org.caravan.data.dataset.Itinerary;
import org.caravan.data.dataset.Participant;
import org.caravan.data.dataset.Room;
import org.caravan.data.dataset.Segment;
import org.caravan.data.dataset.TimeWindow;
import org.caravan.data.dataset.Venue;
import org.caravan.data.dataset.VisaRule;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class DatasetValidatorTest {

    private static List<ValidationIssue> issuesOf(TinyDataset dataset) {
        return DatasetValidator.validate(dataset.dataset());
    }

    /** The dataset has exactly one problem, at {@code path}, and its message names every one of {@code named}. */
    private static void assertOnlyIssue(TinyDataset dataset, String path, String... named) {
        List<ValidationIssue> issues = issuesOf(dataset);
        assertThat(issues).as("issues").hasSize(1);
        assertThat(issues.get(0).path()).isEqualTo(path);
        assertThat(issues.get(0).message()).contains(named);
    }

    @Test
    void theTinyDatasetIsValid() {
        assertThat(issuesOf(TinyDataset.valid())).isEmpty();
    }

    @Test
    void severalProblemsAreAllReportedAtOnce() {
        TinyDataset broken = TinyDataset.valid()
                .set("/format", "caravan-dataset/0")
                .set("/participants/1/priority", 9)
                .set("/hotels/0/rooms/0/capacity", 0)
                .set("/flights/segments/1/seats", -3)
                .set("/visaRules/0/visa", null);

        assertThat(issuesOf(broken)).extracting(ValidationIssue::path).containsExactly(
                "$.format",
                "$.participants[1].priority",
                "$.hotels[0].rooms[0].capacity",
                "$.flights.segments[1].seats",
                "$.visaRules[0].visa");
    }

    @Nested
    class FormatAndEvent {

        @Test
        void formatMustBeVersionOne() {
            assertOnlyIssue(TinyDataset.valid().set("/format", "caravan-dataset/2"), "$.format",
                    "caravan-dataset/2", "caravan-dataset/1");
        }

        @Test
        void eventIsRequired() {
            // Without an event nothing about the venue or windows can be checked, so only that is reported.
            assertOnlyIssue(TinyDataset.valid().remove("/event"), "$.event", "no event");
        }

        @Test
        void eventNeedsAName() {
            assertOnlyIssue(TinyDataset.valid().set("/event/name", " "), "$.event.name", "no name");
        }

        @Test
        void eventTimeZoneMustBeKnown() {
            assertOnlyIssue(TinyDataset.valid().set("/event/timeZone", "Africa/Djerba"), "$.event.timeZone",
                    "(Africa/Djerba)", "unknown");
        }

        @Test
        void eventTimeZoneIsRequired() {
            assertOnlyIssue(TinyDataset.valid().remove("/event/timeZone"), "$.event.timeZone", "no time zone");
        }

        @Test
        void currencyIsThreeUpperCaseLetters() {
            assertOnlyIssue(TinyDataset.valid().set("/event/currency", "euro"), "$.event.currency", "(euro)", "EUR");
        }

        @Test
        void venueAirportMustBeAnAirport() {
            assertThat(issuesOf(TinyDataset.valid().set("/event/venue/airport", "DJX"))).first().satisfies(issue -> {
                assertThat(issue.path()).isEqualTo("$.event.venue.airport");
                assertThat(issue.message()).contains("(DJX)", "not in airports");
            });
        }

        @Test
        void venueAirportIsRequired() {
            assertThat(issuesOf(TinyDataset.valid().remove("/event/venue/airport")))
                    .extracting(ValidationIssue::path).contains("$.event.venue.airport");
        }

        @Test
        void firstDayMustNotBeAfterLastDay() {
            assertOnlyIssue(TinyDataset.valid().set("/event/firstDay", "2026-03-29"), "$.event.lastDay",
                    "2026-03-28", "2026-03-29");
        }

        @Test
        void firstDayIsRequired() {
            assertOnlyIssue(TinyDataset.valid().remove("/event/firstDay"), "$.event.firstDay", "no first day");
        }

        @Test
        void arrivalWindowMustNotBeInverted() {
            assertOnlyIssue(TinyDataset.valid().set("/event/arrivalWindow/earliest", "2026-03-26T00:00"),
                    "$.event.arrivalWindow", "2026-03-26T00:00", "2026-03-25T08:00");
        }

        @Test
        void departureWindowNeedsBothEnds() {
            assertOnlyIssue(TinyDataset.valid().remove("/event/departureWindow/latest"),
                    "$.event.departureWindow.latest", "departure window");
        }

        @Test
        void departureWindowIsRequired() {
            assertOnlyIssue(TinyDataset.valid().remove("/event/departureWindow"), "$.event.departureWindow",
                    "departure window");
        }

        @Test
        void departureWindowMustNotCloseBeforeArrivalsOpen() {
            assertOnlyIssue(TinyDataset.valid()
                            .set("/event/departureWindow/earliest", "2026-03-20T00:00")
                            .set("/event/departureWindow/latest", "2026-03-21T00:00")
                            .set("/participants/0/mustAttend", false),
                    "$.event.departureWindow", "2026-03-21T00:00", "2026-03-23T00:00");
        }
    }

    @Nested
    class BudgetAndPolicy {

        @Test
        void budgetTotalIsRequired() {
            assertOnlyIssue(TinyDataset.valid().remove("/budget/total"), "$.budget.total", "no total");
        }

        @Test
        void budgetTotalMustNotBeNegative() {
            assertOnlyIssue(TinyDataset.valid().set("/budget/total", -1), "$.budget.total", "(-1)");
        }

        @Test
        void fundIdsAreUnique() {
            assertOnlyIssue(TinyDataset.valid().add("/budget/funds", """
                            {"id": "fund-a", "name": "Donor A again", "amount": 10}"""),
                    "$.budget.funds[1].id", "(fund-a)", "$.budget.funds[0].id");
        }

        @Test
        void selfIsNotAFundId() {
            assertOnlyIssue(TinyDataset.valid().add("/budget/funds", """
                    {"id": "SELF", "amount": 10}"""), "$.budget.funds[1].id", "(SELF)", "reserved");
        }

        @Test
        void generalIsNotAFundId() {
            assertOnlyIssue(TinyDataset.valid().add("/budget/funds", """
                    {"id": "general", "amount": 10}"""), "$.budget.funds[1].id", "(general)", "reserved");
        }

        @Test
        void fundAmountMustNotBeNegative() {
            assertOnlyIssue(TinyDataset.valid().set("/budget/funds/0/amount", -250.5), "$.budget.funds[0].amount",
                    "(fund-a)", "-250.5");
        }

        @Test
        void arrivalSlotMustBeAtLeastAMinute() {
            assertOnlyIssue(TinyDataset.valid().set("/policy/arrivalSlotMinutes", 0), "$.policy.arrivalSlotMinutes", "(0 minutes)");
        }

        @Test
        void vipStarLevelIsOneToFive() {
            assertOnlyIssue(TinyDataset.valid().set("/policy/vipMinStars", 6), "$.policy.vipMinStars", "(6)");
        }

        @Test
        void weightsMustNotBeNegative() {
            assertOnlyIssue(TinyDataset.valid().set("/policy/weights", Map.of("perStop", -5)),
                    "$.policy.weights.perStop", "(-5)", "use 0");
        }
    }

    @Nested
    class Airports {

        @Test
        void codesAreUnique() {
            assertOnlyIssue(TinyDataset.valid().add("/airports", """
                            {"code": "TUN", "country": "TN", "timeZone": "Africa/Tunis"}"""),
                    "$.airports[3].code", "(TUN)", "$.airports[1].code");
        }

        @Test
        void timeZoneMustBeKnown() {
            assertOnlyIssue(TinyDataset.valid().set("/airports/2/timeZone", "Africa/Ouaga"), "$.airports[2].timeZone",
                    "(OUA)", "(Africa/Ouaga)");
        }

        @Test
        void countryIsTwoUpperCaseLetters() {
            assertOnlyIssue(TinyDataset.valid().set("/airports/2/country", "Burkina"), "$.airports[2].country",
                    "(OUA)", "(Burkina)");
        }
    }

    @Nested
    class Participants {

        @Test
        void idsAreUnique() {
            assertOnlyIssue(TinyDataset.valid().set("/participants/2/id", "p2")
                            .set("/participants/0/roommateRequests", List.of()),
                    "$.participants[2].id", "(p2)", "$.participants[1].id");
        }

        @Test
        void nameIsRequired() {
            assertOnlyIssue(TinyDataset.valid().set("/participants/1/name", ""), "$.participants[1].name", "p2", "no name");
        }

        @Test
        void genderIsRequired() {
            assertOnlyIssue(TinyDataset.valid().remove("/participants/1/gender"), "$.participants[1].gender", "p2", "F, M or X");
        }

        @Test
        void nationalityIsTwoUpperCaseLetters() {
            assertOnlyIssue(TinyDataset.valid().set("/participants/0/nationality", "bf"), "$.participants[0].nationality",
                    "p1", "(bf)");
        }

        @Test
        void languagesMustNotBeEmpty() {
            assertOnlyIssue(TinyDataset.valid().set("/participants/2/languages", List.of()), "$.participants[2].languages",
                    "p3", "no languages");
        }

        @Test
        void languagesMustNotHoldBlanks() {
            assertOnlyIssue(TinyDataset.valid().set("/participants/0/languages", List.of("fr", " ")),
                    "$.participants[0].languages[1]", "p1");
        }

        @Test
        void priorityIsOneToFive() {
            assertOnlyIssue(TinyDataset.valid().set("/participants/1/priority", 0), "$.participants[1].priority", "p2", "(0)");
        }

        @Test
        void priorityIsRequired() {
            assertOnlyIssue(TinyDataset.valid().remove("/participants/1/priority"), "$.participants[1].priority", "p2");
        }

        @Test
        void fundMustBeAFund() {
            assertOnlyIssue(TinyDataset.valid().set("/participants/0/fund", "fund-z"), "$.participants[0].fund",
                    "(fund-z)", "p1");
        }

        @Test
        void generalIsNotAFundOfAParticipant() {
            assertOnlyIssue(TinyDataset.valid().set("/participants/1/fund", "general"), "$.participants[1].fund",
                    "(general)", "null");
        }

        @Test
        void flyersNeedHomeAirports() {
            assertOnlyIssue(TinyDataset.valid().set("/participants/1/homeAirports", List.of()),
                    "$.participants[1].homeAirports", "p2", "FLIGHT");
        }

        @Test
        void homeAirportsMustBeAirports() {
            assertOnlyIssue(TinyDataset.valid().set("/participants/1/homeAirports", List.of("TUN", "NKC")),
                    "$.participants[1].homeAirports[1]", "(NKC)", "p2");
        }

        @Test
        void fixedArrivalMustComeBeforeFixedDeparture() {
            assertOnlyIssue(TinyDataset.valid()
                            .set("/participants/2/fixedArrival", "2026-03-27T10:00")
                            .set("/participants/2/fixedDeparture", "2026-03-26T10:00"),
                    "$.participants[2].fixedArrival", "p3", "2026-03-27T10:00", "2026-03-26T10:00");
        }

        @Test
        void roommateRequestsMustNameParticipants() {
            assertOnlyIssue(TinyDataset.valid().set("/participants/0/roommateRequests", List.of("p9")),
                    "$.participants[0].roommateRequests[0]", "p1", "p9");
        }

        @Test
        void nobodyAsksToRoomWithThemself() {
            assertOnlyIssue(TinyDataset.valid().set("/participants/0/roommateRequests", List.of("p2", "p1")),
                    "$.participants[0].roommateRequests[1]", "p1", "themself");
        }

        @Test
        void roommateRequestsAreNotRepeated() {
            assertOnlyIssue(TinyDataset.valid().set("/participants/0/roommateRequests", List.of("p2", "p2")),
                    "$.participants[0].roommateRequests[1]", "p2", "more than once");
        }

        @Test
        void aHouseholdHasAtLeastTwoMembers() {
            assertOnlyIssue(TinyDataset.valid().set("/participants/2/household", "trabelsi"),
                    "$.participants[2].household", "(trabelsi)", "only one member (p3)", "share a room");
        }

        @Test
        void aHouseholdOfTwoIsFine() {
            assertThat(issuesOf(TinyDataset.valid().set("/participants/1/household", "family")
                    .set("/participants/2/household", "family"))).isEmpty();
        }
    }

    @Nested
    class HotelsAndRooms {

        @Test
        void roomIdsAreUniqueAcrossHotels() {
            assertOnlyIssue(TinyDataset.valid().set("/hotels/1/rooms/0/id", "h1-102"), "$.hotels[1].rooms[0].id",
                    "(h1-102)", "$.hotels[0].rooms[1].id");
        }

        @Test
        void hotelIdsAreUnique() {
            assertOnlyIssue(TinyDataset.valid().set("/hotels/1/id", "h1"), "$.hotels[1].id", "(h1)");
        }

        @Test
        void capacityIsAtLeastOne() {
            assertOnlyIssue(TinyDataset.valid().set("/hotels/0/rooms/0/capacity", 0), "$.hotels[0].rooms[0].capacity",
                    "The room (h1-101) has capacity (0); it must be at least 1.");
        }

        @Test
        void priceMustNotBeNegative() {
            assertOnlyIssue(TinyDataset.valid().set("/hotels/1/rooms/0/pricePerNight", -70), "$.hotels[1].rooms[0].pricePerNight",
                    "(h2-1)", "(-70)");
        }

        @Test
        void pricesAreInWholeCents() {
            assertOnlyIssue(TinyDataset.valid().set("/hotels/0/rooms/0/pricePerNight", new java.math.BigDecimal("95.125")),
                    "$.hotels[0].rooms[0].pricePerNight", "(95.125)", "cents");
        }

        @Test
        void absurdAmountsAreRefusedBeforeTheyOverflow() {
            assertOnlyIssue(TinyDataset.valid().set("/flights/itineraries/0/price", new java.math.BigDecimal("1e20")),
                    "$.flights.itineraries[0].price", "100000000000000000000", "larger than Caravan counts");
        }

        @Test
        void trailingZerosAreStillWholeCents() {
            assertThat(issuesOf(TinyDataset.valid().set("/hotels/0/rooms/0/pricePerNight", new java.math.BigDecimal("95.1000"))))
                    .isEmpty();
        }

        @Test
        void taxMustNotBeNegative() {
            assertOnlyIssue(TinyDataset.valid().set("/hotels/0/taxPerPersonNight", -1.5), "$.hotels[0].taxPerPersonNight",
                    "(h1)", "(-1.5)");
        }

        @Test
        void starsAreOneToFive() {
            assertOnlyIssue(TinyDataset.valid().set("/hotels/1/stars", 6), "$.hotels[1].stars", "(h2)", "(6)");
        }

        @Test
        void availabilityMustNotBeInverted() {
            assertOnlyIssue(TinyDataset.valid().set("/hotels/0/rooms/1/available/from", "2026-04-01"),
                    "$.hotels[0].rooms[1].available", "(h1-102)", "2026-04-01", "2026-03-31");
        }

        @Test
        void availabilityIsRequired() {
            assertOnlyIssue(TinyDataset.valid().remove("/hotels/0/rooms/1/available"), "$.hotels[0].rooms[1].available", "(h1-102)");
        }
    }

    @Nested
    class Segments {

        @Test
        void idsAreUnique() {
            assertOnlyIssue(TinyDataset.valid().add("/flights/segments", """
                            {"id": "s4", "carrier": "TU", "number": "9", "from": "TUN", "to": "DJE",
                             "departure": "2026-03-24T10:00", "arrival": "2026-03-24T11:00"}"""),
                    "$.flights.segments[4].id", "(s4)", "$.flights.segments[3].id");
        }

        @Test
        void airportsMustBeAirports() {
            assertThat(issuesOf(TinyDataset.valid().set("/flights/segments/0/from", "BKO")))
                    .anySatisfy(issue -> {
                        assertThat(issue.path()).isEqualTo("$.flights.segments[0].from");
                        assertThat(issue.message()).contains("(BKO)", "s1");
                    });
        }

        @Test
        void arrivalMustComeAfterDepartureCountingTimeZones() {
            // 08:00 in Ouagadougou (UTC) is 09:00 in Tunis (UTC+1): landing at 08:30 Tunis time is before take-off.
            assertOnlyIssue(TinyDataset.valid().set("/flights/segments/0/arrival", "2026-03-24T08:30"),
                    "$.flights.segments[0].arrival", "s1", "08:30", "08:00");
        }

        @Test
        void seatsAreNotNegative() {
            assertOnlyIssue(TinyDataset.valid().set("/flights/segments/1/seats", -1), "$.flights.segments[1].seats", "s2", "(-1)");
        }

        @Test
        void carrierIsRequired() {
            assertOnlyIssue(TinyDataset.valid().remove("/flights/segments/2/carrier"), "$.flights.segments[2].carrier", "s3");
        }
    }

    @Nested
    class Itineraries {

        @Test
        void segmentsMustBeSegments() {
            assertOnlyIssue(TinyDataset.valid().set("/flights/itineraries/1/return", List.of("s9")),
                    "$.flights.itineraries[1].return[0]", "s9", "it2");
        }

        @Test
        void originMustBeAnAirport() {
            assertThat(issuesOf(TinyDataset.valid().set("/flights/itineraries/0/origin", "BKO")))
                    .extracting(ValidationIssue::path)
                    .containsExactly("$.flights.itineraries[0].origin", "$.flights.itineraries[0].outbound[0]");
        }

        @Test
        void idsAreUnique() {
            assertOnlyIssue(TinyDataset.valid().set("/flights/itineraries/1/id", "it1"), "$.flights.itineraries[1].id", "(it1)");
        }

        @Test
        void priceMustNotBeNegative() {
            assertOnlyIssue(TinyDataset.valid().set("/flights/itineraries/1/price", -120), "$.flights.itineraries[1].price",
                    "it2", "(-120)");
        }

        @Test
        void outboundMustNotBeEmpty() {
            assertOnlyIssue(TinyDataset.valid().set("/flights/itineraries/1/outbound", List.of()),
                    "$.flights.itineraries[1].outbound", "it2", "DJE");
        }

        @Test
        void outboundStartsAtTheOrigin() {
            assertOnlyIssue(TinyDataset.valid().set("/flights/itineraries/0/outbound", List.of("s2")),
                    "$.flights.itineraries[0].outbound[0]", "it1", "TUN", "OUA");
        }

        @Test
        void outboundEndsAtTheVenueAirport() {
            assertOnlyIssue(TinyDataset.valid().set("/flights/itineraries/0/outbound", List.of("s1")),
                    "$.flights.itineraries[0].outbound[0]", "it1", "ends at TUN", "DJE");
        }

        @Test
        void returnMustNotBeEmpty() {
            assertOnlyIssue(TinyDataset.valid().set("/flights/itineraries/0/return", List.of()),
                    "$.flights.itineraries[0].return", "it1", "return");
        }

        @Test
        void returnStartsAtTheVenueAirport() {
            assertOnlyIssue(TinyDataset.valid().set("/flights/itineraries/0/return", List.of("s4")),
                    "$.flights.itineraries[0].return[0]", "it1", "TUN", "DJE");
        }

        @Test
        void segmentsConnectInSpace() {
            // s5 leaves from Djerba after s3 has flown to Tunis: in time, but not where the traveller is.
            assertOnlyIssue(TinyDataset.valid().add("/flights/segments", """
                                    {"id": "s5", "carrier": "TU", "number": "502", "from": "DJE", "to": "OUA",
                                     "departure": "2026-03-29T12:00", "arrival": "2026-03-29T15:00"}""")
                            .set("/flights/itineraries/0/return", List.of("s3", "s5")),
                    "$.flights.itineraries[0].return[1]", "s5 of itinerary it1 leaves from DJE", "s3 lands at TUN");
        }

        @Test
        void segmentsConnectInTime() {
            // s4 now leaves Tunis at 07:30, before s3 lands there at 08:00.
            assertOnlyIssue(TinyDataset.valid().set("/flights/segments/3/departure", "2026-03-29T07:30")
                            .set("/flights/segments/3/arrival", "2026-03-29T11:00"),
                    "$.flights.itineraries[0].return[1]", "s4", "s3", "2026-03-29T07:30", "2026-03-29T08:00");
        }

        @Test
        void returnLeavesAfterTheOutboundLands() {
            // s5 leaves Djerba at 17:00 on the 24th, two hours before it2's outbound s2 lands there.
            assertOnlyIssue(TinyDataset.valid().add("/flights/segments", """
                                    {"id": "s5", "carrier": "TU", "number": "740", "from": "DJE", "to": "TUN",
                                     "departure": "2026-03-24T17:00", "arrival": "2026-03-24T18:00"}""")
                            .set("/flights/itineraries/1/return", List.of("s5")),
                    "$.flights.itineraries[1].return[0]", "it2", "s5", "2026-03-24T17:00", "2026-03-24T19:05");
        }
    }

    @Nested
    class VisaRules {

        @Test
        void purposeIsRequired() {
            assertOnlyIssue(TinyDataset.valid().remove("/visaRules/0/purpose"), "$.visaRules[0].purpose", "ENTRY or TRANSIT");
        }

        @Test
        void nationalityIsRequired() {
            assertOnlyIssue(TinyDataset.valid().remove("/visaRules/0/nationality"), "$.visaRules[0].nationality", "no nationality");
        }

        @Test
        void countryIsTwoUpperCaseLetters() {
            assertOnlyIssue(TinyDataset.valid().set("/visaRules/0/country", "TUN"), "$.visaRules[0].country", "(TUN)");
        }

        @Test
        void visaIsRequired() {
            assertOnlyIssue(TinyDataset.valid().set("/visaRules/0/visa", ""), "$.visaRules[0].visa", "no visa");
        }

        @Test
        void feeMustNotBeNegative() {
            assertOnlyIssue(TinyDataset.valid().set("/visaRules/0/fee", -35), "$.visaRules[0].fee", "(-35)");
        }
    }

    @Nested
    class StaySpan {

        @Test
        void windowsSpanningMoreThan62NightsAreRefused() {
            // From the night of 2026-01-29 (before 2026-01-30) to 2026-03-30 is 60 nights; to 2026-04-02, 63.
            assertOnlyIssue(TinyDataset.valid()
                            .set("/event/arrivalWindow/earliest", "2026-01-30T00:00")
                            .set("/event/departureWindow/latest", "2026-04-02T12:00"),
                    "$.event", "63 nights", "62", "64-bit mask", "2026-01-29", "2026-04-02");
        }

        @Test
        void sixtyTwoNightsAreAccepted() {
            assertThat(issuesOf(TinyDataset.valid()
                    .set("/event/arrivalWindow/earliest", "2026-01-30T00:00")
                    .set("/event/departureWindow/latest", "2026-04-01T12:00"))).isEmpty();
        }

        @Test
        void fixedDatesOfDifferentPeopleAddUp() {
            // Each alone fits (an arrival 30 days early, a departure 30 days late), together they span 68 nights.
            assertOnlyIssue(TinyDataset.valid()
                            .set("/participants/1/fixedArrival", "2026-02-21T10:00")
                            .set("/participants/2/fixedDeparture", "2026-04-29T10:00"),
                    "$.participants[2].fixedDeparture", "p3", "2026-04-29T10:00", "68 nights", "2026-02-20");
        }

        @Test
        void aFixedDateOutsideTheSpanCountsToo() {
            assertOnlyIssue(TinyDataset.valid().set("/participants/2/fixedDeparture", "2026-06-01T10:00"),
                    "$.participants[2].fixedDeparture", "p3", "2026-06-01T10:00", "64-bit mask");
        }
    }

    @Nested
    class WhoCannotCome {

        @Test
        void aMustAttendFlyerWithNoAllowedItineraryIsReportedWithTheBlockers() {
            // Arrivals now close at noon on the 24th; it1 lands at 19:05.
            assertOnlyIssue(TinyDataset.valid().set("/event/arrivalWindow/latest", "2026-03-24T12:00"),
                    "$.participants[0]", "p1", "Awa Ouedraogo", "it1", "arrives 2026-03-24T19:05", "outside the arrival window");
        }

        @Test
        void aMustAttendFlyerWithoutItineraryFromHomeIsReported() {
            assertOnlyIssue(TinyDataset.valid().set("/participants/1/mustAttend", true)
                            .set("/flights/itineraries/1/origin", "OUA")
                            .set("/flights/itineraries/1/outbound", List.of("s1", "s2"))
                            .set("/flights/itineraries/1/return", List.of("s3", "s4")),
                    "$.participants[1]", "p2", "no itinerary starts at a home airport (TUN)");
        }

        @Test
        void aNonMustAttendFlyerWithoutItineraryIsNotAProblem() {
            assertThat(issuesOf(TinyDataset.valid().set("/participants/0/mustAttend", false)
                    .set("/event/arrivalWindow/latest", "2026-03-24T12:00"))).isEmpty();
        }

        @Test
        void aMustAttendParticipantWhoCannotGetTheEntryVisaIsReported() {
            assertOnlyIssue(TinyDataset.valid().set("/participants/2/mustAttend", true)
                            .set("/participants/2/nationality", "TD")
                            .set("/visaRules/0/obtainable", false),
                    "$.participants[2]", "p3", "TD nationals without TN-EVISA cannot enter TN");
        }

        @Test
        void aMustAttendParticipantNeedingAnAccessibleRoomWhereThereIsNoneIsReported() {
            assertOnlyIssue(TinyDataset.valid().set("/participants/0/needs", Map.of("accessibleRoom", true, "singleRoom", false))
                            .set("/hotels/0/rooms/1/accessible", false),
                    "$.participants[0]", "p1", "no accessible room");
        }

        @Test
        void heldVisasLiftTheEntryRule() {
            assertThat(issuesOf(TinyDataset.valid().set("/participants/2/mustAttend", true)
                    .set("/participants/2/nationality", "TD")
                    .set("/participants/2/visasHeld", List.of("TN-EVISA"))
                    .set("/visaRules/0/obtainable", false))).isEmpty();
        }

        @Test
        void onlyCheckedOnceTheStructureIsValid() {
            // The window problem would make it1 unusable, but a broken structure comes first.
            assertThat(issuesOf(TinyDataset.valid().set("/event/arrivalWindow/latest", "2026-03-24T12:00")
                    .set("/hotels/0/stars", 0))).extracting(ValidationIssue::path).containsExactly("$.hotels[0].stars");
        }
    }

    @Nested
    class NullsEverywhere {

        @Test
        void anAllNullDatasetIsReportedNotThrown() {
            Dataset empty = new Dataset(null, null, null, null, null, null, null, null, null);
            assertThat(DatasetValidator.validate(empty)).extracting(ValidationIssue::path)
                    .containsExactly("$.format", "$.event", "$.budget");
        }

        @Test
        void noDatasetAtAll() {
            assertThat(DatasetValidator.validate(null)).extracting(ValidationIssue::path).containsExactly("$");
        }

        @Test
        void nullsInsideRecordsAndListsAreReportedNotThrown() {
            Participant blank = new Participant(null, null, null, null, Arrays.asList("fr", null), Arrays.asList((String) null),
                    null, null, null, null, true, null, null, null, null, null, null, Arrays.asList(null, "x"), null, null, null);
            Segment segment = new Segment(null, null, null, null, null, null, null, null);
            Itinerary itinerary = new Itinerary(null, null, Arrays.asList((String) null), null, null);
            Dataset dataset = new Dataset(Dataset.FORMAT,
                    new Event(null, null, null, new Venue(null, null, null, null), null, null,
                            new TimeWindow(null, null), null, null, null),
                    new Budget(null, Arrays.asList(null, new org.caravan.data.dataset.Fund(null, null, null))),
                    null,
                    Arrays.asList(null, new Airport(null, null, null, null, null, null)),
                    Arrays.asList(null, blank),
                    Arrays.asList(null, new Hotel(null, null, null, null, null, null, null,
                            Arrays.asList(null, new Room(null, null, null, null, false, null)), null)),
                    new Flights(Arrays.asList(null, segment), Arrays.asList(null, itinerary)),
                    Arrays.asList(null, new VisaRule(null, null, null, null, false, null)));

            List<ValidationIssue>[] found = new List[1];
            assertThatCode(() -> found[0] = DatasetValidator.validate(dataset)).doesNotThrowAnyException();
            assertThat(found[0]).extracting(ValidationIssue::path).contains(
                    "$.event.venue.airport", "$.event.arrivalWindow.earliest", "$.budget.funds[0]",
                    "$.airports[1].code", "$.participants[0]", "$.participants[1].languages[1]",
                    "$.participants[1].homeAirports[0]", "$.participants[1].roommateRequests[0]",
                    "$.participants[1].roommateRequests[1]", "$.hotels[1].rooms[1].available",
                    "$.flights.segments[1].departure", "$.flights.itineraries[1].outbound[0]",
                    "$.flights.itineraries[1].return", "$.visaRules[1].purpose");
        }
    }
}
