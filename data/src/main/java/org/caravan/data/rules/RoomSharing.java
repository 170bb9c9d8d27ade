package org.caravan.data.rules;

import org.caravan.data.dataset.Gender;
import org.caravan.data.dataset.Participant;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Hard rule 3 of docs/RULES.md, who may share a room: two people of one household, whatever their genders; else two
 * people of the same gender other than X; a person of gender X only with someone they asked for and who asked for
 * them. The solver, the checker and the benchmark peers all ask here.
 */
public final class RoomSharing {

    private RoomSharing() {
    }

    /** The rule itself, on what it reads of the two people. */
    public static boolean mayShare(Gender a, Gender b, boolean sameHousehold, boolean mutualRequest) {
        if (sameHousehold) {
            return true;
        }
        if (a == Gender.X || b == Gender.X) {
            return mutualRequest;
        }
        return a == b;
    }

    public static boolean mayShare(Participant a, Participant b) {
        return mayShare(a.gender(), b.gender(), sameHousehold(a, b), requestEachOther(a, b));
    }

    private static boolean sameHousehold(Participant a, Participant b) {
        return a.household() != null && a.household().equals(b.household());
    }

    /** Each asked to room with the other. */
    public static boolean requestEachOther(Participant a, Participant b) {
        return a.roommateRequests().contains(b.id()) && b.roommateRequests().contains(a.id());
    }

    /**
     * The same rule as labels, for models that give a room one label: two people may share exactly when their labels
     * meet. A person's gender (other than X), their household, each mutual request involving an X person, and, for
     * a person of gender X, a label of their own (so that they can always sleep alone).
     *
     * @param participantById the participants of the dataset, by id
     */
    public static Set<String> labels(Participant participant, Function<String, Participant> participantById) {
        Set<String> labels = new LinkedHashSet<>();
        if (participant.gender() != Gender.X) {
            labels.add("gender:" + participant.gender());
        }
        if (participant.household() != null) {
            labels.add("household:" + participant.household());
        }
        if (participant.gender() == Gender.X) {
            labels.add("alone:" + participant.id());
        }
        for (String requested : participant.roommateRequests()) {
            Participant other = participantById.apply(requested);
            boolean involvesX = participant.gender() == Gender.X || other.gender() == Gender.X;
            if (involvesX && requestEachOther(participant, other)) {
                boolean first = participant.id().compareTo(requested) < 0;
                labels.add("pair:" + (first ? participant.id() : requested) + "|" + (first ? requested : participant.id()));
            }
        }
        return labels;
    }

    /**
     * F or M for someone outside any household: they never share with a person of the other of these two genders who is
     * outside a household too. Empty for a person of gender X or of a household. For relaxations that keep only this
     * part of the rule.
     */
    public static Optional<Gender> separatedGender(Participant participant) {
        return participant.household() == null && participant.gender() != Gender.X
                ? Optional.of(participant.gender()) : Optional.empty();
    }
}
