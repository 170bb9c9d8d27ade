package org.caravan.data.problem;

import org.caravan.data.dataset.Participant;

import java.util.List;
import java.util.Set;

/**
 * A participant as the planning models see them: their ways to come (none: they cannot be brought) and the people
 * who asked to room with them and whom they asked too.
 *
 * @param index their place among the dataset's participants
 * @param options the itineraries they may fly in dataset order, or their ground stay when no visa keeps them out
 * @param cheapestFirst the same options by {@link TravelOption#ownCents()}, in dataset order among equals
 * @param mutualRequests ids of the participants they asked for who asked for them
 */
public record CompiledParticipant(int index, Participant participant, List<TravelOption> options,
        List<TravelOption> cheapestFirst, Set<String> mutualRequests) {

    public String id() {
        return participant.id();
    }

    /** A fund id, {@code general} or {@code SELF}. */
    public String payer() {
        return participant.payer();
    }

    public int priority() {
        return participant.priority();
    }

    public boolean mustAttend() {
        return participant.mustAttend();
    }

    public boolean needsRoom() {
        return participant.needsLodging();
    }

    public boolean bringable() {
        return !options.isEmpty();
    }

    /** Hard rule 4, the part that depends on the room alone: an accessibility need takes an accessible room. */
    public boolean canUse(CompiledRoom room) {
        return !participant.needs().accessibleRoom() || room.accessible();
    }
}
