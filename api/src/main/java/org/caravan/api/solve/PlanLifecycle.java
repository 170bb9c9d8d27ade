package org.caravan.api.solve;

import org.caravan.api.dataset.DatasetVersionId;
import org.caravan.api.security.OrganisationScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The plan lifecycle: the only writer of a plan's status. {@link #next} lists the legal moves; every write is a
 * conditional update whose allowed "from" statuses come from it, so of two racing moves (a planner stopping a queued
 * solve while a worker takes it) exactly one happens, and a final status is never left. In short: a new plan is
 * QUEUED; a worker starts it (SOLVING) or, after its process stopped, resumes it (RESUMING, then SOLVING once the
 * engine reports); it ends DONE, STOPPED, FAILED or INTERRUPTED; at shutdown it is suspended back to QUEUED.
 */
@Component
public class PlanLifecycle {

    /** What can happen to a plan. */
    public enum Transition {
        /** A worker takes up a queued plan, or a resumed solve reports its first progress. */
        START,
        /** A worker takes up a plan again after its process stopped: from its checkpoint, or anew if it had none. */
        RESUME,
        /** The best plan so far is saved. */
        CHECKPOINT,
        /** The worker of a running solve says it is alive, with the solving time so far. */
        HEARTBEAT,
        /** Shutdown: the running solve goes back to the queue with its best plan, to be resumed. */
        SUSPEND,
        /** A planner stops a solve before any worker has it. */
        CANCEL,
        /** A worker ends a solve whose stop was requested, keeping the best plan so far. */
        STOP,
        /** A worker ends a solve that ran to its time limit. */
        FINISH,
        /** The solve cannot run, or its job failed for good. */
        FAIL,
        /** A solve that cannot be resumed (its process died too often, or too close to its time limit). */
        INTERRUPT
    }

    /** The status a transition leads to from {@code from}; empty when it is not allowed from there. */
    public static Optional<SolveState> next(SolveState from, Transition transition) {
        return Optional.ofNullable(switch (transition) {
            case START -> from == SolveState.QUEUED || from == SolveState.RESUMING ? SolveState.SOLVING : null;
            case RESUME -> from.isFinal() ? null : SolveState.RESUMING;
            case CHECKPOINT -> from == SolveState.SOLVING ? SolveState.SOLVING : null;
            case HEARTBEAT -> from == SolveState.RESUMING || from == SolveState.SOLVING ? from : null;
            case SUSPEND -> from == SolveState.RESUMING || from == SolveState.SOLVING ? SolveState.QUEUED : null;
            case CANCEL -> from == SolveState.QUEUED ? SolveState.STOPPED : null;
            case STOP -> from.isFinal() ? null : SolveState.STOPPED;
            case FINISH -> from == SolveState.SOLVING ? SolveState.DONE : null;
            case FAIL -> from.isFinal() ? null : SolveState.FAILED;
            case INTERRUPT -> from.isFinal() ? null : SolveState.INTERRUPTED;
        });
    }

