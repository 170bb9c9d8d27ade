package org.caravan.api.solve;

import org.caravan.api.problem.NotFoundException;
import org.caravan.data.plan.PlanScore;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Plans and their checkpoints. Each solve is a new plan version of its dataset. While solving, the best plan is
 * checkpointed (one row per plan, overwritten); when the solve ends the final plan is written to the plan row.
 */
@Repository
public class PlanStore {

    private static final String COLUMNS = """
            p.id, p.dataset_id, p.version, p.status, p.time_limit_seconds, p.overrides, p.stop_requested, p.resumes,
            p.elapsed_ms, p.score_hard, p.score_medium, p.score_soft, p.feasible, p.brought, p.participant_count,
            p.total_cost, p.error, p.created_at, p.started_at, p.finished_at, c.saved_at as checkpoint_at
            from plan p left join plan_checkpoint c on c.plan_id = p.id""";

    private static final RowMapper<PlanRecord> PLAN = PlanStore::plan;

    private final JdbcTemplate jdbc;

    public PlanStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A new QUEUED plan, the next version of its dataset; retried if another instance took the same version. */
    public PlanRecord create(long datasetId, int timeLimitSeconds, String overrides, int participants) {
        for (int attempt = 0; ; attempt++) {
            try {
                return insert(datasetId, timeLimitSeconds, overrides, participants);
            } catch (DuplicateKeyException e) {
                if (attempt >= 4) {
                    throw e;
                }
            }
        }
    }

