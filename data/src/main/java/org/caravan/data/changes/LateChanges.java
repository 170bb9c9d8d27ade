package org.caravan.data.changes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.caravan.data.check.ParticipantCost;
import org.caravan.data.check.PlanChecker;
import org.caravan.data.dataset.Dataset;
import org.caravan.data.dataset.Fund;
import org.caravan.data.dataset.Participant;
import org.caravan.data.dataset.Room;
import org.caravan.data.dataset.Spent;
import org.caravan.data.json.CaravanJson;
import org.caravan.data.plan.Assignment;
import org.caravan.data.plan.Plan;
import org.caravan.data.text.Amount;
import org.caravan.data.text.Text;
import org.caravan.data.validation.DatasetValidator;
import org.caravan.data.validation.ItineraryFacts;
import org.caravan.data.validation.ValidDataset;
import org.caravan.data.validation.ValidationIssue;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Applies a caravan-changes/1 document to the dataset a plan was made from, in order, as docs/FORMAT.md "Late
 * changes" says. Every change is checked first, against the dataset as the changes before it left it; then the
 * changed dataset is validated like any upload. Any problem, and nothing is applied: {@link InvalidChangesException}
 * lists them all, each with the change's index and field ({@code $.changes[2].participant}).
 *
 * <p>The dataset changes are applied to its JSON form, so a change's fields mean exactly what the dataset's do;
 * the bookings ({@code ISSUE_TICKET}, {@code CONFIRM_ROOM}) are set on the plan, where a re-plan keeps them.
 */
public final class LateChanges {

    public static final String FORMAT = "caravan-changes/1";
    private static final Pattern ITINERARY_PATH = Pattern.compile("\\$\\.flights\\.itineraries\\[(\\d+)]");

    private final ObjectMapper mapper = CaravanJson.mapper();
    private final List<ValidationIssue> problems = new ArrayList<>();
    private final List<String> report = new ArrayList<>();
    private final Map<String, Booking> bookings = new HashMap<>();
    /** Money spent on a participant that no booking records, by participant id: cancellations' sunk costs. */
    private final Map<String, BigDecimal> sunkCosts = new LinkedHashMap<>();
    /** Per participant, the changes that concern them and why (docs/FORMAT.md, "Who a change concerns"). */
    private final Map<String, List<Concern>> concerns = new LinkedHashMap<>();
    private final List<MoneyChange> moneyChanges = new ArrayList<>();
    private final Set<String> retimed = new LinkedHashSet<>();
    private final ValidDataset before;
    private final ObjectNode dataset;
    private final Plan plan;
    private String at = "$";
    private int index = -1;
    private String type = "";

    /** What the booking changes record for one participant: what is booked, and at what actual price (null: the offer's). */
    private record Booking(@Nullable String ticketItinerary, @Nullable BigDecimal ticketPrice,
            @Nullable String confirmedRoom, @Nullable BigDecimal roomPricePerNight) {

        static final Booking NONE = new Booking(null, null, null, null);
    }

    private LateChanges(ValidDataset before, Plan plan) {
        this.before = before;
        this.dataset = mapper.valueToTree(before.dataset());
        this.plan = plan;
    }

    /**
     * The dataset after the changes (with {@code budget.spent} grown by the sunk costs and broken bookings), the plan
     * with their bookings at their actual prices, what applying them did in words, the broken bookings, and who the
     * changes concern: the one rule (docs/FORMAT.md, "Who a change concerns") that the change list and the re-plan
     * benchmark read to tell a move a change asked for from a collateral one.
     *
     * @param concerns per participant, each change that concerns them, in change order
     * @param moneyChanges the budget and fund changes: they concern no one by name
     */
    public record Applied(ValidDataset dataset, Plan plan, List<String> report, List<String> brokenBookings,
            Map<String, List<Concern>> concerns, List<MoneyChange> moneyChanges) {

        /** The participants some change concerns. */
        public Set<String> named() {
            return concerns.keySet();
        }

        /** Whether some change concerns this participant: a move of anyone else is collateral. */
        public boolean concerns(String participant) {
            return concerns.containsKey(participant);
        }

        /**
         * What caused a move of this participant, in the change list's words: the changes that concern them
         * ({@code changes[2] WITHDRAW_ROOMS}, several joined by "; "); else, for a payer a money change limits, that
         * change ({@code changes[4] SET_FUND (money)}: collateral all the same, but the planner sees which cut it
         * fits); else {@value ChangeList#COLLATERAL}.
         */
        public String cause(String participant) {
            List<Concern> theirs = concerns.get(participant);
            if (theirs != null) {
                return String.join("; ", theirs.stream().map(Concern::label).distinct().toList());
            }
            Participant person = dataset.index().participant(participant);
            List<String> money = person == null ? List.of() : moneyChanges.stream()
                    .filter(change -> change.limits(person.payer())).map(MoneyChange::label).toList();
            return money.isEmpty() ? ChangeList.COLLATERAL : String.join("; ", money);
        }
    }

    /**
     * Why a change concerns a participant.
     *
     * @param change the change's index in the document
     * @param why what it did to them, in words
     */
    public record Concern(int change, String type, String why) {

