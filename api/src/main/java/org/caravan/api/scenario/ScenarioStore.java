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

/** Scenarios as stored; a scenario belongs to its dataset's organisation and the look-ups answer only the caller's. */
@Repository
class ScenarioStore {

    /** A scenario row: overrides and policy as the JSON stored. */
    record Row(long id, long organisationId, long datasetId, int datasetVersion, String name, String overrides,
            String policy, OffsetDateTime createdAt, String createdBy) {
    }

    private static final String SCENARIOS = """
            select s.id, d.organisation_id, s.dataset_id, s.dataset_version, s.name, s.overrides, s.policy,
                   s.created_at, s.created_by
            from scenario s join dataset d on d.id = s.dataset_id""";

    private static final RowMapper<Row> ROW = (rs, row) -> new Row(rs.getLong("id"), rs.getLong("organisation_id"),
            rs.getLong("dataset_id"), rs.getInt("dataset_version"), rs.getString("name"), rs.getString("overrides"),
            rs.getString("policy"), rs.getObject("created_at", OffsetDateTime.class), rs.getString("created_by"));

    private final JdbcClient jdbc;

    ScenarioStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long datasetId, int datasetVersion, String name, String overrides, String policy) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into scenario (dataset_id, dataset_version, name, overrides, policy, created_at, created_by)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(datasetId, datasetVersion, name, overrides, policy, OffsetDateTime.now(ZoneOffset.UTC),
                        OrganisationScope.actor().display())
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    Optional<Row> find(long id) {
        return jdbc.sql(SCENARIOS + " where s.id = ?").param(id).query(ROW).optional()
                .filter(row -> OrganisationScope.sees(row.organisationId()));
    }

    Row get(long id) {
        return find(id).orElseThrow(() -> notFound(id));
    }

    List<Row> listForDataset(long datasetId) {
        return jdbc.sql(SCENARIOS + " where s.dataset_id = ? order by s.id").param(datasetId).query(ROW).list().stream()
                .filter(row -> OrganisationScope.sees(row.organisationId())).toList();
    }

    void delete(long id) {
        jdbc.sql("delete from scenario where id = ?").param(id).update();
    }

    static NotFoundException notFound(long id) {
        return new NotFoundException("scenarioId", "There is no scenario with id " + id + ".");
    }
}
