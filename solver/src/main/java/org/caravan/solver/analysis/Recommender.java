package org.caravan.solver.analysis;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import org.caravan.data.rules.Money;
import org.caravan.data.text.Amount;
import org.caravan.data.text.Text;
import org.caravan.data.text.WrittenLanguage;
import org.caravan.solver.construction.PlanState;
import org.caravan.solver.domain.CaravanSolution;
import org.caravan.solver.domain.Itinerary;
import org.caravan.solver.domain.Participant;
import org.caravan.solver.domain.Room;
import org.caravan.solver.explain.Recommendation;
import org.caravan.solver.explain.Recommendations;
import org.caravan.solver.explain.Swap;
import org.caravan.solver.mapping.CaravanProblem;
import org.caravan.solver.mapping.PlanWriter;
import org.jspecify.annotations.Nullable;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Placements for one participant, scored as if the planner placed them there, within a time budget; the plan is
 * left as it was. Candidates are the participant's itineraries with the rooms that can take them on those nights
 * (free beds, who may share, accessible and single-room needs), cheapest first; each is scored by the engine's own
 * rules. When no placement is feasible, the best swap is sought: someone of the same or lower priority, not booked,
 * not a must-attend, left out in exchange.
 */
final class Recommender {

    /** How many rooms per itinerary are tried before another itinerary's: cheap ones first, a few kinds each. */
    private static final int ROOMS_PER_ITINERARY = 4;
    /** How many people a swap tries, lowest priority and most expensive first. */
    private static final int SWAP_CANDIDATES = 60;
    /** Enough feasible swaps seen: the order tried (lowest priority, same fund, most expensive) puts the best early. */
    private static final int SWAPS_ENOUGH = 5;
    /** The share of the time budget placements may take when none may be feasible: the rest is for swaps. */
    private static final double PLACEMENT_SHARE = 0.4;

    private final CaravanProblem problem;
    /** The language the summary, notes and swap are written in. */
    private final WrittenLanguage language;
    private final CaravanSolution solution;
    private final SolutionManager<CaravanSolution, HardMediumSoftLongScore> scores;
    private final long start;
    private final long budgetNanos;
    private long deadline;
    private final BooleanSupplier cancelled;
    private int evaluated;
    /** Whether some candidate placement or swap was left unscored. */
    private boolean cutShort;
    /** Whether the time budget ran out or the caller left: nothing more is scored. */
    private boolean outOfTime;

    Recommender(CaravanProblem problem, SolutionManager<CaravanSolution, HardMediumSoftLongScore> scores,
            Duration budget, BooleanSupplier cancelled, WrittenLanguage language) {
        this.problem = problem;
        this.language = language;
        this.solution = problem.solution();
        this.scores = scores;
        this.start = System.nanoTime();
        this.budgetNanos = budget.toNanos();
        this.deadline = start + budgetNanos;
        this.cancelled = cancelled;
    }

    Recommendations recommend(String participantId, int limit) {
        Participant person = problem.participant(solution, participantId);
        if (person.isItineraryBooked() || person.isRoomBooked()) {
            return new Recommendations(participantId, false, List.of(), null, 0, 0, false,
                    Text.of("recommend.booked", name(person)).in(language));
        }
        if (person.isOutOfReach()) {
            return new Recommendations(participantId, false, List.of(), null, 0, 0, false,
                    Text.of("recommend.outOfReach", name(person)).in(language));
        }
        Itinerary keptItinerary = person.getItinerary();
        Room keptRoom = person.getRoom();
        person.setItinerary(null);
        person.setRoom(null);
        HardMediumSoftLongScore base = scores.update(solution);
        try {
            List<Candidate> candidates = candidates(person);
            List<Scored> scored = new ArrayList<>();
            // Cheapest first: when the money is what stands in the way, the first ones tell. Past a share of the
            // budget without a feasible placement, time goes to swaps; what is left after them, to the rest.
            long placementsUntil = start + (long) (budgetNanos * PLACEMENT_SHARE);
            int next = score(person, candidates, 0, scored, base, placementsUntil);
            boolean feasible = scored.stream().anyMatch(option -> option.recommendation().feasible());
            Swap swap = null;
            if (!feasible) {
                swap = bestSwap(person, base);
                next = score(person, candidates, next, scored, base, deadline);
                feasible = scored.stream().anyMatch(option -> option.recommendation().feasible());
            }
            cutShort |= next < candidates.size();
            scored.sort(Comparator.comparing(Scored::score).reversed());
            List<Recommendation> options = scored.stream().map(Scored::recommendation).toList();
            List<Recommendation> shown = options.stream().limit(limit).toList();
            return new Recommendations(participantId, feasible, shown, swap, evaluated, candidates.size(), cutShort,
                    summary(person, feasible, swap, candidates.size(), scored.size()));
        } finally {
            person.setItinerary(keptItinerary);
            person.setRoom(keptRoom);
            scores.update(solution);
        }
    }