        /** The type of the concern of a person whose published itinerary or room was impossible before any change. */
        public static final String PUBLISHED_PLAN = "PUBLISHED_PLAN";

        static Concern publishedPlan() {
            return new Concern(-1, PUBLISHED_PLAN, "their itinerary or room in the plan was no longer possible before these changes");
        }

        public String label() {
            return change < 0 ? "the published plan" : "changes[" + change + "] " + type;
        }
    }

    /**
     * A change of the money ({@code SET_BUDGET}, {@code SET_FUND}). It takes nothing from anyone in particular, so it
     * concerns no one by name: whom the re-plan leaves out or moves to fit it is the re-plan's choice, and each of
     * them a collateral move, which the change list labels with this change.
     *
     * @param fund the fund changed, or null for the budget
     */
    public record MoneyChange(int change, String type, @Nullable String fund) {

        public String label() {
            return "changes[" + change + "] " + type + " (money)";
        }

        /** Whether this change limits what the payer may spend: its fund, or for the budget every payer but SELF. */
        public boolean limits(String payer) {
            return fund == null ? !Fund.SELF.equals(payer) : fund.equals(payer);
        }
    }

    public static Applied apply(ValidDataset dataset, Plan plan, String changesJson) {
        JsonNode document;
        try {
            document = CaravanJson.mapper().readTree(changesJson);
        } catch (JsonProcessingException e) {
            throw new InvalidChangesException(List.of(new ValidationIssue("$", Text.of("changes.notJson", e.getOriginalMessage()))));
        }
        return new LateChanges(dataset, plan).applyAll(document);
    }

