package org.caravan.solver.construction;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import ai.timefold.solver.core.impl.score.director.InnerScoreDirector;
import org.caravan.solver.domain.CaravanSolution;
import org.caravan.solver.domain.Itinerary;
import org.caravan.solver.domain.Participant;
import org.caravan.solver.domain.Room;
import org.jspecify.annotations.Nullable;

import java.util.Comparator;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The last step of a re-plan: puts back where the published plan had them the people the search moved, one at a
 * time, the biggest moves first, whenever that keeps the plan at least as good (hard, then people, then money with
 * the disruption). A local search accepts worse steps on its way, and once a later step brings one more person, every
 * move on the way is kept with it, needed or not; this undoes the ones that were not needed. Two passes, since a
 * person put back can free the room another needs.
 *
 * <p>Each try is scored incrementally: the public {@link ScoreDirector} of a custom phase does not calculate scores,
 * so the one Timefold hands over is read as the {@link InnerScoreDirector} it is.
 */
public final class RevertCollateral implements PhaseCommand<CaravanSolution> {

    private static final int PASSES = 2;

    @Override
    @SuppressWarnings("unchecked")
    public void changeWorkingSolution(ScoreDirector<CaravanSolution> scoreDirector, BooleanSupplier isPhaseTerminated) {
        var scores = (InnerScoreDirector<CaravanSolution, HardMediumSoftLongScore>) scoreDirector;
        HardMediumSoftLongScore score = scores.calculateScore().raw();
        for (int pass = 0; pass < PASSES; pass++) {
            List<Participant> moved = scoreDirector.getWorkingSolution().getParticipants().stream()
                    .filter(participant -> participant.disruptionUnits() > 0 && participant.mayReturnToPublished())
                    .sorted(Comparator.comparingInt(Participant::disruptionUnits).reversed())
                    .toList();
            boolean any = false;
            for (Participant participant : moved) {
                if (isPhaseTerminated.getAsBoolean()) {
                    return;
                }
                Itinerary itinerary = participant.getItinerary();
                Room room = participant.getRoom();
                set(scoreDirector, participant, participant.publishedItinerary(), participant.publishedRoom());
                HardMediumSoftLongScore now = scores.calculateScore().raw();
                if (now.compareTo(score) >= 0) {
                    score = now;
                    any = true;
                } else {
                    set(scoreDirector, participant, itinerary, room);
                    scores.calculateScore();
                }
            }
            if (!any) {
                return;
            }
        }
    }

    private static void set(ScoreDirector<CaravanSolution> scoreDirector, Participant participant, @Nullable Itinerary itinerary,
            @Nullable Room room) {
        if (itinerary != null && itinerary != participant.getItinerary()) {
            scoreDirector.beforeVariableChanged(participant, "itinerary");
            participant.setItinerary(itinerary);
            scoreDirector.afterVariableChanged(participant, "itinerary");
        }
        if (room != participant.getRoom()) {
            scoreDirector.beforeVariableChanged(participant, "room");
            participant.setRoom(room);
            scoreDirector.afterVariableChanged(participant, "room");
        }
        scoreDirector.triggerVariableListeners();
    }
}