    /**
     * An itinerary and a room for the participant, with what it adds to the spending (to try cheap ones first), what
     * the money says ({@link PlanState#afford}), and what keeps it out of the plan as it stands, if anything.
     */
    private record Candidate(Itinerary itinerary, Room room, long estimatedCents, PlanState.Affordability money,
            @Nullable Text obstacle) {
    }

    /**
     * The placements worth scoring: per itinerary, the rooms free for its nights that the participant may share
     * ({@link PlanState#fits}, seats by {@link PlanState#hasSeats}), cheapest first, interleaved so that every
     * itinerary is tried early. When no room takes them, the rooms that come closest are kept with what stands in the
     * way, so the planner sees why.
     */
    private List<Candidate> candidates(Participant person) {
        List<Itinerary> itineraries = person.flies() ? person.getItineraryRange() : List.of(Itinerary.GROUND);
        PlanState state = PlanState.of(solution);
        List<List<Candidate>> perItinerary = new ArrayList<>();
        List<Candidate> blocked = new ArrayList<>();
        for (Itinerary itinerary : itineraries) {
            boolean seats = !person.flies() || state.hasSeats(itinerary);
            List<Candidate> fits = new ArrayList<>();
            for (Room room : roomsFor(person)) {
                long stay = person.stayMask(itinerary);
                Text obstacle = !seats ? Text.of("recommend.noSeat", itinerary.id())
                        : room.isReal() && !state.fits(person, room, stay)
                        ? Text.of("recommend.noBed", room.id(), name(person))
                        : null;
                Candidate candidate = new Candidate(itinerary, room, estimate(state, person, itinerary, room, stay),
                        state.afford(person, itinerary, room), obstacle);
                (obstacle == null ? fits : blocked).add(candidate);
            }
            fits.sort(Comparator.comparingLong(Candidate::estimatedCents));
            perItinerary.add(fits);
        }
        perItinerary.sort(Comparator.comparingLong(fits -> fits.isEmpty() ? Long.MAX_VALUE : fits.get(0).estimatedCents()));
        List<Candidate> ordered = new ArrayList<>();
        for (int round = 0; ordered.size() < perItinerary.stream().mapToInt(List::size).sum(); round++) {
            for (List<Candidate> fits : perItinerary) {
                int from = round * ROOMS_PER_ITINERARY;
                ordered.addAll(fits.subList(Math.min(from, fits.size()), Math.min(from + ROOMS_PER_ITINERARY, fits.size())));
            }
        }
        if (ordered.isEmpty()) {
            blocked.sort(Comparator.comparingLong(Candidate::estimatedCents));
            ordered.addAll(blocked.subList(0, Math.min(blocked.size(), 3 * ROOMS_PER_ITINERARY)));
        }
        return ordered;
    }

    private List<Room> roomsFor(Participant person) {
        if (!person.needsLodging()) {
            return List.of(Room.NOT_NEEDED);
        }
        return person.getRoomRange().stream().filter(Room::isReal).toList();
    }

    /**
     * What placing the participant adds to the plan's spending: flight, visa, taxes, and the room-nights no one else
     * pays for yet ({@link PlanState#marginalRoomCost}). The budget and the funds stand in the way of most
     * placements, so the cheapest by this measure are the likeliest to be feasible.
     */
    private static long estimate(PlanState state, Participant person, Itinerary itinerary, Room room, long stay) {
        long cents = person.flightCents(itinerary) + person.visaFeeCents(itinerary);
        if (room.isReal()) {
            cents += state.marginalRoomCost(room, stay) + room.hotel().taxCentsPerPersonNight() * Long.bitCount(stay);
        }
        return cents;
    }

