package org.caravan.api.changes;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.caravan.api.dataset.DatasetOrigin;
import org.caravan.api.dataset.DatasetVersionId;
import org.caravan.api.dataset.DatasetVersionSummary;
import org.caravan.api.dataset.Datasets;
import org.caravan.api.problem.BadRequestException;
import org.caravan.api.problem.ConflictException;
import org.caravan.api.problem.NotFoundException;
import org.caravan.api.results.PlanDocuments;
import org.caravan.api.results.PlanDocuments.PlanInContext;
import org.caravan.api.solve.PlanRecord;
import org.caravan.api.solve.PlanStore;
import org.caravan.api.solve.SolveService;
import org.caravan.data.changes.BudgetForecast;
import org.caravan.data.changes.ChangeList;
import org.caravan.data.changes.InvalidChangesException;
import org.caravan.data.changes.LateChanges;
import org.caravan.data.json.CaravanJson;
import org.caravan.data.plan.Assignment;
import org.caravan.data.plan.Plan;
import org.caravan.data.validation.ValidDataset;
import org.caravan.data.validation.ValidationIssue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Late changes through the service: a caravan-changes/1 document (or a booking request, which becomes one) posted to
 * an ended plan is applied to the dataset version that plan solved, stored as the dataset's next version, and re-planned
 * from that plan with its bookings kept; then the change list between any two plans of a dataset, and the forecast
 * of a plan's money against what is booked and spent.
 *
 * <p>While any solve of the dataset is queued or running, changes are refused (409, naming it) rather than fed into
 * the running search: a re-plan must start from a plan that will not change under it, and the project keeps solves
 * free of live problem changes. The planner stops the solve (its best plan is kept) or waits, then posts again.
 */
@Service
public class LateChangeService {

    private final PlanStore plans;
    private final PlanDocuments documents;
    private final Datasets datasets;
    private final SolveService solves;
    private final LateChangeStore store;
    private final TransactionTemplate transaction;

    LateChangeService(PlanStore plans, PlanDocuments documents, Datasets datasets, SolveService solves,
            LateChangeStore store, TransactionTemplate transaction) {
        this.plans = plans;
        this.documents = documents;
        this.datasets = datasets;
        this.solves = solves;
        this.store = store;
        this.transaction = transaction;
    }

    /** Applies a change list posted to a plan and queues its re-plan. */
    public ReplanAccepted post(long planId, String changesJson, Integer timeLimitSeconds) {
        if (changesJson == null || changesJson.isBlank()) {
            throw new BadRequestException("$", "The request body is empty; send a " + LateChanges.FORMAT + " document.");
        }
        return apply(planId, published -> changesJson, timeLimitSeconds, LateChange.Kind.CHANGES);
    }

    /** Books a plan's items in bulk: the ISSUE_TICKET and CONFIRM_ROOM changes they make, applied as any change list. */
    public ReplanAccepted book(long planId, BookingRequest request, Integer timeLimitSeconds) {
        return apply(planId, published -> bookings(planId, published, request), timeLimitSeconds, LateChange.Kind.BOOKINGS);
    }

    private ReplanAccepted apply(long planId, Function<Published, String> changesOf, Integer timeLimitSeconds,
            LateChange.Kind kind) {
        int seconds = solves.timeLimit(timeLimitSeconds, "timeLimitSeconds");
        PlanRecord parent = plans.get(planId);
        if (!parent.status().isFinal()) {
            throw new ConflictException(solving(parent) + " Changes apply to an ended plan: stop it (POST /api/plans/"
                    + parent.id() + "/stop keeps its best plan) or wait until it ends, then post them again.");
        }
        // Said before any problem of the changes themselves, and checked again under the dataset's lock below.
        refuseWhileSolving(parent.datasetId());
        Plan plan = readPlan(plans.content(planId).orElseThrow(() -> new ConflictException("Plan " + planId
                + " ended without a plan (" + parent.status() + "); post the changes to a plan that has one.")));
        ValidDataset before = datasets.valid(parent.datasetVersionId());
        String changesJson = changesOf.apply(new Published(before, plan));
        LateChanges.Applied applied;
        try {
            applied = LateChanges.apply(before, plan, changesJson);
        } catch (InvalidChangesException e) {
            throw new BadRequestException(e.issues());
        }
        Map<String, BigDecimal> sunk = BudgetForecast.sunkCosts(before, plan, applied, changesJson);
        long replanId = transaction.execute(status -> {
            datasets.lockVersion(parent.datasetId(), null, "datasetId");
            refuseWhileSolving(parent.datasetId());
            DatasetVersionSummary version = datasets.addVersion(parent.datasetId(), parent.datasetVersion(),
                    applied.dataset().dataset(), DatasetOrigin.CHANGES);
            PlanRecord queued = solves.queueReplan(new DatasetVersionId(parent.datasetId(), version.version()), parent,
                    seconds, CaravanJson.toJson(applied.plan()));
            store.insert(queued.id(), parent.id(), parent.datasetId(), version.version(), kind, changesJson,
                    applied.report(), applied.brokenBookings(), sunk);
            return queued.id();
        });
        PlanRecord replan = plans.get(replanId);
        return new ReplanAccepted(solves.status(replanId), datasets.version(replan.datasetVersionId()), applied.report(),
                applied.brokenBookings(), sunk, changesJson);
    }

