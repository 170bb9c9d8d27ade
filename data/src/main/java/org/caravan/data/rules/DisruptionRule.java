package org.caravan.data.rules;

import org.jspecify.annotations.Nullable;

import java.util.Objects;

/**
 * The disruption policy of a re-plan (docs/RULES.md, Disruption): what moving a participant away from the published
 * plan costs, counted in units of {@code policy.weights.disruption}, by kind of move. A unit is the smallest move a
 * planner acts on (the same room on other nights: one line of a rooming list); the other kinds are priced by the work
 * and the upheaval they cause, so that a re-plan moves a person no change named only for a real gain: another person
 * brought, a hard rule repaired, or a saving larger than the move is worth.
 *
 * <p>Defined once; the solver and the checker both call {@link #units}, each with the published and the new decision
 * read its own way (the nights as a mask or as dates: any value with {@code equals}).
 */
public enum DisruptionRule {
    /** Brought in the published plan, not in the re-plan: someone told they come is told they do not. */
    DROPPED(20),
    /** Not brought in the published plan, brought now: a late invitation, a ticket and a bed to arrange. */
    BROUGHT(4),
    /** Another itinerary: a ticket to issue, the old offer to release, new times for the traveller. */
    ITINERARY(8),
    /**
     * Another room (in the same hotel or another): both rooming lists change, and the roommates on both sides are
     * told. Priced at three quarters of a new ticket: at half, the re-plans of the benchmark moved people no change
     * concerned to another room for a net gain of a few euros, a saving the published plan had left on the table.
     */
    ROOM(6),
    /** The same room on other nights (a new itinerary changed the stay): one line of a rooming list. */
    NIGHTS(1);

    private final int units;

    DisruptionRule(int units) {
        this.units = units;
    }

    /** What this kind of move costs, in units of the disruption weight. */
    public int units() {
        return units;
    }

    /** The kinds of move between a published and a new decision, priced in units; zero when nothing moved. */
    public static <N> int units(Decision<N> published, Decision<N> now) {
        if (published.brought() != now.brought()) {
            return published.brought() ? DROPPED.units : BROUGHT.units;
        }
        if (!now.brought()) {
            return 0;
        }
        int moved = Objects.equals(published.itinerary(), now.itinerary()) ? 0 : ITINERARY.units;
        if (!Objects.equals(published.room(), now.room())) {
            moved += ROOM.units;
        } else if (now.room() != null && !Objects.equals(published.nights(), now.nights())) {
            moved += NIGHTS.units;
        }
        return moved;
    }

    /** The same, in cents of the weight. */
    public static <N> long cents(Decision<N> published, Decision<N> now, long weightCents) {
        return units(published, now) * weightCents;
    }

    /**
     * One participant's decision as the rule compares it: brought or not, the itinerary and room ids (null for a
     * ground traveller, for someone without lodging, and for anyone not brought), and their nights.
     */
    public record Decision<N>(boolean brought, @Nullable String itinerary, @Nullable String room, @Nullable N nights) {

        public static <N> Decision<N> notBrought() {
            return new Decision<>(false, null, null, null);
        }
    }
}
