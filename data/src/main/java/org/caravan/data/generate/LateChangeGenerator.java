package org.caravan.data.generate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.caravan.data.changes.LateChanges;
import org.caravan.data.dataset.Dataset;
import org.caravan.data.dataset.Fund;
import org.caravan.data.dataset.Hotel;
import org.caravan.data.dataset.Itinerary;
import org.caravan.data.dataset.Participant;
import org.caravan.data.dataset.Room;
import org.caravan.data.json.CaravanJson;
import org.caravan.data.plan.Assignment;
import org.caravan.data.plan.Plan;
import org.caravan.data.validation.ValidDataset;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Realistic late changes for a dataset and a published plan, in caravan-changes/1: the bookings of half the plan,
 * and the ten kinds of change of the re-plan benchmark (benchmarks/README.md, "Late changes"), each chosen from what
 * the plan uses so that it bites. Seeded: the same dataset, plan and seed give the same changes. For the benchmark
 * and the property tests; a planner writes their own change files.
 */
public final class LateChangeGenerator {

    /** The ten change sets of the benchmark, in the planner's words. */
    public enum Scenario {
        ONE_CANCELLATION("one brought participant cancels"),
        FIVE_CANCELLATIONS_THREE_REGISTRATIONS("five brought participants cancel, three register late"),
        HOTEL_LOSES_BLOCK("the busiest hotel loses its rooms for the first two nights of the event"),
        CANCELLED_SEGMENT("the airline cancels the flight most brought flyers take, among those carrying at most a tenth of them"),
        FUND_CUT("the fund that pays most is cut by 10%"),
        RETIMED_SEGMENT("a flight several brought flyers take leaves and lands three hours later"),
        BUDGET_CUT("the total budget is cut by 5%"),
        ROOMS_ADDED("the cheapest hotel adds five rooms like its most common one"),
        ITINERARY_REPRICED("the itinerary most brought flyers take costs 30% more"),
        DATES_CHANGED("a brought participant coming by land arrives a day later (nothing when nobody comes by land)");

        private final String description;

