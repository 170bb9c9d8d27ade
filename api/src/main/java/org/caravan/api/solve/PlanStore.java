package org.caravan.api.solve;

import org.caravan.api.problem.NotFoundException;
import org.caravan.api.security.OrganisationScope;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Plans and their checkpoints, read side. Each solve is a new plan version of its dataset. While solving, the best
 * plan is checkpointed (one row per plan, overwritten); when the solve ends the final plan is on the plan row. A
 * plan's status, and the figures that go with a move from one status to another, are written by
 * {@link PlanLifecycle} only. A plan belongs to its dataset's organisation: the look-ups answer only the caller's.
 */
@Repository
public class PlanStore {

    private static final String PLANS = """
            select p.id, d.organisation_id, p.dataset_id, p.dataset_version, p.version, p.status, p.time_limit_seconds, p.overrides,
                   p.stop_requested, p.resumes, p.elapsed_ms, p.score_hard, p.score_medium, p.score_soft, p.feasible,
                   p.brought, p.participant_count, p.total_cost, p.error, p.created_at, p.started_at, p.finished_at,
                   p.heartbeat_at, c.saved_at as checkpoint_at, p.created_by,
                   p.parent_plan_id
            from plan p join dataset d on d.id = p.dataset_id left join plan_checkpoint c on c.plan_id = p.id""";

    private static final RowMapper<PlanRecord> PLAN = (rs, row) -> new PlanRecord(rs.getLong("id"),
            rs.getLong("organisation_id"), rs.getLong("dataset_id"), rs.getInt("dataset_version"), rs.getInt("version"),
            SolveState.valueOf(rs.getString("status")), rs.getInt("time_limit_seconds"), rs.getString("overrides"),
            rs.getBoolean("stop_requested"), rs.getInt("resumes"), rs.getLong("elapsed_ms"),
            rs.getObject("score_hard", Long.class), rs.getObject("score_medium", Long.class),
            rs.getBigDecimal("score_soft"), rs.getObject("feasible", Boolean.class),
            rs.getObject("brought", Integer.class), rs.getInt("participant_count"), rs.getBigDecimal("total_cost"),
            rs.getString("error"), rs.getObject("created_at", OffsetDateTime.class),
            rs.getObject("started_at", OffsetDateTime.class), rs.getObject("finished_at", OffsetDateTime.class),
            rs.getObject("heartbeat_at", OffsetDateTime.class), rs.getObject("checkpoint_at", OffsetDateTime.class),
            rs.getString("created_by"), rs.getObject("parent_plan_id", Long.class));

    private final JdbcClient jdbc;

    PlanStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The plan, if it exists and the caller's organisation sees it (see {@link OrganisationScope}). */
    public Optional<PlanRecord> find(long id) {
        return jdbc.sql(PLANS + " where p.id = ?").param(id).query(PLAN).optional()
                .filter(plan -> OrganisationScope.sees(plan.organisationId()));
    }

    /** The plan; 404 when there is none, or it is another organisation's. */
    public PlanRecord get(long id) {
        return find(id).orElseThrow(() -> notFound(id));
    }

    /** Throws 404 unless the plan exists and belongs to the caller's organisation. */
    public void requireVisible(long id) {
        Long organisation = jdbc.sql("select d.organisation_id from plan p join dataset d on d.id = p.dataset_id "
                + "where p.id = ?").param(id).query(Long.class).optional().orElseThrow(() -> notFound(id));
        OrganisationScope.require(organisation, () -> notFound(id));
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("planId", "There is no plan with id " + id + ".");
    }

    public List<PlanRecord> listForDataset(long datasetId) {
        return jdbc.sql(PLANS + " where p.dataset_id = ? order by p.version").param(datasetId).query(PLAN).list().stream()
                .filter(plan -> OrganisationScope.sees(plan.organisationId())).toList();
    }

    /** The plans solved for a scenario that the caller sees, oldest first. */
    public List<PlanRecord> listForScenario(long scenarioId) {
        return jdbc.sql(PLANS + " where p.scenario_id = ? order by p.id").param(scenarioId).query(PLAN).list().stream()
                .filter(plan -> OrganisationScope.sees(plan.organisationId())).toList();
    }

    /** Names the scenario a new plan solves, with the overrides it is solved with. */
    void linkScenario(long id, ScenarioLink scenario) {
        jdbc.sql("update plan set scenario_id = ?, scenario_overrides = ? where id = ?")
                .params(scenario.scenarioId(), scenario.overrides(), id).update();
    }