    private record Scored(Recommendation recommendation, HardMediumSoftLongScore score) {
    }

    private Scored evaluate(Participant person, Candidate candidate, HardMediumSoftLongScore base) {
        person.setItinerary(candidate.itinerary());
        person.setRoom(candidate.room());
        HardMediumSoftLongScore placed = scores.update(solution);
        person.setItinerary(null);
        person.setRoom(null);
        evaluated++;
        HardMediumSoftLongScore impact = placed.subtract(base);
        return new Scored(new Recommendation(candidate.itinerary().isFlight() ? candidate.itinerary().id() : null,
                candidate.room().isReal() ? candidate.room().id() : null, PlanWriter.toPlanScore(placed),
                PlanWriter.toPlanScore(impact), notes(person, candidate, impact)), placed);
    }

    /**
     * Scores candidates from {@code from} on until {@code until} (or the end of the budget), stopping at the
     * deadline only while none is feasible; returns the index of the first candidate not scored.
     */
    private int score(Participant person, List<Candidate> candidates, int from, List<Scored> scored,
            HardMediumSoftLongScore base, long until) {
        boolean anyFeasible = scored.stream().anyMatch(option -> option.recommendation().feasible());
        int next = from;
        while (next < candidates.size() && !outOfTime() && (anyFeasible || System.nanoTime() <= until)) {
            Scored option = evaluate(person, candidates.get(next++), base);
            anyFeasible |= option.recommendation().feasible();
            scored.add(option);
        }
        return next;
    }

    private List<String> notes(Participant person, Candidate candidate, HardMediumSoftLongScore impact) {
        List<Text> notes = new ArrayList<>();
        if (candidate.obstacle() != null) {
            notes.add(Text.of("recommend.note.notPossible", candidate.obstacle()));
        } else if (candidate.money() instanceof PlanState.FundShort fund) {
            notes.add(Text.of("recommend.note.fundShort", fund.payer().key(), amount(fund.leftCents()), amount(fund.neededCents())));
        } else if (candidate.money() instanceof PlanState.BudgetShort budget) {
            notes.add(Text.of("recommend.note.budgetShort", amount(budget.leftCents()), amount(budget.neededCents())));
        } else if (impact.hardScore() < 0) {
            notes.add(Text.of("recommend.note.hard", impact.hardScore()));
        }
        if (impact.mediumScore() > 0) {
            notes.add(Text.of("recommend.note.brings", name(person), impact.mediumScore()));
        }
        Itinerary itinerary = candidate.itinerary();
        if (itinerary.isFlight()) {
            notes.add(Text.of("recommend.note.flies", itinerary.id(), amount(itinerary.priceCents()), itinerary.stops()));
        }
        if (candidate.room().isReal()) {
            notes.add(Text.of("recommend.note.sleeps", candidate.room().id(), candidate.room().hotel().name()));
        }
        notes.add(Text.of("recommend.note.costs", amount(-impact.softScore())));
        return notes.stream().map(note -> note.in(language)).toList();
    }

    private static Amount amount(long cents) {
        return new Amount(Money.fromCents(cents));
    }

