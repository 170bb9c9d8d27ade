package org.caravan.solver.domain;

import org.caravan.data.problem.Night;
import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import org.caravan.data.dataset.Gender;
import org.caravan.data.rules.RoomSharing;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A participant and the two decisions about them: the trip and the room. A participant is brought exactly when the
 * room is set ({@link Lodging#NOT_NEEDED} for people who need no bed); the trip of someone not brought means
 * nothing. Brought people therefore always have both, never half.
 */
@PlanningEntity
public class Attendee {

    @PlanningId
    private String id;
    private int index;
    private String name;
    private Gender gender;
    private String nationality;
    private BitSet languages;
    private String household;
    private String delegation;
    private int priority;
    private boolean mustAttend;
    private Payer payer;
    private boolean flies;
    private boolean needsLodging;
    private boolean needsSingleRoom;
    private boolean needsAccessibleRoom;
    private boolean distinguished;
    private long groundNightsMask;
    private List<Night> groundStays;
    private long groundVisaFeeCents;
    private boolean groundBlocked;
    private Set<String> mutualRequests;
    private BitSet allowedTrips;
    private Map<Trip, Long> visaFees;
    private List<Trip> tripRange;
    private List<Lodging> roomRange;
    private String publishedItinerary;
    private String publishedRoom;
    private boolean republished;
    @PlanningPin
    private boolean pinned;

    @PlanningVariable(valueRangeProviderRefs = "tripRange")
    private Trip trip;
    @PlanningVariable(valueRangeProviderRefs = "roomRange", allowsUnassigned = true)
    private Lodging room;

    @SuppressWarnings("unused")
    private Attendee() {
        // for the solver's cloning
    }

    public Attendee(String id, int index, Profile profile, Stay stay, List<Trip> tripRange, List<Lodging> roomRange) {
        this.id = id;
        this.index = index;
        this.name = profile.name();
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
        this.flies = stay.flies();
        this.needsLodging = stay.needsLodging();
        this.needsSingleRoom = stay.needsSingleRoom();
        this.needsAccessibleRoom = stay.needsAccessibleRoom();
        this.groundNightsMask = stay.groundNightsMask();
        this.groundStays = stay.groundStays();
        this.groundVisaFeeCents = stay.groundVisaFeeCents();
        this.groundBlocked = stay.groundBlocked();
        this.allowedTrips = stay.allowedTrips();
        this.visaFees = stay.visaFees();
        this.tripRange = tripRange;
        this.roomRange = roomRange;
    }

    /** Who the participant is, as far as the rules care. */
    public record Profile(String name, Gender gender, String nationality, BitSet languages, String household,
            String delegation, int priority, boolean mustAttend, Payer payer, boolean distinguished,
            Set<String> mutualRequests) {
    }

    /** How the participant travels and sleeps, as far as the rules care. */
    public record Stay(boolean flies, boolean needsLodging, boolean needsSingleRoom, boolean needsAccessibleRoom,
            long groundNightsMask, List<Night> groundStays, long groundVisaFeeCents, boolean groundBlocked,
            BitSet allowedTrips, Map<Trip, Long> visaFees) {
    }

    // ---------------------------------------------------------------- value ranges

    @ValueRangeProvider(id = "tripRange")
    public List<Trip> getTripRange() {
        return tripRange;
    }

    @ValueRangeProvider(id = "roomRange")
    public List<Lodging> getRoomRange() {
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
    public long nightsMask() {
        if (!needsLodging) {
            return 0L;
        }
        return flies ? trip.nightsMask() : groundNightsMask;
    }

    public List<Night> stays() {
        if (!needsLodging) {
            return List.of();
        }
        return flies ? trip.stays() : groundStays;
    }

    public int nightCount() {
        return Long.bitCount(nightsMask());
    }

    public boolean isTripAllowed() {
        return flies ? trip.isFlight() && allowedTrips.get(trip.index()) : !groundBlocked;
    }

    public long flightCents() {
        return flies ? trip.priceCents() : 0L;
    }

    public long visaFeeCents() {
        return flies ? visaFees.getOrDefault(trip, 0L) : groundVisaFeeCents;
    }

    public long taxCents() {
        return isInRealRoom() ? room.hotel().taxCentsPerPersonNight() * nightCount() : 0L;
    }

    /** Costs that are this participant's alone: flight, visas, taxes (room-nights are shared). */
    public long personalCostCents() {
        return flightCents() + visaFeeCents() + taxCents();
    }

    public boolean overlaps(Attendee other) {
        return (nightsMask() & other.nightsMask()) != 0;
    }

    public boolean isRoommateOf(Attendee other) {
        return room == other.room && isInRealRoom() && overlaps(other);
    }

    /** Hard rule 3, who may share a room. */
    public boolean maySleepWith(Attendee other) {
        return RoomSharing.mayShare(gender, other.gender, household != null && household.equals(other.household),
                mutualRequests.contains(other.id));
    }

    public boolean sharesLanguageWith(Attendee other) {
        return languages.intersects(other.languages);
    }

    public boolean isFlyingBrought() {
        return flies && room != null;
    }

    /** The itinerary as the plan states it: only for brought flyers. */
    public String itineraryId() {
        return isFlyingBrought() ? trip.id() : null;
    }

    public String roomId() {
        return isInRealRoom() ? room.id() : null;
    }

    public boolean isMovedFromPublished() {
        return republished && (!Objects.equals(publishedItinerary, itineraryId())
                || !Objects.equals(publishedRoom, roomId()));
    }

    public void publishedAs(String itinerary, String roomId) {
        this.republished = true;
        this.publishedItinerary = itinerary;
        this.publishedRoom = roomId;
    }

    // ---------------------------------------------------------------- accessors

    public String getId() {
        return id;
    }

    public int getIndex() {
        return index;
    }

    public String getName() {
        return name;
    }

    public Gender getGender() {
        return gender;
    }

    public String getNationality() {
        return nationality;
    }

    public String getHousehold() {
        return household;
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

    public boolean isPinned() {
        return pinned;
    }

    public void setPinned(boolean pinned) {
        this.pinned = pinned;
    }

    public Trip getTrip() {
        return trip;
    }

    public void setTrip(Trip trip) {
        this.trip = trip;
    }

    public Lodging getRoom() {
        return room;
    }

    public void setRoom(Lodging room) {
        this.room = room;
    }

    @Override
    public String toString() {
        return id;
    }
}