        Scenario(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    private static final ObjectMapper MAPPER = CaravanJson.mapper();

    private final Dataset dataset;
    private final Plan plan;
    private final Random random;

    private LateChangeGenerator(ValidDataset dataset, Plan plan, long seed) {
        this.dataset = dataset.dataset();
        this.plan = plan;
        this.random = new Random(seed);
    }

    /** A change document from change lists. */
    public static String document(ArrayNode... parts) {
        ObjectNode document = MAPPER.createObjectNode();
        document.put("format", LateChanges.FORMAT);
        ArrayNode changes = document.putArray("changes");
        for (ArrayNode part : parts) {
            changes.addAll(part);
        }
        return document.toString();
    }

    /**
     * Bookings for every other brought participant (dataset order): the ticket at its offer give or take a few
     * percent (fares move between the offer and the purchase), the room confirmed at 95% of its offer (the hotel's
     * group rate), the same for every occupant of a room.
     */
    public static ArrayNode bookHalf(ValidDataset dataset, Plan plan, long seed) {
        return new LateChangeGenerator(dataset, plan, seed).bookHalf();
    }

    /** One scenario's changes against the dataset and plan (empty when the dataset has nothing it could change). */
    public static ArrayNode changes(Scenario scenario, ValidDataset dataset, Plan plan, long seed) {
        LateChangeGenerator generator = new LateChangeGenerator(dataset, plan, seed);
        return switch (scenario) {
            case ONE_CANCELLATION -> generator.cancellations(1);
            case FIVE_CANCELLATIONS_THREE_REGISTRATIONS -> {
                ArrayNode changes = generator.cancellations(5);
                changes.addAll(generator.registrations(3));
                yield changes;
            }
            case HOTEL_LOSES_BLOCK -> generator.hotelLosesBlock();
            case CANCELLED_SEGMENT -> generator.cancelledSegment();
            case FUND_CUT -> generator.fundCut();
            case RETIMED_SEGMENT -> generator.retimedSegment();
            case BUDGET_CUT -> generator.budgetCut();
            case ROOMS_ADDED -> generator.roomsAdded();
            case ITINERARY_REPRICED -> generator.itineraryRepriced();
            case DATES_CHANGED -> generator.datesChanged();
        };
    }

    // ---------------------------------------------------------------- bookings

    private ArrayNode bookHalf() {
        ArrayNode changes = MAPPER.createArrayNode();
        Map<String, Itinerary> itineraries = dataset.flights().itineraries().stream()
                .collect(Collectors.toMap(Itinerary::id, itinerary -> itinerary));
        Map<String, Room> rooms = new HashMap<>();
        dataset.hotels().forEach(hotel -> hotel.rooms().forEach(room -> rooms.put(room.id(), room)));
        int brought = 0;
        for (Assignment assignment : plan.assignments()) {
            if (!assignment.brought() || brought++ % 2 != 0) {
                continue;
            }
            if (assignment.itinerary() != null) {
                BigDecimal factor = BigDecimal.valueOf(95 + random.nextInt(16), 2);
                changes.addObject().put("type", "ISSUE_TICKET").put("participant", assignment.participant())
                        .put("itinerary", assignment.itinerary())
                        .put("price", cents(itineraries.get(assignment.itinerary()).price().multiply(factor)));
            }
            if (assignment.room() != null) {
                changes.addObject().put("type", "CONFIRM_ROOM").put("participant", assignment.participant())
                        .put("room", assignment.room())
                        .put("pricePerNight", cents(rooms.get(assignment.room()).pricePerNight().multiply(new BigDecimal("0.95"))));
            }
        }
        return changes;
    }

    // ---------------------------------------------------------------- the scenarios

    private ArrayNode cancellations(int count) {
        ArrayNode changes = MAPPER.createArrayNode();
        List<String> brought = new ArrayList<>(plan.assignments().stream().filter(Assignment::brought)
                .map(Assignment::participant).toList());
        for (int i = 0; i < count && !brought.isEmpty(); i++) {
            String id = brought.remove(random.nextInt(brought.size()));
            ObjectNode change = changes.addObject().put("type", "CANCEL_PARTICIPANT").put("participant", id);
            if (random.nextBoolean()) {
                change.put("sunkCost", 25 + random.nextInt(4) * 25);
            }
        }
        return changes;
    }

    /** Late registrations: copies of participants the plan brings, with new ids, alone (no requests, no household). */
    private ArrayNode registrations(int count) {
        ArrayNode changes = MAPPER.createArrayNode();
        List<Participant> models = dataset.participants().stream().filter(p -> !p.isSelfFunded()).toList();
        Set<String> ids = dataset.participants().stream().map(Participant::id).collect(Collectors.toSet());
        for (int i = 1; i <= count && !models.isEmpty(); i++) {
            Participant model = models.get(random.nextInt(models.size()));
            String id = "late-" + i;
            while (ids.contains(id)) {
                id = id + "b";
            }
            ObjectNode person = MAPPER.valueToTree(model);
            person.put("id", id).put("name", "Late Registrant " + i).put("mustAttend", false);
            person.putArray("roommateRequests");
            person.putNull("household");
            changes.addObject().put("type", "ADD_PARTICIPANT").set("participant", person);
        }
        return changes;
    }

    private ArrayNode hotelLosesBlock() {
        ArrayNode changes = MAPPER.createArrayNode();
        Map<String, Long> guests = plan.assignments().stream().filter(a -> a.brought() && a.room() != null)
                .collect(Collectors.groupingBy(Assignment::room, Collectors.counting()));
        Hotel busiest = dataset.hotels().stream().max(Comparator.comparingLong(hotel ->
                hotel.rooms().stream().mapToLong(room -> guests.getOrDefault(room.id(), 0L)).sum())).orElse(null);
        if (busiest == null) {
            return changes;
        }
        var secondNight = dataset.event().firstDay().plusDays(1);
        // A room has one run of nights: the two nights go at the start of each room's run, which holds them.
        Map<String, List<String>> byStart = new LinkedHashMap<>();
        for (Room room : busiest.rooms()) {
            if (!room.available().from().isAfter(dataset.event().firstDay()) && room.available().to().isAfter(secondNight)) {
                byStart.computeIfAbsent(room.available().from().toString(), from -> new ArrayList<>()).add(room.id());
            }
        }
        byStart.forEach((from, ids) -> {
            ObjectNode change = changes.addObject().put("type", "WITHDRAW_ROOMS");
            ids.forEach(change.putArray("rooms")::add);
            change.putObject("nights").put("from", from).put("to", secondNight.toString());
        });
        return changes;
    }

    /** Brought flyers per segment, most first (segment order breaks ties). */
    private List<Map.Entry<String, Long>> segmentUse() {
        Map<String, Itinerary> itineraries = dataset.flights().itineraries().stream()
                .collect(Collectors.toMap(Itinerary::id, itinerary -> itinerary));
        Map<String, Long> use = new LinkedHashMap<>();
        dataset.flights().segments().forEach(segment -> use.put(segment.id(), 0L));
        for (Assignment assignment : plan.assignments()) {
            if (assignment.brought() && assignment.itinerary() != null) {
                Itinerary itinerary = itineraries.get(assignment.itinerary());
                itinerary.outbound().forEach(segment -> use.merge(segment, 1L, Long::sum));
                itinerary.inbound().forEach(segment -> use.merge(segment, 1L, Long::sum));
            }
        }
        return use.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).toList();
    }

    private long broughtFlyers() {
        return plan.assignments().stream().filter(a -> a.brought() && a.itinerary() != null).count();
    }

    private ArrayNode cancelledSegment() {
        ArrayNode changes = MAPPER.createArrayNode();
        long limit = Math.max(2, broughtFlyers() / 10);
        segmentUse().stream().filter(entry -> entry.getValue() > 0 && entry.getValue() <= limit).findFirst()
                .ifPresent(entry -> changes.addObject().put("type", "CANCEL_SEGMENT").put("segment", entry.getKey()));
        return changes;
    }