    /**
     * The best exchange that brings the participant: someone of no higher priority (not booked, not a must-attend)
     * left out and the participant placed; people of lower priority first, then of the same fund (whose money the
     * exchange frees), then the most expensive. The best feasible exchange is kept, and described with what it
     * changes: priority gained, and money saved or spent.
     */
    private @Nullable Swap bestSwap(Participant person, HardMediumSoftLongScore base) {
        List<Participant> others = solution.getParticipants().stream()
                .filter(other -> other != person && other.isBrought() && !other.isItineraryBooked()
                        && !other.isRoomBooked() && !other.isMustAttend()
                        && other.getPriority() <= person.getPriority())
                .sorted(Comparator.comparingInt(Participant::getPriority)
                        .thenComparing(other -> other.getPayer() != person.getPayer())
                        .thenComparing(Comparator.comparingLong(Participant::personalCostCents).reversed()))
                .limit(SWAP_CANDIDATES)
                .toList();
        Swap best = null;
        HardMediumSoftLongScore bestScore = null;
        int feasibleSwaps = 0;
        for (Participant other : others) {
            if (feasibleSwaps >= SWAPS_ENOUGH || outOfTime()) {
                break;
            }
            Itinerary otherItinerary = other.getItinerary();
            Room otherRoom = other.getRoom();
            other.setRoom(null);
            try {
                for (Candidate candidate : candidates(person).stream().limit(ROOMS_PER_ITINERARY).toList()) {
                    if (candidate.obstacle() != null || outOfTime()) {
                        continue;
                    }
                    person.setItinerary(candidate.itinerary());
                    person.setRoom(candidate.room());
                    HardMediumSoftLongScore swapped = scores.update(solution);
                    evaluated++;
                    person.setItinerary(null);
                    person.setRoom(null);
                    boolean feasible = swapped.hardScore() >= 0;
                    feasibleSwaps += feasible ? 1 : 0;
                    if (feasible && (bestScore == null || swapped.compareTo(bestScore) > 0)) {
                        bestScore = swapped;
                        best = swap(person, other, candidate, swapped, base);
                    }
                }
            } finally {
                other.setItinerary(otherItinerary);
                other.setRoom(otherRoom);
            }
        }
        return best;
    }

    private Swap swap(Participant person, Participant other, Candidate candidate, HardMediumSoftLongScore swapped,
            HardMediumSoftLongScore base) {
        long gained = swapped.mediumScore() - base.mediumScore();
        long cents = base.softScore() - swapped.softScore();
        Text money = cents > 0 ? Text.of("recommend.swap.costsMore", amount(cents))
                : cents < 0 ? Text.of("recommend.swap.saves", amount(-cents))
                : Text.of("recommend.swap.costsTheSame");
        Text priority = gained > 0 ? Text.of("recommend.swap.gains", gained) : Text.of("recommend.swap.keepsPriority");
        return new Swap(other.getId(), name(other), other.getPriority(),
                candidate.itinerary().isFlight() ? candidate.itinerary().id() : null,
                candidate.room().isReal() ? candidate.room().id() : null,
                PlanWriter.toPlanScore(swapped), PlanWriter.toPlanScore(swapped.subtract(base)),
                Text.of("recommend.swap", name(other), other.getPriority(), name(person), person.getPriority(),
                        candidate.itinerary().isFlight() ? Text.of("recommend.swap.on", candidate.itinerary().id()) : Text.verbatim(""),
                        candidate.room().isReal() ? Text.of("recommend.swap.in", candidate.room().id()) : Text.verbatim(""),
                        priority, money).in(language));
    }

    private String summary(Participant person, boolean feasible, @Nullable Swap swap, int candidates, int scored) {
        List<Text> text = new ArrayList<>();
        if (candidates == 0) {
            text.add(Text.of("recommend.summary.noCandidates", name(person)));
        } else if (feasible) {
            text.add(Text.of("recommend.summary.feasible", name(person)));
        } else if (scored == 0) {
            text.add(Text.of("recommend.summary.noneScored", name(person), candidates));
        } else if (scored < candidates) {
            text.add(Text.of("recommend.summary.noneFeasibleOfScored", scored, name(person), candidates));
        } else {
            text.add(Text.of("recommend.summary.noneFeasible", name(person)));
        }
        if (swap != null) {
            text.add(Text.verbatim(swap.description())); // already in the language
        } else if (!feasible && scored > 0) {
            text.add(Text.of("recommend.summary.noSwap"));
        }
        if (cutShort) {
            text.add(Text.of("recommend.summary.cutShort", evaluated));
        }
        return Text.join(" ", text).in(language);
    }

    private boolean outOfTime() {
        if (outOfTime || System.nanoTime() > deadline || cancelled.getAsBoolean()) {
            outOfTime = true;
            cutShort = true;
        }
        return outOfTime;
    }

    private String name(Participant person) {
        return PersonNames.of(problem, person.getId());
    }
}
