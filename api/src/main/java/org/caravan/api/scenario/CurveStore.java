package org.caravan.api.scenario;

import org.caravan.api.problem.NotFoundException;
import org.caravan.api.security.OrganisationScope;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Budget curves as stored, and the only writer of their status: QUEUED, then RUNNING when a worker takes it up, then
 * DONE or FAILED. {@link #next} lists the legal moves; each write is conditional on the status it moves from.
 */
@Repository
class CurveStore {

    enum Status { QUEUED, RUNNING, DONE, FAILED }

    enum Move { START, LEVEL, FINISH, FAIL }

    /** The status a move leads to from {@code from}; null when it is not allowed from there. */
    static Status next(Status from, Move move) {
        return switch (move) {
            case START -> from == Status.QUEUED || from == Status.RUNNING ? Status.RUNNING : null;
            case LEVEL -> from == Status.RUNNING ? Status.RUNNING : null;
            case FINISH -> from == Status.RUNNING ? Status.DONE : null;
            case FAIL -> from == Status.QUEUED || from == Status.RUNNING ? Status.FAILED : null;
        };
    }

    record Row(long id, long organisationId, long datasetId, int datasetVersion, Status status, String request,
            String levels, String error, OffsetDateTime createdAt, OffsetDateTime finishedAt, String createdBy) {
    }

    private static final String CURVES = """
            select c.id, d.organisation_id, c.dataset_id, c.dataset_version, c.status, c.request, c.levels, c.error,
                   c.created_at, c.finished_at, c.created_by
            from budget_curve c join dataset d on d.id = c.dataset_id""";

    private static final RowMapper<Row> ROW = (rs, row) -> new Row(rs.getLong("id"), rs.getLong("organisation_id"),
            rs.getLong("dataset_id"), rs.getInt("dataset_version"), Status.valueOf(rs.getString("status")),
            rs.getString("request"), rs.getString("levels"), rs.getString("error"),
            rs.getObject("created_at", OffsetDateTime.class), rs.getObject("finished_at", OffsetDateTime.class),
            rs.getString("created_by"));

    private final JdbcClient jdbc;

    CurveStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long queue(long datasetId, int datasetVersion, String request) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into budget_curve (dataset_id, dataset_version, status, request, created_at, created_by)
                values (?, ?, ?, ?, ?, ?)""")
                .params(datasetId, datasetVersion, Status.QUEUED.name(), request, now(), OrganisationScope.actor().display())
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    Optional<Row> find(long id) {
        return jdbc.sql(CURVES + " where c.id = ?").param(id).query(ROW).optional()
                .filter(row -> OrganisationScope.sees(row.organisationId()));
    }

    Row get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("curveId", "There is no budget curve with id " + id + "."));
    }

    List<Row> listForDataset(long datasetId) {
        return jdbc.sql(CURVES + " where c.dataset_id = ? order by c.id").param(datasetId).query(ROW).list().stream()
                .filter(row -> OrganisationScope.sees(row.organisationId())).toList();
    }

    boolean start(long id) {
        return move(id, Move.START, "status = :to", null);
    }

    /** The levels so far (JSON), stored after each level so a watcher sees the curve grow. */
    boolean level(long id, String levels) {
        return move(id, Move.LEVEL, "levels = :value", levels);
    }

    boolean finish(long id, String levels) {
        return move(id, Move.FINISH, "status = :to, levels = :value, finished_at = :now", levels);
    }

    boolean fail(long id, String error) {
        String shown = error.length() <= 2000 ? error : error.substring(0, 1997) + "...";
        return move(id, Move.FAIL, "status = :to, error = :value, finished_at = :now", shown);
    }

    private boolean move(long id, Move move, String assignments, String value) {
        List<String> from = java.util.Arrays.stream(Status.values()).filter(status -> next(status, move) != null)
                .map(Enum::name).toList();
        Status to = java.util.Arrays.stream(Status.values()).map(status -> next(status, move))
                .filter(java.util.Objects::nonNull).findFirst().orElseThrow();
        JdbcClient.StatementSpec update = jdbc.sql("update budget_curve set " + assignments
                + " where id = :id and status in (:from)").param("id", id).param("from", from);
        if (assignments.contains(":to")) {
            update = update.param("to", to.name());
        }
        if (assignments.contains(":value")) {
            update = update.param("value", value);
        }
        if (assignments.contains(":now")) {
            update = update.param("now", now());
        }
        return update.update() > 0;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