    private ArrayNode retimedSegment() {
        ArrayNode changes = MAPPER.createArrayNode();
        List<Map.Entry<String, Long>> used = segmentUse().stream().filter(entry -> entry.getValue() >= 2).toList();
        if (used.isEmpty()) {
            return changes;
        }
        String id = used.get(random.nextInt(Math.min(5, used.size()))).getKey();
        dataset.flights().segments().stream().filter(segment -> segment.id().equals(id)).findFirst().ifPresent(segment ->
                changes.addObject().put("type", "RETIME_SEGMENT").put("segment", id)
                        .put("departure", local(segment.departure().plusHours(3)))
                        .put("arrival", local(segment.arrival().plusHours(3))));
        return changes;
    }

    private ArrayNode fundCut() {
        ArrayNode changes = MAPPER.createArrayNode();
        Map<String, Long> members = plan.assignments().stream().filter(Assignment::brought)
                .map(a -> dataset.participants().stream().filter(p -> p.id().equals(a.participant())).findFirst()
                        .map(Participant::payer).orElse(Fund.GENERAL))
                .collect(Collectors.groupingBy(payer -> payer, Collectors.counting()));
        dataset.budget().funds().stream().max(Comparator.comparingLong(fund -> members.getOrDefault(fund.id(), 0L)))
                .ifPresent(fund -> changes.addObject().put("type", "SET_FUND").put("fund", fund.id())
                        .put("amount", cents(fund.amount().multiply(new BigDecimal("0.9")))));
        return changes;
    }

    private ArrayNode budgetCut() {
        ArrayNode changes = MAPPER.createArrayNode();
        changes.addObject().put("type", "SET_BUDGET").put("total", cents(dataset.budget().total().multiply(new BigDecimal("0.95"))));
        return changes;
    }

    private ArrayNode roomsAdded() {
        ArrayNode changes = MAPPER.createArrayNode();
        Hotel cheapest = dataset.hotels().stream().filter(hotel -> !hotel.rooms().isEmpty())
                .min(Comparator.comparing(hotel -> hotel.rooms().stream().map(Room::pricePerNight).min(BigDecimal::compareTo)
                        .orElseThrow())).orElse(null);
        if (cheapest == null) {
            return changes;
        }
        Room model = cheapest.rooms().stream().collect(Collectors.groupingBy(room -> room.capacity(), Collectors.toList()))
                .values().stream().max(Comparator.comparingInt(List::size)).orElseThrow().get(0);
        ObjectNode change = changes.addObject().put("type", "ADD_ROOMS").put("hotel", cheapest.id());
        ArrayNode rooms = change.putArray("rooms");
        for (int i = 1; i <= 5; i++) {
            ObjectNode room = MAPPER.valueToTree(model);
            room.put("id", cheapest.id() + "-late-" + i);
            rooms.add(room);
        }
        return changes;
    }

    private ArrayNode itineraryRepriced() {
        ArrayNode changes = MAPPER.createArrayNode();
        plan.assignments().stream().filter(a -> a.brought() && a.itinerary() != null)
                .collect(Collectors.groupingBy(Assignment::itinerary, LinkedHashMap::new, Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue())
                .flatMap(most -> dataset.flights().itineraries().stream().filter(it -> it.id().equals(most.getKey())).findFirst())
                .ifPresent(itinerary -> changes.addObject().put("type", "SET_ITINERARY_PRICE").put("itinerary", itinerary.id())
                        .put("price", cents(itinerary.price().multiply(new BigDecimal("1.3")))));
        return changes;
    }

    private ArrayNode datesChanged() {
        ArrayNode changes = MAPPER.createArrayNode();
        Map<String, Participant> byId = dataset.participants().stream().collect(Collectors.toMap(Participant::id, p -> p));
        List<Participant> byLand = plan.assignments().stream().filter(Assignment::brought).map(a -> byId.get(a.participant()))
                .filter(p -> p != null && !p.flies()).toList();
        if (!byLand.isEmpty()) {
            Participant person = byLand.get(random.nextInt(byLand.size()));
            LocalDateTime arrival = person.fixedArrival() == null ? dataset.event().firstDay().atTime(8, 0) : person.fixedArrival();
            LocalDateTime departure = person.fixedDeparture() == null ? dataset.event().lastDay().atTime(18, 0) : person.fixedDeparture();
            LocalDateTime later = arrival.plusDays(1).isBefore(departure) ? arrival.plusDays(1) : arrival;
            ObjectNode set = changes.addObject().put("type", "UPDATE_PARTICIPANT").put("participant", person.id()).putObject("set");
            set.put("fixedArrival", local(later)).put("fixedDeparture", local(departure));
        }
        return changes;
    }

    // ---------------------------------------------------------------- helpers

    private static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    private static String local(LocalDateTime time) {
        return time.toString().length() > 16 ? time.toString().substring(0, 16) : time.toString();
    }
}