    /** The statuses a transition may start from, as {@link #next} says. */
    public static Set<SolveState> from(Transition transition) {
        return Arrays.stream(SolveState.values()).filter(state -> next(state, transition).isPresent())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(SolveState.class)));
    }

    /** The statuses of a solve that is waiting or running: what keeps its dataset from being deleted. */
    public static Set<SolveState> active() {
        return Arrays.stream(SolveState.values()).filter(state -> !state.isFinal())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(SolveState.class)));
    }

    private final JdbcClient jdbc;
    private final PlanStore plans;

    PlanLifecycle(JdbcClient jdbc, PlanStore plans) {
        this.jdbc = jdbc;
        this.plans = plans;
    }

    /**
     * A new QUEUED plan of a dataset version, numbered as its dataset's next plan version. Runs inside the caller's
     * transaction, which holds the dataset's lock: plans of one dataset are numbered one after the other.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public PlanRecord queue(DatasetVersionId dataset, int timeLimitSeconds, String overrides, int participants) {
        return queue(dataset, timeLimitSeconds, overrides, participants, null, null);
    }

    /**
     * The same for a re-plan: made from {@code parentPlanId}, it starts from {@code startFrom} (a plan document), with
     * what is booked in it kept.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public PlanRecord queue(DatasetVersionId dataset, int timeLimitSeconds, String overrides, int participants,
            Long parentPlanId, String startFrom) {
        int version = jdbc.sql("select coalesce(max(version), 0) + 1 from plan where dataset_id = ?")
                .param(dataset.datasetId()).query(Integer.class).single();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into plan (dataset_id, dataset_version, version, status, time_limit_seconds, overrides,
                                  stop_requested, resumes, elapsed_ms, participant_count, created_at, created_by,
                                  parent_plan_id, start_from)
                values (?, ?, ?, ?, ?, ?, false, 0, 0, ?, ?, ?, ?, ?)""")
                .params(dataset.datasetId(), dataset.version(), version, SolveState.QUEUED.name(), timeLimitSeconds,
                        overrides, participants, now(), OrganisationScope.actor().display(), parentPlanId, startFrom)
                .update(keys, "id");
        return plans.get(keys.getKeyAs(Number.class).longValue());
    }

    /** A worker takes up a queued plan (false: it was stopped meanwhile), or a resumed solve is solving again. */
    boolean start(long id) {
        return move(id, Transition.START, Map.of("started_at", "coalesce(started_at, :now)", "heartbeat_at", ":now"),
                Map.of());
    }

    /** A worker takes up a plan whose process stopped; it counts as a resume. */
    boolean resume(long id) {
        return move(id, Transition.RESUME, Map.of("started_at", "coalesce(started_at, :now)", "heartbeat_at", ":now",
                "resumes", "resumes + 1"), Map.of());
    }

    /** Saves the best plan so far with its figures; false (nothing saved) once the solve has ended. */
    boolean checkpoint(long id, long elapsedMs, String planJson, PlanFigures figures) {
        boolean solving = move(id, Transition.CHECKPOINT, figureColumns(), figureValues(elapsedMs, figures));
        if (solving) {
            plans.saveCheckpoint(id, elapsedMs, planJson);
        }
        return solving;
    }

    /** The solving time so far, and that the worker is alive. */
    boolean heartbeat(long id, long elapsedMs) {
        return move(id, Transition.HEARTBEAT, Map.of("elapsed_ms", ":elapsed", "heartbeat_at", ":now"),
                Map.of("elapsed", elapsedMs));
    }

    /** Back to the queue with the best plan so far, to be resumed from it. */
    boolean suspend(long id, long elapsedMs, String planJson, PlanFigures figures) {
        plans.saveCheckpoint(id, elapsedMs, planJson);
        return move(id, Transition.SUSPEND, figureColumns(), figureValues(elapsedMs, figures));
    }

    /** Stops a plan no worker has taken, keeping a checkpoint it may have from before a restart as its plan. */
    boolean cancel(long id) {
        return move(id, Transition.CANCEL, Map.of("finished_at", ":now",
                "content", "(select c.content from plan_checkpoint c where c.plan_id = plan.id)"), Map.of());
    }

    /** Ends a solve whose stop was requested with its best plan (null when there is none). */
    boolean stop(long id, String planJson, PlanFigures figures, long elapsedMs) {
        return end(id, Transition.STOP, planJson, figures, elapsedMs, null);
    }

    /** Ends a solve that ran to its time limit. */
    boolean finish(long id, String planJson, PlanFigures figures, long elapsedMs) {
        return end(id, Transition.FINISH, planJson, figures, elapsedMs, null);
    }

    /** The solve cannot go on: why, and the best plan it had, if any. */
    boolean fail(long id, String error, String planJson) {
        return end(id, Transition.FAIL, planJson, null, null, error);
    }

    /** The solve cannot be resumed: why; its last checkpoint, if any, is its plan. */
    boolean interrupt(long id, String reason, String planJson) {
        return end(id, Transition.INTERRUPT, planJson, null, null, reason);
    }

    private boolean end(long id, Transition transition, String planJson, PlanFigures figures, Long elapsedMs,
            String error) {
        Map<String, String> columns = new LinkedHashMap<>(Map.of("content", ":content", "error", ":error",
                "finished_at", ":now"));
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("content", planJson);
        values.put("error", error == null ? null : truncate(error));
        if (figures != null) {
            columns.putAll(figureColumns());
            values.putAll(figureValues(elapsedMs, figures));
        }
        return move(id, transition, columns, values);
    }

    /**
     * Applies a transition to one plan if its stored status allows it: {@code update ... where status in (from)}.
     * The status is written only when the transition changes it; {@code columns} maps each further column to its SQL
     * value, with {@code :now} for the time of the move.
     */
    private boolean move(long id, Transition transition, Map<String, String> columns, Map<String, Object> values) {
        Set<SolveState> from = from(transition);
        Set<SolveState> to = from.stream().map(state -> next(state, transition).orElseThrow())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(SolveState.class)));
        boolean changesStatus = !to.equals(from);
        if (changesStatus && to.size() != 1) {
            throw new IllegalStateException(transition + " leads to several statuses: " + to);
        }
        String assignments = columns.entrySet().stream().map(column -> column.getKey() + " = " + column.getValue())
                .collect(Collectors.joining(", "));
        String statement = changesStatus ? "update plan set status = :to" + (assignments.isEmpty() ? "" : ", " + assignments)
                : "update plan set " + assignments;
        JdbcClient.StatementSpec update = jdbc.sql(statement + " where id = :id and status in (:from)")
                .param("id", id)
                .param("from", from.stream().map(Enum::name).toList())
                .param("now", now());
        if (changesStatus) {
            update = update.param("to", to.iterator().next().name());
        }
        for (Map.Entry<String, Object> value : values.entrySet()) {
            update = update.param(value.getKey(), value.getValue());
        }
        return update.update() > 0;
    }

    private static Map<String, String> figureColumns() {
        Map<String, String> columns = new LinkedHashMap<>();
        for (String column : new String[] {"elapsed_ms", "score_hard", "score_medium", "score_soft", "feasible",
                "brought", "total_cost"}) {
            columns.put(column, ":" + column);
        }
        return columns;
    }

    private static Map<String, Object> figureValues(long elapsedMs, PlanFigures figures) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("elapsed_ms", elapsedMs);
        values.put("score_hard", figures.hard());
        values.put("score_medium", figures.medium());
        values.put("score_soft", figures.soft());
        values.put("feasible", figures.feasible());
        values.put("brought", figures.brought());
        values.put("total_cost", figures.totalCost());
        return values;
    }

    private static String truncate(String text) {
        return text.length() <= 2000 ? text : text.substring(0, 1997) + "...";
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