    private PlanRecord insert(long datasetId, int timeLimitSeconds, String overrides, int participants) {
        Integer last = jdbc.queryForObject("select max(version) from plan where dataset_id = ?", Integer.class, datasetId);
        int version = last == null ? 1 : last + 1;
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement insert = connection.prepareStatement("""
                    insert into plan (dataset_id, version, status, time_limit_seconds, overrides, stop_requested, resumes,
                                      elapsed_ms, participant_count, created_at)
                    values (?, ?, ?, ?, ?, false, 0, 0, ?, ?)""", new String[] {"id"});
            insert.setLong(1, datasetId);
            insert.setInt(2, version);
            insert.setString(3, PlanStatus.QUEUED.name());
            insert.setInt(4, timeLimitSeconds);
            insert.setString(5, overrides);
            insert.setInt(6, participants);
            insert.setObject(7, now());
            return insert;
        }, keys);
        return get(keys.getKeyAs(Number.class).longValue());
    }

    public Optional<PlanRecord> find(long id) {
        return jdbc.query("select " + COLUMNS + " where p.id = ?", PLAN, id).stream().findFirst();
    }

    public PlanRecord get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("planId", "There is no plan with id " + id + "."));
    }

    public List<PlanRecord> listForDataset(long datasetId) {
        return jdbc.query("select " + COLUMNS + " where p.dataset_id = ? order by p.version", PLAN, datasetId);
    }

    public List<PlanRecord> list(PlanStatus status) {
        return status == null
                ? jdbc.query("select " + COLUMNS + " order by p.id", PLAN)
                : jdbc.query("select " + COLUMNS + " where p.status = ? order by p.id", PLAN, status.name());
    }

    /** Solves of the dataset that are waiting or running. */
    public int activeSolves(long datasetId) {
        Integer count = jdbc.queryForObject("select count(*) from plan where dataset_id = ? and status in (?, ?)",
                Integer.class, datasetId, PlanStatus.QUEUED.name(), PlanStatus.SOLVING.name());
        return count == null ? 0 : count;
    }

    /** 1 for the next plan to get a worker. Workers take the queue in order of submission. */
    public int queuePosition(long id) {
        Integer ahead = jdbc.queryForObject("select count(*) from plan where status = ? and id < ?", Integer.class,
                PlanStatus.QUEUED.name(), id);
        return (ahead == null ? 0 : ahead) + 1;
    }

    /** The final plan document, once the solve has ended with one. */
    public Optional<String> content(long id) {
        return jdbc.query("select content from plan where id = ? and content is not null", (rs, row) -> rs.getString(1), id)
                .stream().findFirst();
    }

    public Optional<Checkpoint> checkpoint(long id) {
        return jdbc.query("select elapsed_ms, content, saved_at from plan_checkpoint where plan_id = ?",
                (rs, row) -> new Checkpoint(rs.getLong(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class)), id)
                .stream().findFirst();
    }

    /** The best plan known: the final one, else the last checkpoint of a solve that is running or was cut short. */
    public Optional<String> bestPlan(long id) {
        return content(id).or(() -> checkpoint(id).map(Checkpoint::content));
    }

    /** Takes a queued plan for this worker; false when it is final already (stopped while queued, or done). */
    public boolean markSolving(long id, boolean resumed) {
        return jdbc.update("""
                update plan set status = ?, started_at = coalesce(started_at, ?), resumes = resumes + ?
                where id = ? and status in (?, ?)""",
                PlanStatus.SOLVING.name(), now(), resumed ? 1 : 0, id, PlanStatus.QUEUED.name(), PlanStatus.SOLVING.name()) > 0;
    }

    /** Back in the queue after a graceful shutdown, to be resumed from its checkpoint. */
    public void markQueued(long id) {
        jdbc.update("update plan set status = ? where id = ? and status = ?", PlanStatus.QUEUED.name(), id,
                PlanStatus.SOLVING.name());
    }

    /** Stops a plan that has not started; false when a worker has it already. */
    public boolean stopIfQueued(long id) {
        return jdbc.update("update plan set status = ?, stop_requested = true, finished_at = ? where id = ? and status = ?",
                PlanStatus.STOPPED.name(), now(), id, PlanStatus.QUEUED.name()) > 0;
    }

    public void requestStop(long id) {
        jdbc.update("update plan set stop_requested = true where id = ?", id);
    }

    public boolean isStopRequested(long id) {
        Boolean requested = jdbc.queryForObject("select stop_requested from plan where id = ?", Boolean.class, id);
        return Boolean.TRUE.equals(requested);
    }

    /** The latest figures of a running solve, for status readers on any instance. */
    public void saveProgress(long id, Figures figures) {
        jdbc.update("""
                update plan set elapsed_ms = ?, score_hard = ?, score_medium = ?, score_soft = ?, feasible = ?, brought = ?,
                                total_cost = ?
                where id = ?""", figures.elapsedMs(), figures.hard(), figures.medium(), figures.soft(), figures.feasible(),
                figures.brought(), figures.totalCost(), id);
    }

    /** Overwrites the plan's checkpoint with the best plan so far. */
    public void saveCheckpoint(long id, long elapsedMs, String planJson) {
        OffsetDateTime now = now();
        int updated = jdbc.update("update plan_checkpoint set elapsed_ms = ?, content = ?, saved_at = ? where plan_id = ?",
                elapsedMs, planJson, now, id);
        if (updated == 0) {
            try {
                jdbc.update("insert into plan_checkpoint (plan_id, elapsed_ms, content, saved_at) values (?, ?, ?, ?)",
                        id, elapsedMs, planJson, now);
            } catch (DuplicateKeyException e) {
                jdbc.update("update plan_checkpoint set elapsed_ms = ?, content = ?, saved_at = ? where plan_id = ?",
                        elapsedMs, planJson, now, id);
            }
        }
    }

    /** Ends a solve: its status, its plan document (null when there is none) and, for FAILED, why. */
    public void finish(long id, PlanStatus status, String planJson, String error) {
        jdbc.update("update plan set status = ?, content = ?, error = ?, finished_at = ? where id = ?",
                status.name(), planJson, error == null ? null : truncate(error), now(), id);
    }

    private static String truncate(String text) {
        return text.length() <= 2000 ? text : text.substring(0, 1997) + "...";
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    private static PlanRecord plan(ResultSet rs, int row) throws SQLException {
        return new PlanRecord(rs.getLong("id"), rs.getLong("dataset_id"), rs.getInt("version"),
                PlanStatus.valueOf(rs.getString("status")), rs.getInt("time_limit_seconds"), rs.getString("overrides"),
                rs.getBoolean("stop_requested"), rs.getInt("resumes"), rs.getLong("elapsed_ms"),
                rs.getObject("score_hard", Long.class), rs.getObject("score_medium", Long.class),
                rs.getBigDecimal("score_soft"), rs.getObject("feasible", Boolean.class),
                rs.getObject("brought", Integer.class), rs.getInt("participant_count"), rs.getBigDecimal("total_cost"),
                rs.getString("error"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("started_at", OffsetDateTime.class), rs.getObject("finished_at", OffsetDateTime.class),
                rs.getObject("checkpoint_at", OffsetDateTime.class));
    }

    /** A checkpoint: the best plan of a running solve and how long it had been solving. */
    public record Checkpoint(long elapsedMs, String content, OffsetDateTime savedAt) {
    }

    /** The figures a planner watches, as stored. */
    public record Figures(long elapsedMs, Long hard, Long medium, BigDecimal soft, boolean feasible, int brought,
            BigDecimal totalCost) {

        static Figures of(PlanScore score, boolean feasible, int brought, BigDecimal totalCost, long elapsedMs) {
            return score == null
                    ? new Figures(elapsedMs, null, null, null, feasible, brought, totalCost)
                    : new Figures(elapsedMs, score.hard(), score.medium(), score.soft(), feasible, brought, totalCost);
        }
    }
}