    /** The scenario overrides a plan was solved with (JSON), if it was solved for a scenario. */
    Optional<String> scenarioOverrides(long id) {
        return jdbc.sql("select scenario_overrides from plan where id = ? and scenario_overrides is not null").param(id)
                .query(String.class).optional();
    }

    /** The scenario a plan was solved for, while it exists. */
    public Optional<Long> scenarioOf(long id) {
        return jdbc.sql("select scenario_id from plan where id = ? and scenario_id is not null").param(id)
                .query(Long.class).optional();
    }

    /** Every plan the caller's organisation sees, or those stored in one of {@code states}. */
    public List<PlanRecord> list(Collection<SolveState> states) {
        Long organisation = OrganisationScope.listed();
        String where = (states == null ? " where 1 = 1" : " where p.status in (:states)")
                + (organisation == null ? "" : " and d.organisation_id = :organisation");
        JdbcClient.StatementSpec query = jdbc.sql(PLANS + where + " order by p.id");
        if (states != null) {
            query = query.param("states", names(states));
        }
        if (organisation != null) {
            query = query.param("organisation", organisation);
        }
        return query.query(PLAN).list();
    }

    /** How many plans of the dataset are stored in one of {@code states}. */
    int count(long datasetId, Collection<SolveState> states) {
        return jdbc.sql("select count(*) from plan where dataset_id = :dataset and status in (:states)")
                .param("dataset", datasetId).param("states", names(states)).query(Integer.class).single();
    }

    /** 1 for the next plan to get a worker. Workers take the queue in order of submission. */
    int queuePosition(long id) {
        return jdbc.sql("select count(*) from plan where status = ? and id < ?").params(SolveState.QUEUED.name(), id)
                .query(Integer.class).single() + 1;
    }

    /** The final plan document, once the solve has ended with one. */
    /**
     * Deletes a plan version whose solve has ended, in one statement so that a solve starting meanwhile keeps its plan;
     * false when it is queued or running, or not there (or of another organisation).
     */
    public boolean deleteEnded(long id) {
        if (find(id).isEmpty()) {
            return false;
        }
        Set<String> ended = java.util.Arrays.stream(SolveState.values()).filter(SolveState::isFinal).map(Enum::name)
                .collect(java.util.stream.Collectors.toSet());
        return jdbc.sql("delete from plan where id = :id and status in (:ended)").param("id", id).param("ended", ended)
                .update() == 1;
    }

    public Optional<String> content(long id) {
        return jdbc.sql("select content from plan where id = ? and content is not null").param(id).query(String.class)
                .optional();
    }

    /** The plan a re-plan starts from (its parent's plan with the bookings set), when it is one. */
    Optional<String> startFrom(long id) {
        return jdbc.sql("select start_from from plan where id = ? and start_from is not null").param(id)
                .query(String.class).optional();
    }

    public Optional<Checkpoint> checkpoint(long id) {
        return jdbc.sql("select elapsed_ms, content, saved_at from plan_checkpoint where plan_id = ?").param(id)
                .query((rs, row) -> new Checkpoint(rs.getLong(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class)))
                .optional();
    }

    /** The best plan known: the final one, else the last checkpoint of a solve that is running or was cut short. */
    public Optional<String> bestPlan(long id) {
        return content(id).or(() -> checkpoint(id).map(Checkpoint::content));
    }

    /** Marks the plan to be stopped by whichever worker runs it; that worker ends it. */
    void requestStop(long id) {
        jdbc.sql("update plan set stop_requested = true where id = ?").param(id).update();
    }

    boolean isStopRequested(long id) {
        return jdbc.sql("select stop_requested from plan where id = ?").param(id).query(Boolean.class).optional()
                .orElse(false);
    }

    /** Overwrites the plan's checkpoint with the best plan so far. */
    void saveCheckpoint(long id, long elapsedMs, String planJson) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String overwrite = "update plan_checkpoint set elapsed_ms = ?, content = ?, saved_at = ? where plan_id = ?";
        if (jdbc.sql(overwrite).params(elapsedMs, planJson, now, id).update() > 0) {
            return;
        }
        try {
            jdbc.sql("insert into plan_checkpoint (plan_id, elapsed_ms, content, saved_at) values (?, ?, ?, ?)")
                    .params(id, elapsedMs, planJson, now).update();
        } catch (DuplicateKeyException e) {
            jdbc.sql(overwrite).params(elapsedMs, planJson, now, id).update();
        }
    }

    private static List<String> names(Collection<SolveState> states) {
        return states.stream().map(Enum::name).toList();
    }

    /** A checkpoint: the best plan of a running solve and how long it had been solving. */
    public record Checkpoint(long elapsedMs, String content, OffsetDateTime savedAt) {
    }
}