    private Applied applyAll(@Nullable JsonNode document) {
        if (document == null || !document.isObject()) {
            throw new InvalidChangesException(List.of(new ValidationIssue("$", Text.of("changes.notAnObject"))));
        }
        if (!FORMAT.equals(document.path("format").asText())) {
            problem("$.format", "changes.format", FORMAT);
        }
        JsonNode changes = document.path("changes");
        if (!changes.isArray()) {
            problem("$.changes", "changes.missing");
        } else {
            for (int i = 0; i < changes.size(); i++) {
                at = "$.changes[" + i + "]";
                JsonNode change = changes.get(i);
                if (!change.isObject()) {
                    problem(at, "changes.changeNotAnObject");
                    continue;
                }
                applyOne(i, (ObjectNode) change);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidChangesException(problems);
        }
        Dataset changed = read();
        List<ValidationIssue> invalid = DatasetValidator.validate(changed);
        if (!invalid.isEmpty() && withdrawDisconnected(invalid)) {
            changed = read();
            invalid = DatasetValidator.validate(changed);
        }
        if (!invalid.isEmpty()) {
            throw new InvalidChangesException(invalid.stream().map(issue -> new ValidationIssue(issue.path(),
                    Text.of("changes.afterTheChanges", issue.text()))).toList());
        }
        ValidDataset valid = DatasetValidator.valid(changed);
        List<String> broken = new ArrayList<>();
        List<Spent> spent = new ArrayList<>();
        Plan booked = withBookings(valid, broken, spent);
        if (!spent.isEmpty()) {
            List<Spent> all = new ArrayList<>(changed.budget().spent());
            all.addAll(spent);
            valid = DatasetValidator.valid(changed.withBudget(changed.budget().withSpent(all)));
        }
        Map<String, List<Concern>> concerned = new LinkedHashMap<>();
        concerns.forEach((id, theirs) -> concerned.put(id, List.copyOf(theirs)));
        return new Applied(valid, booked, List.copyOf(report), List.copyOf(broken), Collections.unmodifiableMap(concerned),
                List.copyOf(moneyChanges));
    }

    private Dataset read() {
        try {
            return mapper.treeToValue(dataset, Dataset.class);
        } catch (JsonProcessingException e) {
            throw new InvalidChangesException(List.of(new ValidationIssue("$.changes",
                    Text.of("changes.unreadableResult", e.getOriginalMessage()))));
        }
    }

    /**
     * A retimed flight can break the connections of itineraries that contain it: those can no longer be flown
     * (docs/FORMAT.md), so they are withdrawn, and said so, instead of leaving a dataset the validator refuses.
     * Only the itineraries of the validator's problems that contain a retimed segment go; true whether any went.
     */
    private boolean withdrawDisconnected(List<ValidationIssue> invalid) {
        Set<String> gone = new LinkedHashSet<>();
        ArrayNode itineraries = array(flights(), "itineraries");
        for (ValidationIssue issue : invalid) {
            Matcher matcher = ITINERARY_PATH.matcher(issue.path());
            if (!matcher.lookingAt()) {
                continue;
            }
            JsonNode itinerary = itineraries.get(Integer.parseInt(matcher.group(1)));
            if (itinerary != null && retimed.stream().anyMatch(segment -> contains(itinerary.path("outbound"), segment)
                    || contains(itinerary.path("return"), segment))) {
                gone.add(itinerary.path("id").asText());
            }
        }
        if (gone.isEmpty()) {
            return false;
        }
        removeWhere(itineraries, itinerary -> gone.contains(itinerary.path("id").asText()));
        report.add("$.changes: the itineraries %s no longer connect after the retimed flights and are withdrawn."
                .formatted(String.join(", ", gone)));
        return true;
    }

    private void applyOne(int index, ObjectNode change) {
        this.index = index;
        this.type = change.path("type").asText("");
        switch (type) {
            case "CANCEL_PARTICIPANT" -> cancelParticipant(change);
            case "ADD_PARTICIPANT" -> addParticipant(change);
            case "UPDATE_PARTICIPANT" -> updateParticipant(change);
            case "WITHDRAW_ROOMS" -> withdrawRooms(change);
            case "WITHDRAW_HOTEL" -> withdrawHotel(change);
            case "ADD_ROOMS" -> addRooms(change);
            case "SET_ROOM_PRICE" -> setRoomPrice(change);
            case "CANCEL_SEGMENT" -> cancelSegment(change);
            case "RETIME_SEGMENT" -> retimeSegment(change);
            case "SET_SEGMENT_SEATS" -> setSegmentSeats(change);
            case "ADD_ITINERARIES" -> addItineraries(change);
            case "SET_ITINERARY_PRICE" -> setItineraryPrice(change);
            case "SET_BUDGET" -> setBudget(change);
            case "SET_FUND" -> setFund(change);
            case "ISSUE_TICKET" -> issueTicket(change);
            case "CONFIRM_ROOM" -> confirmRoom(change);
            default -> problem(at + ".type", "changes.unknownType", type);
        }
    }

    // ---------------------------------------------------------------- participants

    private void cancelParticipant(ObjectNode change) {
        String id = text(change, "participant");
        ObjectNode person = id == null ? null : participant(id, "participant");
        if (person == null) {
            return;
        }
        removeWhere(participants(), node -> node == person);
        for (JsonNode other : participants()) {
            JsonNode requests = other.path("roommateRequests");
            if (requests.isArray() && removeWhere((ArrayNode) requests, request -> request.asText().equals(id))) {
                concern(other.path("id").asText(), "no longer asks to share with " + id + ", who is cancelled");
                report.add("%s: %s (%s) no longer asks to share with %s, who is cancelled.".formatted(at,
                        other.path("name").asText(), other.path("id").asText(), id));
            }
        }
        String household = person.path("household").asText("");
        if (!household.isEmpty()) {
            List<JsonNode> left = new ArrayList<>();
            participants().forEach(other -> {
                if (other.path("household").asText("").equals(household)) {
                    left.add(other);
                }
            });
            if (left.size() == 1) {
                // A household is two people or more: the one left is now on their own.
                ((ObjectNode) left.get(0)).putNull("household");
                concern(left.get(0).path("id").asText(), "no longer in household " + household + ", whose other member is cancelled");
                report.add("%s: %s (%s) is no longer in household %s, whose other member is cancelled.".formatted(at,
                        left.get(0).path("name").asText(), left.get(0).path("id").asText(), household));
            }
        }
        JsonNode sunk = change.get("sunkCost");
        if (sunk != null && number(change, "sunkCost") != null && sunk.decimalValue().signum() > 0) {
            sunkCosts.merge(id, sunk.decimalValue(), BigDecimal::add);
        }
        concern(id, "cancelled");
        report.add("%s: %s (%s) is cancelled%s.".formatted(at, person.path("name").asText(), id,
                sunk == null ? "" : "; sunk cost " + sunk.asText() + " stays spent"));
    }

    private void addParticipant(ObjectNode change) {
        JsonNode person = change.get("participant");
        if (person == null || !person.isObject()) {
            problem(at + ".participant", "changes.addParticipant.noParticipant");
            return;
        }
        String id = person.path("id").asText("");
        if (id.isEmpty()) {
            problem(at + ".participant.id", "changes.addParticipant.noId");
        } else if (find(participants(), id) != null) {
            problem(at + ".participant.id", "changes.addParticipant.exists", id);
        } else {
            participants().add(person.deepCopy());
            concern(id, "added");
            report.add("%s: %s (%s) is added.".formatted(at, person.path("name").asText(), id));
        }
    }

    private void updateParticipant(ObjectNode change) {
        String id = text(change, "participant");
        ObjectNode person = id == null ? null : participant(id, "participant");
        JsonNode set = change.get("set");
        if (set == null || !set.isObject() || set.isEmpty()) {
            problem(at + ".set", "changes.updateParticipant.noSet");
            return;
        }
        if (set.has("id")) {
            problem(at + ".set.id", "changes.updateParticipant.id");
            return;
        }
        if (person != null) {
            concern(id, "new " + String.join(", ", iterable(set.fieldNames())));
            set.fields().forEachRemaining(field -> person.set(field.getKey(), field.getValue().deepCopy()));
            report.add("%s: %s (%s) has new %s.".formatted(at, person.path("name").asText(), id,
                    String.join(", ", iterable(set.fieldNames()))));
        }
    }

    // ---------------------------------------------------------------- hotels and rooms

    private void withdrawRooms(ObjectNode change) {
        List<String> ids = texts(change, "rooms");
        JsonNode nights = change.get("nights");
        LocalDate from = null;
        LocalDate to = null;
        if (nights != null) {
            from = date(nights, "from", at + ".nights.from");
            to = date(nights, "to", at + ".nights.to");
            if (from == null || to == null) {
                return;
            }
            if (to.isBefore(from)) {
                problem(at + ".nights", "changes.nightsReversed", to, from);
                return;
            }
        }
        for (int i = 0; i < ids.size(); i++) {
            ObjectNode room = room(ids.get(i), "rooms[" + i + "]");
            if (room == null) {
                continue;
            }
            LocalDate first = from;
            LocalDate last = to;
            concernInRooms(Set.of(ids.get(i)), stay -> first == null || stay == null
                    || stay.stream().anyMatch(night -> !night.isBefore(first) && !night.isAfter(last)),
                    "room " + ids.get(i) + " withdrawn on a night they had");
            if (nights == null) {
                removeRoom(ids.get(i));
                report.add("%s: room %s is withdrawn.".formatted(at, ids.get(i)));
                continue;
            }
            LocalDate availableFrom = LocalDate.parse(room.path("available").path("from").asText());
            LocalDate availableTo = LocalDate.parse(room.path("available").path("to").asText());
            if (!from.isAfter(availableFrom) && !to.isBefore(availableTo)) {
                removeRoom(ids.get(i));
                report.add("%s: room %s is withdrawn (every night it had).".formatted(at, ids.get(i)));
            } else if (!from.isAfter(availableFrom)) {
                ((ObjectNode) room.get("available")).put("from", to.plusDays(1).toString());
                report.add("%s: room %s is available from %s.".formatted(at, ids.get(i), to.plusDays(1)));
            } else if (!to.isBefore(availableTo)) {
                ((ObjectNode) room.get("available")).put("to", from.minusDays(1).toString());
                report.add("%s: room %s is available until the night of %s.".formatted(at, ids.get(i), from.minusDays(1)));
            } else {
                problem(at + ".nights", "changes.withdrawRooms.middle", ids.get(i), availableFrom, availableTo);
            }
        }
    }

    private void withdrawHotel(ObjectNode change) {
        String id = text(change, "hotel");
        if (id == null) {
            return;
        }
        if (find(array(dataset, "hotels"), id) == null) {
            problem(at + ".hotel", "changes.noHotel", id);
            return;
        }
        Set<String> rooms = new LinkedHashSet<>();
        array(find(array(dataset, "hotels"), id), "rooms").forEach(room -> rooms.add(room.path("id").asText()));
        concernInRooms(rooms, stay -> true, "their hotel " + id + " withdrawn");
        removeWhere(array(dataset, "hotels"), hotel -> hotel.path("id").asText().equals(id));
        report.add("%s: hotel %s is withdrawn with all its rooms.".formatted(at, id));
    }

    private void addRooms(ObjectNode change) {
        String hotelId = text(change, "hotel");
        JsonNode rooms = change.get("rooms");
        if (rooms == null || !rooms.isArray() || rooms.isEmpty()) {
            problem(at + ".rooms", "changes.addRooms.noRooms");
            return;
        }
        ObjectNode hotel = hotelId == null ? null : find(array(dataset, "hotels"), hotelId);
        if (hotelId != null && hotel == null) {
            problem(at + ".hotel", "changes.noHotel", hotelId);
            return;
        }
        if (hotel == null) {
            return;
        }
        for (int i = 0; i < rooms.size(); i++) {
            String id = rooms.get(i).path("id").asText("");
            if (id.isEmpty()) {
                problem(at + ".rooms[" + i + "].id", "changes.addRooms.noId");
            } else if (roomNode(id) != null) {
                problem(at + ".rooms[" + i + "].id", "changes.addRooms.exists", id);
            } else {
                array(hotel, "rooms").add(rooms.get(i).deepCopy());
                report.add("%s: room %s is added to hotel %s.".formatted(at, id, hotelId));
            }
        }
    }

    private void setRoomPrice(ObjectNode change) {
        List<String> ids = texts(change, "rooms");
        JsonNode price = number(change, "pricePerNight");
        for (int i = 0; i < ids.size(); i++) {
            ObjectNode room = room(ids.get(i), "rooms[" + i + "]");
            if (room != null && price != null) {
                concernInRooms(Set.of(ids.get(i)), stay -> true, "room " + ids.get(i) + " repriced");
                room.set("pricePerNight", price);
                report.add("%s: room %s costs %s a night.".formatted(at, ids.get(i), plain(price)));
            }
        }
    }

    // ---------------------------------------------------------------- flights

    private void cancelSegment(ObjectNode change) {
        ObjectNode segment = segment(change);
        if (segment == null) {
            return;
        }
        String id = segment.path("id").asText();
        removeWhere(array(flights(), "segments"), node -> node == segment);
        List<String> gone = new ArrayList<>();
        removeWhere(array(flights(), "itineraries"), itinerary -> {
            boolean uses = contains(itinerary.path("outbound"), id) || contains(itinerary.path("return"), id);
            if (uses) {
                gone.add(itinerary.path("id").asText());
            }
            return uses;
        });
        concernOnItineraries(new LinkedHashSet<>(gone), "flight " + id + " cancelled");
        report.add("%s: segment %s is cancelled%s.".formatted(at, id,
                gone.isEmpty() ? "" : ", and with it the itineraries " + String.join(", ", gone)));
    }

    private void retimeSegment(ObjectNode change) {
        ObjectNode segment = segment(change);
        String departure = text(change, "departure");
        String arrival = text(change, "arrival");
        if (segment != null && departure != null && arrival != null) {
            retimed.add(segment.path("id").asText());
            concernOnItineraries(itinerariesWith(segment.path("id").asText()), "flight " + segment.path("id").asText() + " retimed");
            segment.put("departure", departure);
            segment.put("arrival", arrival);
            report.add("%s: segment %s now leaves %s and lands %s (local times).".formatted(at,
                    segment.path("id").asText(), departure, arrival));
        }
    }

    private void setSegmentSeats(ObjectNode change) {
        ObjectNode segment = segment(change);
        JsonNode seats = number(change, "seats");
        if (segment != null && seats != null) {
            Set<String> itineraries = itinerariesWith(segment.path("id").asText());
            long carried = plan.assignments().stream()
                    .filter(a -> a.brought() && a.itinerary() != null && itineraries.contains(a.itinerary())).count();
            if (seats.asLong() < carried) {
                concernOnItineraries(itineraries, "flight " + segment.path("id").asText() + " has fewer seats than it carried");
            }
            segment.set("seats", seats);
            report.add("%s: segment %s has %s seats for the event.".formatted(at, segment.path("id").asText(), plain(seats)));
        }
    }

    private void addItineraries(ObjectNode change) {
        JsonNode segments = change.path("segments");
        JsonNode itineraries = change.path("itineraries");
        if (!itineraries.isArray() || itineraries.isEmpty()) {
            problem(at + ".itineraries", "changes.addItineraries.noItineraries");
            return;
        }
        if (segments.isArray()) {
            for (int i = 0; i < segments.size(); i++) {
                String id = segments.get(i).path("id").asText("");
                if (id.isEmpty()) {
                    problem(at + ".segments[" + i + "].id", "changes.addItineraries.noSegmentId");
                } else if (find(array(flights(), "segments"), id) != null) {
                    problem(at + ".segments[" + i + "].id", "changes.addItineraries.segmentExists", id);
                } else {
                    array(flights(), "segments").add(segments.get(i).deepCopy());
                }
            }
        }
        for (int i = 0; i < itineraries.size(); i++) {
            String id = itineraries.get(i).path("id").asText("");
            if (id.isEmpty()) {
                problem(at + ".itineraries[" + i + "].id", "changes.addItineraries.noItineraryId");
            } else if (find(array(flights(), "itineraries"), id) != null) {
                problem(at + ".itineraries[" + i + "].id", "changes.addItineraries.itineraryExists", id);
            } else {
                array(flights(), "itineraries").add(itineraries.get(i).deepCopy());
                report.add("%s: itinerary %s is added.".formatted(at, id));
            }
        }
    }

    private void setItineraryPrice(ObjectNode change) {
        String id = text(change, "itinerary");
        JsonNode price = number(change, "price");
        ObjectNode itinerary = id == null ? null : itinerary(id, "itinerary");
        if (itinerary != null && price != null) {
            concernOnItineraries(Set.of(id), "itinerary " + id + " repriced");
            itinerary.set("price", price);
            report.add("%s: itinerary %s costs %s.".formatted(at, id, plain(price)));
        }
    }

    // ---------------------------------------------------------------- money

    private void setBudget(ObjectNode change) {
        JsonNode total = number(change, "total");
        if (total != null) {
            moneyChanges.add(new MoneyChange(index, type, null));
            ((ObjectNode) dataset.path("budget")).set("total", total);
            report.add("%s: the budget is %s.".formatted(at, plain(total)));
        }
    }

    private void setFund(ObjectNode change) {
        String id = text(change, "fund");
        JsonNode amount = number(change, "amount");
        if (id == null) {
            return;
        }
        ObjectNode fund = find(array((ObjectNode) dataset.path("budget"), "funds"), id);
        if (fund == null) {
            problem(at + ".fund", "changes.noFund", id);
        } else if (amount != null) {
            moneyChanges.add(new MoneyChange(index, type, id));
            fund.set("amount", amount);
            report.add("%s: fund %s has %s.".formatted(at, id, plain(amount)));
        }
    }

    // ---------------------------------------------------------------- bookings

    private void issueTicket(ObjectNode change) {
        String id = text(change, "participant");
        String itinerary = text(change, "itinerary");
        JsonNode price = number(change, "price");
        if (id == null || itinerary == null || participant(id, "participant") == null || itinerary(itinerary, "itinerary") == null) {
            return;
        }
        Assignment assignment = assignment(id);
        if (assignment == null || !assignment.brought() || !itinerary.equals(assignment.itinerary())) {
            if (assignment == null || assignment.itinerary() == null) {
                problem(at + ".itinerary", "changes.issueTicket.notPlanned", id, itinerary);
            } else {
                problem(at + ".itinerary", "changes.issueTicket.otherItinerary", id, itinerary, assignment.itinerary());
            }
            return;
        }
        if (price == null) {
            return;
        }
        Booking earlier = bookings.getOrDefault(id, Booking.NONE);
        bookings.put(id, new Booking(itinerary, price.decimalValue(), earlier.confirmedRoom(), earlier.roomPricePerNight()));
        report.add("%s: %s has a ticket on %s at %s.".formatted(at, id, itinerary, plain(price)));
    }

    private void confirmRoom(ObjectNode change) {
        String id = text(change, "participant");
        String room = text(change, "room");
        JsonNode price = number(change, "pricePerNight");
        if (id == null || room == null || participant(id, "participant") == null || room(room, "room") == null) {
            return;
        }
        Assignment assignment = assignment(id);
        if (assignment == null || !assignment.brought() || !room.equals(assignment.room())) {
            if (assignment == null || assignment.room() == null) {
                problem(at + ".room", "changes.confirmRoom.notPlanned", id, room);
            } else {
                problem(at + ".room", "changes.confirmRoom.otherRoom", id, room, assignment.room());
            }
            return;
        }
        if (price == null) {
            return;
        }
        BigDecimal agreed = roomPrice(room, id);
        if (agreed != null && agreed.compareTo(price.decimalValue()) != 0) {
            problem(at + ".pricePerNight", "changes.confirmRoom.otherPrice", room, new Amount(agreed));
            return;
        }
        Booking earlier = bookings.getOrDefault(id, Booking.NONE);
        bookings.put(id, new Booking(earlier.ticketItinerary(), earlier.ticketPrice(), room, price.decimalValue()));
        report.add("%s: %s has room %s confirmed at %s a night.".formatted(at, id, room, plain(price)));
    }

    /** The actual price a room is confirmed at already, by the plan or an earlier change, for another occupant. */
    private @Nullable BigDecimal roomPrice(String room, String except) {
        for (Assignment a : plan.assignments()) {
            Booking booking = bookings.get(a.participant());
            if (a.participant().equals(except) || !room.equals(a.room())) {
                continue;
            }
            if (booking != null && booking.roomPricePerNight() != null) {
                return booking.roomPricePerNight();
            }
            if (a.roomConfirmed() && a.roomPricePerNight() != null) {
                return a.roomPricePerNight();
            }
        }
        return null;
    }

    /**
     * The plan with the new bookings set at their actual prices, and every booking the changed dataset no longer
     * allows listed as broken (the participant cancelled; the itinerary gone, or no longer flyable by them; the room
     * gone or withdrawn on a night of their stay): its flag is cleared, the search re-plans the person around it, and
     * what it cost (their ticket, their share of the room, as the published plan counted them) stays spent, in
     * {@code spent}, with the sunk costs of cancellations.
     */
    private Plan withBookings(ValidDataset changed, List<String> broken, List<Spent> spent) {
        List<Assignment> booked = new ArrayList<>();
        for (Assignment a : plan.assignments()) {
            Booking booking = bookings.getOrDefault(a.participant(), Booking.NONE);
            booked.add(new Assignment(a.participant(), a.brought(), a.itinerary(), a.room(), a.nights(),
                    a.ticketIssued() || booking.ticketItinerary() != null, a.roomConfirmed() || booking.confirmedRoom() != null,
                    a.whyNotBrought(), booking.ticketItinerary() != null ? booking.ticketPrice() : a.ticketPrice(),
                    booking.confirmedRoom() != null ? booking.roomPricePerNight() : a.roomPricePerNight()));
        }
        Plan published = new Plan(plan.format(), plan.dataset(), plan.version(), plan.score(), plan.feasible(), booked,
                plan.costs(), plan.penalties());
        Map<String, ParticipantCost> costs = PlanChecker.check(before, published).participantCosts();

        List<Assignment> assignments = new ArrayList<>();
        for (Assignment a : booked) {
            String id = a.participant();
            Participant person = changed.index().participant(id);
            ParticipantCost cost = costs.get(id);
            String payer = before.index().participant(id) == null ? Fund.GENERAL : before.index().participant(id).payer();
            BigDecimal sunk = sunkCosts.get(id);
            if (person == null) {
                if (a.ticketIssued() || a.roomConfirmed()) {
                    broken.add("%s is cancelled: their %s stays paid.".formatted(id, what(a.ticketIssued(), a.roomConfirmed())));
                }
                BigDecimal lost = (a.ticketIssued() && cost != null ? cost.flight() : BigDecimal.ZERO)
                        .add(a.roomConfirmed() && cost != null ? cost.roomShare() : BigDecimal.ZERO);
                spend(spent, payer, lost, id, "the %s of %s, who is cancelled".formatted(what(a.ticketIssued(), a.roomConfirmed()), id));
                continue;
            }
            boolean ticket = a.ticketIssued();
            boolean room = a.roomConfirmed();
            if (ticket && !flyable(changed, person, a.itinerary())) {
                broken.add("%s's ticket on %s: the itinerary is gone or no longer fits; it stays paid.".formatted(id, a.itinerary()));
                spend(spent, payer, cost == null ? BigDecimal.ZERO : cost.flight(), id, "ticket on %s, broken".formatted(a.itinerary()));
                ticket = false;
            }
            List<LocalDate> nights = stay(changed, person, a);
            if (room && !sleepable(changed, a.room(), nights)) {
                broken.add("%s's room %s: the room is withdrawn on a night of the stay; it stays paid.".formatted(id, a.room()));
                spend(spent, payer, cost == null ? BigDecimal.ZERO : cost.roomShare(), id, "room %s, broken".formatted(a.room()));
                room = false;
            } else if (room && !flyable(changed, person, a.itinerary()) && !anyStayIn(changed, person, a.room())) {
                // Their flight must change, and no flight they may still take arrives and leaves within the nights the
                // room is held: the room cannot be kept with any of them.
                broken.add("%s's room %s: no flight %s may still take gives a stay the room holds; it stays paid."
                        .formatted(id, a.room(), id));
                spend(spent, payer, cost == null ? BigDecimal.ZERO : cost.roomShare(), id, "room %s, broken".formatted(a.room()));
                room = false;
            }
            if (a.brought() && !concerns.containsKey(id)
                    && (!flyable(changed, person, a.itinerary()) || !sleepable(changed, a.room(), nights))) {
                Participant was = before.index().participant(id);
                if (was != null && flyable(before, was, a.itinerary()) && sleepable(before, a.room(), a.nights())) {
                    throw new IllegalStateException(("The changes took %s's itinerary or room away, but no rule of "
                            + "docs/FORMAT.md \"Who a change concerns\" says which change did.").formatted(id));
                }
                // The plan the changes were applied to could not be kept for them already (made from an earlier version).
                concerns.put(id, new ArrayList<>(List.of(Concern.publishedPlan())));
            }
            assignments.add(new Assignment(id, a.brought(), a.itinerary(), a.room(), a.nights(), ticket, room,
                    a.whyNotBrought(), ticket ? a.ticketPrice() : null, room ? a.roomPricePerNight() : null));
        }
        sunkCosts.forEach((id, amount) -> {
            String payer = before.index().participant(id) == null ? Fund.GENERAL : before.index().participant(id).payer();
            spend(spent, payer, amount, id, "sunk cost of the cancellation of " + id);
        });
        return new Plan(plan.format(), plan.dataset(), plan.version(), plan.score(), plan.feasible(), assignments,
                plan.costs(), plan.penalties());
    }

    /** Whether the participant may still fly this itinerary in the changed dataset (null: a ground traveller). */
    private static boolean flyable(ValidDataset changed, Participant person, @Nullable String itinerary) {
        if (!person.flies() || itinerary == null) {
            return true;
        }
        ItineraryFacts facts = changed.index().itinerary(itinerary);
        return facts != null && changed.index().blockers(person, facts).isEmpty();
    }

    /**
     * The nights they would sleep with their published itinerary in the changed dataset (a retimed flight can move
     * them), or the published nights when that itinerary can no longer be flown.
     */
    private static @Nullable List<LocalDate> stay(ValidDataset changed, Participant person, Assignment a) {
        if (!person.flies()) {
            return changed.index().nights(person, null);
        }
        ItineraryFacts facts = a.itinerary() == null ? null : changed.index().itinerary(a.itinerary());
        return facts != null && flyable(changed, person, a.itinerary()) ? changed.index().nights(person, facts) : a.nights();
    }

    /** Whether some itinerary the participant may fly in the changed dataset gives a stay this room holds. */
    private static boolean anyStayIn(ValidDataset changed, Participant person, @Nullable String room) {
        return changed.index().allowedItineraries(person).stream()
                .anyMatch(facts -> sleepable(changed, room, changed.index().nights(person, facts)));
    }

    /** Whether the room still exists and is held on every one of these nights (null room: no lodging). */
    private static boolean sleepable(ValidDataset changed, @Nullable String roomId, @Nullable List<LocalDate> nights) {
        if (roomId == null) {
            return true;
        }
        Room room = changed.index().room(roomId);
        return room != null && (nights == null || nights.stream().allMatch(room.available()::contains));
    }

    private static void spend(List<Spent> spent, String payer, BigDecimal amount, String participant, String reason) {
        if (amount.signum() > 0) {
            spent.add(new Spent(payer, amount, participant, reason));
        }
    }

    private static String what(boolean ticket, boolean room) {
        return ticket && room ? "ticket and room" : ticket ? "ticket" : "room";
    }

    // ---------------------------------------------------------------- who a change concerns

    /** Records that the change being applied concerns this participant, and why. */
    private void concern(String participant, String why) {
        concerns.computeIfAbsent(participant, id -> new ArrayList<>()).add(new Concern(index, type, why));
    }

    /** The change concerns whoever the published plan brings in one of these rooms on nights {@code when} accepts. */
    private void concernInRooms(Set<String> rooms, Predicate<@Nullable List<LocalDate>> when, String why) {
        for (Assignment a : plan.assignments()) {
            if (a.brought() && a.room() != null && rooms.contains(a.room()) && when.test(a.nights())) {
                concern(a.participant(), why);
            }
        }
    }

    /** The change concerns whoever the published plan flies on one of these itineraries. */
    private void concernOnItineraries(Set<String> itineraries, String why) {
        for (Assignment a : plan.assignments()) {
            if (a.brought() && a.itinerary() != null && itineraries.contains(a.itinerary())) {
                concern(a.participant(), why);
            }
        }
    }

    /** The itineraries, as the changes so far left them, with this segment on the way out or back. */
    private Set<String> itinerariesWith(String segment) {
        Set<String> ids = new LinkedHashSet<>();
        for (JsonNode itinerary : array(flights(), "itineraries")) {
            if (contains(itinerary.path("outbound"), segment) || contains(itinerary.path("return"), segment)) {
                ids.add(itinerary.path("id").asText());
            }
        }
        return ids;
    }

    // ---------------------------------------------------------------- finding things, with a problem when absent

    private @Nullable Assignment assignment(String participant) {
        return plan.assignments().stream().filter(a -> a.participant().equals(participant)).findFirst().orElse(null);
    }

    private @Nullable ObjectNode participant(String id, String field) {
        ObjectNode person = find(participants(), id);
        if (person == null) {
            problem(at + "." + field, "changes.noParticipant", id);
        }
        return person;
    }

    private @Nullable ObjectNode room(String id, String field) {
        ObjectNode room = roomNode(id);
        if (room == null) {
            problem(at + "." + field, "changes.noRoom", id);
        }
        return room;
    }

    private @Nullable ObjectNode itinerary(String id, String field) {
        ObjectNode itinerary = find(array(flights(), "itineraries"), id);
        if (itinerary == null) {
            problem(at + "." + field, "changes.noItinerary", id);
        }
        return itinerary;
    }

    private @Nullable ObjectNode segment(ObjectNode change) {
        String id = text(change, "segment");
        if (id == null) {
            return null;
        }
        ObjectNode segment = find(array(flights(), "segments"), id);
        if (segment == null) {
            problem(at + ".segment", "changes.noSegment", id);
        }
        return segment;
    }

    private @Nullable ObjectNode roomNode(String id) {
        for (JsonNode hotel : array(dataset, "hotels")) {
            ObjectNode room = find(array((ObjectNode) hotel, "rooms"), id);
            if (room != null) {
                return room;
            }
        }
        return null;
    }

    private void removeRoom(String id) {
        for (JsonNode hotel : array(dataset, "hotels")) {
            removeWhere(array((ObjectNode) hotel, "rooms"), room -> room.path("id").asText().equals(id));
        }
    }

    private ArrayNode participants() {
        return array(dataset, "participants");
    }

    private ObjectNode flights() {
        JsonNode flights = dataset.get("flights");
        if (flights == null || !flights.isObject()) {
            return dataset.putObject("flights");
        }
        return (ObjectNode) flights;
    }

    /** A number as a planner writes it: 54450, not 5.445E+4 (exact decimals are read as such). */
    private static String plain(JsonNode number) {
        return number.isNumber() ? number.decimalValue().stripTrailingZeros().toPlainString() : number.asText();
    }

    private static ArrayNode array(ObjectNode parent, String field) {
        JsonNode node = parent.get(field);
        return node != null && node.isArray() ? (ArrayNode) node : parent.putArray(field);
    }

    private static @Nullable ObjectNode find(ArrayNode array, String id) {
        for (JsonNode node : array) {
            if (node.isObject() && node.path("id").asText().equals(id)) {
                return (ObjectNode) node;
            }
        }
        return null;
    }

    private static boolean contains(JsonNode array, String id) {
        for (JsonNode node : array) {
            if (node.asText().equals(id)) {
                return true;
            }
        }
        return false;
    }

    private static boolean removeWhere(ArrayNode array, Predicate<JsonNode> which) {
        boolean removed = false;
        for (Iterator<JsonNode> it = array.elements(); it.hasNext(); ) {
            if (which.test(it.next())) {
                it.remove();
                removed = true;
            }
        }
        return removed;
    }

    private @Nullable String text(ObjectNode change, String field) {
        JsonNode value = change.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            problem(at + "." + field, "changes.needsText", change.path("type").asText(), field);
            return null;
        }
        return value.asText();
    }

    private List<String> texts(ObjectNode change, String field) {
        JsonNode value = change.get(field);
        if (value == null || !value.isArray() || value.isEmpty()) {
            problem(at + "." + field, "changes.needsIds", change.path("type").asText(), field);
            return List.of();
        }
        List<String> texts = new ArrayList<>();
        value.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    private @Nullable JsonNode number(ObjectNode change, String field) {
        JsonNode value = change.get(field);
        if (value == null || !value.isNumber() || value.decimalValue().signum() < 0) {
            problem(at + "." + field, "changes.needsNumber", change.path("type").asText(), field);
            return null;
        }
        return value;
    }

    private @Nullable LocalDate date(JsonNode parent, String field, String path) {
        try {
            return LocalDate.parse(parent.path(field).asText());
        } catch (DateTimeParseException e) {
            problem(path, "changes.notDate", parent.path(field).asText());
            return null;
        }
    }

    /** A problem at {@code path}: the catalogues' sentence {@code key} with its arguments. */
    private void problem(String path, String key, Object... arguments) {
        problems.add(new ValidationIssue(path, Text.of(key, arguments)));
    }

    private static Iterable<String> iterable(Iterator<String> names) {
        return () -> names;
    }
}