    private void refuseWhileSolving(long datasetId) {
        List<PlanRecord> active = plans.listForDataset(datasetId).stream().filter(plan -> !plan.status().isFinal()).toList();
        if (!active.isEmpty()) {
            throw new ConflictException(String.join(" ", active.stream().map(LateChangeService::solving).toList())
                    + " Changes are applied once no solve of the dataset is queued or running: stop it or wait until it "
                    + "ends, then post them again.");
        }
    }

    private static String solving(PlanRecord plan) {
        return "Plan " + plan.id() + " (version " + plan.version() + ") of this dataset is " + plan.status() + ".";
    }

    private record Published(ValidDataset dataset, Plan plan) {
    }

    // ---------------------------------------------------------------- bookings

    private String bookings(long planId, Published published, BookingRequest request) {
        if (request == null) {
            throw new BadRequestException("$", "The request body is empty; send {\"select\": \"ALL\"} or lists of "
                    + "participants under \"tickets\" and \"rooms\".");
        }
        boolean listed = request.tickets() != null || request.rooms() != null;
        if (listed && request.select() != null) {
            throw new BadRequestException("$.select", "Give either select or the lists tickets and rooms, not both.");
        }
        Map<String, Assignment> byParticipant = new LinkedHashMap<>();
        published.plan().assignments().forEach(a -> byParticipant.put(a.participant(), a));
        List<String> tickets = new ArrayList<>();
        List<String> rooms = new ArrayList<>();
        if (request.select() != null) {
            List<Assignment> open = published.plan().assignments().stream().filter(a -> a.brought()
                    && (a.itinerary() != null && !a.ticketIssued() || a.room() != null && !a.roomConfirmed())).toList();
            int count = request.select() == BookingRequest.Selection.ALL ? open.size() : (open.size() + 1) / 2;
            for (Assignment a : open.subList(0, count)) {
                if (a.itinerary() != null && !a.ticketIssued()) {
                    tickets.add(a.participant());
                }
                if (a.room() != null && !a.roomConfirmed()) {
                    rooms.add(a.participant());
                }
            }
        } else if (listed) {
            List<ValidationIssue> problems = new ArrayList<>();
            tickets = checked(planId, byParticipant, request.tickets(), "$.tickets", true, problems);
            rooms = checked(planId, byParticipant, request.rooms(), "$.rooms", false, problems);
            if (!problems.isEmpty()) {
                throw new BadRequestException(problems);
            }
        }
        if (tickets.isEmpty() && rooms.isEmpty()) {
            throw new BadRequestException(request.select() != null ? "$.select" : "$", "Nothing to book in plan " + planId
                    + ": " + (request.select() != null ? "every brought participant's ticket and room are booked already."
                    : "name participants under \"tickets\" or \"rooms\", or send {\"select\": \"ALL\"}."));
        }
        ObjectNode document = CaravanJson.mapper().createObjectNode().put("format", LateChanges.FORMAT);
        ArrayNode changes = document.putArray("changes");
        for (String id : tickets) {
            String itinerary = byParticipant.get(id).itinerary();
            changes.addObject().put("type", "ISSUE_TICKET").put("participant", id).put("itinerary", itinerary)
                    .put("price", published.dataset().index().itinerary(itinerary).itinerary().price());
        }
        for (String id : rooms) {
            String room = byParticipant.get(id).room();
            changes.addObject().put("type", "CONFIRM_ROOM").put("participant", id).put("room", room)
                    .put("pricePerNight", published.dataset().index().room(room).pricePerNight());
        }
        return CaravanJson.toJson(document);
    }

