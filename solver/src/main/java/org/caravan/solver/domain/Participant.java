package org.caravan.solver.domain;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import org.caravan.data.dataset.Gender;
import org.caravan.data.problem.Night;
import org.caravan.data.rules.DisruptionRule;
import org.caravan.data.rules.RoomSharing;
import org.jspecify.annotations.Nullable;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A participant and the two decisions about them: the itinerary and the room. A participant is brought exactly when the
 * room is set ({@link Room#NOT_NEEDED} for people who need no bed); the itinerary of someone not brought means
 * nothing. Brought people therefore always have both, never half.
 * <p>
 * What an itinerary would mean for them ({@link #stayMask(Itinerary)}, {@link #flightCents(Itinerary)}...) is asked
 * without setting it: only the search and the first plan change the decisions.
 */
@PlanningEntity
public class Participant {

    @PlanningId
    private String id;
    private int index;
    private Gender gender;
    private String nationality;
    private BitSet languages;
    private String household;
    private String delegation;
    private int priority;
    private boolean mustAttend;
    private Payer payer;
    private boolean distinguished;
    private Set<String> mutualRequests;
    private boolean flies;
    private boolean needsLodging;
    private boolean needsSingleRoom;
    private boolean needsAccessibleRoom;
    private long groundStayMask;
    private List<Night> groundNights;
    private long groundVisaFeeCents;
    private boolean groundBlocked;
    private BitSet allowedItineraries;
    private Map<Itinerary, Long> visaFees;
    private List<Itinerary> itineraryRange;
    private List<Room> roomRange;
    /** In a re-plan, what the published plan decided for them; null outside a re-plan. */
    private DisruptionRule.@Nullable Decision<Long> published;
    /** The published itinerary and room as values of this problem, when the changed dataset still allows them. */
    private @Nullable Itinerary publishedItinerary;
    private @Nullable Room publishedRoom;
    private boolean publishedUsable;
    /** Nothing can bring them (no way to come, no room they may use): no move proposes them. */
    private boolean outOfReach;
    private boolean itineraryBooked;
    private boolean roomBooked;
    /** The itinerary of an issued ticket with an actual price, which counts instead of its offer; null when none. */
    private @Nullable Itinerary ticketed;
    private long ticketCents;

    @PlanningVariable(valueRangeProviderRefs = "itineraryRange")
    private @Nullable Itinerary itinerary;
    @PlanningVariable(valueRangeProviderRefs = "roomRange", allowsUnassigned = true)
    private @Nullable Room room;

    @SuppressWarnings("unused")
    private Participant() {
        // for the solver's cloning
    }

    public Participant(String id, int index, Profile profile, Options options, List<Itinerary> itineraryRange,
            List<Room> roomRange) {
        this.id = id;
        this.index = index;
        this.gender = profile.gender();
        this.nationality = profile.nationality();
        this.languages = profile.languages();
        this.household = profile.household();
        this.delegation = profile.delegation();
        this.priority = profile.priority();
        this.mustAttend = profile.mustAttend();
        this.payer = profile.payer();
        this.distinguished = profile.distinguished();
        this.mutualRequests = profile.mutualRequests();
        this.flies = options.flies();
        this.needsLodging = options.needsLodging();
        this.needsSingleRoom = options.needsSingleRoom();
        this.needsAccessibleRoom = options.needsAccessibleRoom();
        this.groundStayMask = options.groundStayMask();
        this.groundNights = options.groundNights();
        this.groundVisaFeeCents = options.groundVisaFeeCents();
        this.groundBlocked = options.groundBlocked();
        this.allowedItineraries = options.allowedItineraries();
        this.visaFees = options.visaFees();
        this.itineraryRange = itineraryRange;
        this.roomRange = roomRange;
    }

    /** Who the participant is, as far as the rules care. */
    public record Profile(Gender gender, String nationality, BitSet languages, String household, String delegation,
            int priority, boolean mustAttend, Payer payer, boolean distinguished, Set<String> mutualRequests) {
    }

    /**
     * How the participant may come and what room they need, as far as the rules care.
     *
     * @param groundStayMask for ground travellers, the nights of their stay
     * @param allowedItineraries for flyers, the indexes of the itineraries they may fly
     * @param visaFees for flyers, the visa fees of the itineraries that need any
     */
    public record Options(boolean flies, boolean needsLodging, boolean needsSingleRoom, boolean needsAccessibleRoom,
            long groundStayMask, List<Night> groundNights, long groundVisaFeeCents, boolean groundBlocked,
            BitSet allowedItineraries, Map<Itinerary, Long> visaFees) {
    }

    // ---------------------------------------------------------------- value ranges

    @ValueRangeProvider(id = "itineraryRange")
    public List<Itinerary> getItineraryRange() {
        return itineraryRange;
    }

    @ValueRangeProvider(id = "roomRange")
    public List<Room> getRoomRange() {
        return roomRange;
    }

    // ---------------------------------------------------------------- what the rules read

    public boolean isBrought() {
        return room != null;
    }

    public boolean isInRealRoom() {
        return room != null && room.isReal();
    }

    /** The nights this participant needs a bed, as a mask over the planning horizon. */
    public long stayMask() {
        return stayMask(itinerary);
    }

    /** The nights they would need a bed with this itinerary. */
    public long stayMask(Itinerary with) {
        if (!needsLodging) {
            return 0L;
        }
        return flies ? with.stayMask() : groundStayMask;
    }

    public List<Night> nights() {
        return nights(itinerary);
    }

    public List<Night> nights(Itinerary with) {
        if (!needsLodging) {
            return List.of();
        }
        return flies ? with.nights() : groundNights;
    }

    public int nightCount() {
        return Long.bitCount(stayMask());
    }

    public boolean isItineraryAllowed() {
        return flies ? itinerary.isFlight() && allowedItineraries.get(itinerary.index()) : !groundBlocked;
    }

    public long flightCents() {
        return flightCents(itinerary);
    }

    public long flightCents(Itinerary with) {
        if (!flies) {
            return 0L;
        }
        return with == ticketed ? ticketCents : with.priceCents();
    }

    public long visaFeeCents() {
        return visaFeeCents(itinerary);
    }

    public long visaFeeCents(Itinerary with) {
        return flies ? visaFees.getOrDefault(with, 0L) : groundVisaFeeCents;
    }

    public long taxCents() {
        return isInRealRoom() ? room.hotel().taxCentsPerPersonNight() * nightCount() : 0L;
    }

    /** Costs that are this participant's alone: flight, visas, taxes (room-nights are shared). */
    public long personalCostCents() {
        return flightCents() + visaFeeCents() + taxCents();
    }

    public boolean overlaps(Participant other) {
        return (stayMask() & other.stayMask()) != 0;
    }

    public boolean isRoommateOf(Participant other) {
        return room == other.room && isInRealRoom() && overlaps(other);
    }

    /** Hard rule 3, who may share a room. */
    public boolean maySleepWith(Participant other) {
        return RoomSharing.mayShare(gender, other.gender, household != null && household.equals(other.household),
                mutualRequests.contains(other.id));
    }

    public boolean sharesLanguageWith(Participant other) {
        return languages.intersects(other.languages);
    }

    /** A VIP or speaker lodged in a hotel below the policy's star level. */
    public boolean isDistinguishedBelowStars() {
        return distinguished && isInRealRoom() && room.hotel().belowVipStars();
    }

    public boolean isFlyingBrought() {
        return flies && room != null;
    }

    /** The itinerary as the plan states it: only for brought flyers. */
    public @Nullable String itineraryId() {
        return isFlyingBrought() ? itinerary.id() : null;
    }

    public @Nullable String roomId() {
        return isInRealRoom() ? room.id() : null;
    }

    /**
     * In a re-plan, what moving them away from the published plan costs, in units of the disruption weight
     * ({@link DisruptionRule}); 0 outside a re-plan and for people the published plan did not have.
     */
    public int disruptionUnits() {
        if (published == null) {
            return 0;
        }
        return DisruptionRule.units(published, new DisruptionRule.Decision<>(isBrought(), itineraryId(), roomId(),
                isInRealRoom() ? stayMask() : null));
    }

    /**
     * Keeps what is booked: an issued ticket leaves the booked itinerary as the only value of the itinerary variable
     * (its actual price is set apart: {@link #ticketedAt}), a confirmed room the booked room as
     * the only value of the room variable, and either makes the participant one the plan must bring (dropping them
     * would not give the money back). Each variable is held on its own: a ticketed person whose room is not confirmed
     * can still change rooms. A booked variable is also left out of every move ({@link #isRoomMovable()},
     * {@link #isItineraryMovable()}), so the search spends no step on it.
     */
    public void keepBooking(@Nullable Itinerary ticketed, @Nullable Room confirmed) {
        if (ticketed != null) {
            itineraryRange = List.of(ticketed);
            itinerary = ticketed;
            itineraryBooked = true;
            mustAttend = true;
        }
        if (confirmed != null) {
            roomRange = List.of(confirmed);
            room = confirmed;
            roomBooked = true;
            mustAttend = true;
        }
    }

    /**
     * For a confirmed room without a ticket that holds: leaves only the itineraries whose nights the room is held on,
     * so that no move can put them on a flight their room cannot take. False, and nothing changed, when none does.
     */
    public boolean keepItinerariesFitting(Room confirmed) {
        List<Itinerary> fitting = itineraryRange.stream().filter(with -> confirmed.availableFor(stayMask(with))).toList();
        if (fitting.isEmpty()) {
            return false;
        }
        itineraryRange = fitting;
        if (itinerary == null || !fitting.contains(itinerary)) {
            itinerary = fitting.get(0);
        }
        return true;
    }

    /** An issued ticket's actual price: flying this itinerary costs them that instead of the offer. */
    public void ticketedAt(Itinerary itinerary, long cents) {
        this.ticketed = itinerary;
        this.ticketCents = cents;
    }

    /** What the published plan of a re-plan decided for them (the nights as a mask of the planning horizon). */
    public void publishedAs(boolean brought, @Nullable String itinerary, @Nullable String roomId, long stayMask) {
        this.published = brought ? new DisruptionRule.Decision<>(true, itinerary, roomId, roomId == null ? null : stayMask)
                : DisruptionRule.Decision.notBrought();
    }

    /**
     * The published decision as values of this problem (null room: not brought), when the changed dataset still
     * allows it; the last step of a re-plan puts people back there ({@code RevertCollateral}).
     */
    public void publishedValues(@Nullable Itinerary itinerary, @Nullable Room room) {
        this.publishedItinerary = itinerary;
        this.publishedRoom = room;
        this.publishedUsable = true;
    }

    /** Whether the published decision is still possible and every variable it changes may move. */
    public boolean mayReturnToPublished() {
        if (!publishedUsable || outOfReach) {
            return false;
        }
        boolean itineraryChanges = publishedItinerary != null && publishedItinerary != itinerary;
        return (publishedRoom == room || !roomBooked) && (!itineraryChanges || !itineraryBooked);
    }

    public @Nullable Itinerary publishedItinerary() {
        return publishedItinerary;
    }

    public @Nullable Room publishedRoom() {
        return publishedRoom;
    }

    /** Nothing can bring them: the first plan and every move leave them out. */
    public void setOutOfReach() {
        this.outOfReach = true;
    }

    public boolean isOutOfReach() {
        return outOfReach;
    }

    /** May a move change their room (in, out or another)? Not when out of reach or when the room is confirmed. */
    public boolean isRoomMovable() {
        return !outOfReach && !roomBooked;
    }

    /** May a move change their itinerary? Not when out of reach, ticketed, or with one itinerary to fly. */
    public boolean isItineraryMovable() {
        return !outOfReach && !itineraryBooked && itineraryRange.size() > 1;
    }

    public boolean isItineraryBooked() {
        return itineraryBooked;
    }

    public boolean isRoomBooked() {
        return roomBooked;
    }

    // ---------------------------------------------------------------- accessors

    public String getId() {
        return id;
    }

    public int getIndex() {
        return index;
    }

    public Gender getGender() {
        return gender;
    }

    public String getNationality() {
        return nationality;
    }

    public String getDelegation() {
        return delegation;
    }

    public int getPriority() {
        return priority;
    }

    public boolean isMustAttend() {
        return mustAttend;
    }

    public Payer getPayer() {
        return payer;
    }

    public boolean flies() {
        return flies;
    }

    public boolean needsLodging() {
        return needsLodging;
    }

    public boolean needsSingleRoom() {
        return needsSingleRoom;
    }

    public boolean needsAccessibleRoom() {
        return needsAccessibleRoom;
    }

    public boolean isDistinguished() {
        return distinguished;
    }

    public @Nullable Itinerary getItinerary() {
        return itinerary;
    }

    public void setItinerary(@Nullable Itinerary itinerary) {
        this.itinerary = itinerary;
    }

    public @Nullable Room getRoom() {
        return room;
    }

    public void setRoom(@Nullable Room room) {
        this.room = room;
    }

    @Override
    public String toString() {
        return id;
    }
}
