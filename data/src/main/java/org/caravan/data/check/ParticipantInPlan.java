package org.caravan.data.check;

import org.caravan.data.dataset.Hotel;
import org.caravan.data.dataset.Participant;
import org.caravan.data.dataset.Room;
import org.caravan.data.plan.Assignment;
import org.caravan.data.validation.ItineraryFacts;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;

/**
 * A participant of the dataset as a plan places them, its ids resolved against the dataset. The checker reads every
 * participant this way, leniently (what the dataset does not know is reported and left out); the exports read the
 * brought ones, strictly (a plan for another dataset is refused).
 *
 * @param assignment the plan's assignment; null when the plan has none for them
 * @param itinerary the itinerary flown; null when none, or for ground travel
 * @param room the room; null when none, or when no lodging is needed
 * @param hotel the room's hotel; null without a room
 * @param nights the nights in the room, in date order; empty without a room or lodging
 */
public record ParticipantInPlan(Participant participant, @Nullable Assignment assignment, boolean brought,
        @Nullable ItineraryFacts itinerary, @Nullable Room room, @Nullable Hotel hotel, List<LocalDate> nights) {

    public ParticipantInPlan {
        nights = List.copyOf(nights);
    }

    public String id() {
        return participant.id();
    }
}