    /** The ids of a booking list that can be booked; a problem at {@code path[i]} for each that cannot. */
    private static List<String> checked(long planId, Map<String, Assignment> plan, List<String> ids, String path,
            boolean ticket, List<ValidationIssue> problems) {
        List<String> bookable = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; ids != null && i < ids.size(); i++) {
            String id = ids.get(i);
            Assignment a = id == null ? null : plan.get(id);
            String at = path + "[" + i + "]";
            if (a == null || !a.brought()) {
                problems.add(new ValidationIssue(at, "'" + id + "' is not a participant brought in plan " + planId + "."));
            } else if (!seen.add(id)) {
                problems.add(new ValidationIssue(at, id + " is listed twice."));
            } else if (ticket && a.itinerary() == null) {
                problems.add(new ValidationIssue(at, id + " travels by land in plan " + planId + ": there is no ticket to issue."));
            } else if (!ticket && a.room() == null) {
                problems.add(new ValidationIssue(at, id + " needs no room in plan " + planId + ": there is none to confirm."));
            } else if (ticket ? a.ticketIssued() : a.roomConfirmed()) {
                problems.add(new ValidationIssue(at, id + (ticket ? " already has a ticket." : "'s room is already confirmed.")));
            } else {
                bookable.add(id);
            }
        }
        return bookable;
    }

    // ---------------------------------------------------------------- change lists

    /** The change list of a plan against {@code fromPlanId}, or against its parent when that is null. */
    public ChangeListView changeList(long planId, Long fromPlanId) {
        PlanRecord to = plans.get(planId);
        PlanRecord from;
        if (fromPlanId == null) {
            if (to.parentPlanId() == null) {
                throw new NotFoundException("parentPlanId", "Plan " + planId + " was not made from another plan (it is "
                        + "no re-plan after changes or bookings); name one to compare with: ?from=PLAN_ID.");
            }
            from = plans.get(to.parentPlanId());
        } else {
            from = plans.find(fromPlanId).orElseThrow(() -> new BadRequestException("from", "There is no plan with id "
                    + fromPlanId + "."));
            if (from.datasetId() != to.datasetId()) {
                throw new BadRequestException("from", "Plan " + fromPlanId + " is a plan of dataset " + from.datasetId()
                        + ", plan " + planId + " of dataset " + to.datasetId() + ": only plans of one dataset compare.");
            }
        }
        return between(from, to);
    }

    /**
     * The change list between two versions of a dataset: the latest plan of {@code fromVersion} (the version's parent
     * when null) against the latest plan of {@code version}.
     */
    public ChangeListView compareVersions(long datasetId, int version, Integer fromVersion) {
        DatasetVersionSummary to = datasets.version(new DatasetVersionId(datasetId, version));
        Integer from = fromVersion != null ? fromVersion : to.parentVersion();
        if (from == null) {
            throw new NotFoundException("parentVersion", "Version " + version + " of dataset " + datasetId
                    + " was not made from another version; name one to compare with: ?from=VERSION.");
        }
        if (from < 1 || from > datasets.get(datasetId).latestVersion()) {
            throw new BadRequestException("from", "Dataset " + datasetId + " has no version " + from + ".");
        }
        return between(latestPlan(datasetId, from), latestPlan(datasetId, version));
    }

    private PlanRecord latestPlan(long datasetId, int version) {
        return plans.listForDataset(datasetId).stream()
                .filter(plan -> plan.datasetVersion() == version && plans.bestPlan(plan.id()).isPresent())
                .max(Comparator.comparingInt(PlanRecord::version))
                .orElseThrow(() -> new NotFoundException("plan", "Version " + version + " of dataset " + datasetId
                        + " has no plan yet: solve it first."));
    }

    private ChangeListView between(PlanRecord from, PlanRecord to) {
        PlanInContext earlier = documents.load(from.id());
        PlanInContext later = documents.load(to.id());
        Optional<LateChange> made = store.find(to.id()).filter(change -> change.parentPlanId() == from.id());
        ChangeList list = ChangeList.between(earlier.dataset(), earlier.plan(), later.dataset(), later.plan(),
                made.map(LateChange::document).orElse(null));
        return new ChangeListView(from.id(), from.version(), from.datasetVersion(), to.id(), to.version(),
                to.datasetVersion(), made.map(LateChange::report).orElse(List.of()),
                made.map(LateChange::brokenBookings).orElse(List.of()), list.participants(), list.hotels(), list.costs(),
                list.score(), list.moved(), list.collateral());
    }

    /** The change list itself, for its CSV forms. */
    public ChangeList changeListOf(ChangeListView view) {
        return new ChangeList(view.participants(), view.hotels(), view.costs(), view.score());
    }

    // ---------------------------------------------------------------- forecast against actual

    /** The plan's money: booked, forecast, sunk and left, per payer and in total. */
    public BudgetForecast forecast(long planId) {
        PlanInContext context = documents.load(planId);
        List<Map<String, BigDecimal>> sunk = new ArrayList<>();
        Set<Long> seen = new LinkedHashSet<>();
        Optional<LateChange> change = store.find(planId);
        while (change.isPresent() && seen.add(change.get().planId())) {
            sunk.add(change.get().sunkCosts());
            change = store.find(change.get().parentPlanId());
        }
        return BudgetForecast.of(context.dataset(), context.plan(), BudgetForecast.sum(sunk));
    }

    private static Plan readPlan(String json) {
        try {
            return CaravanJson.readPlan(json);
        } catch (IOException e) {
            throw new UncheckedIOException("A stored plan cannot be read back", e);
        }
    }
}
