package org.caravan.api.changes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import org.caravan.api.security.OrganisationScope;
import org.caravan.data.json.CaravanJson;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What made each re-plan: one row per plan made by late changes or bookings, written with the plan in one
 * transaction and never changed. Read through plans the caller already sees (the plan store checks the organisation).
 */
@Repository
class LateChangeStore {

    private static final TypeReference<List<String>> LINES = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, BigDecimal>> AMOUNTS = new TypeReference<>() {
    };

    private static final RowMapper<LateChange> ROW = (rs, row) -> new LateChange(rs.getLong("plan_id"),
            rs.getLong("parent_plan_id"), rs.getLong("dataset_id"), rs.getInt("dataset_version"),
            LateChange.Kind.valueOf(rs.getString("kind")), rs.getString("document"), read(rs.getString("report"), LINES),
            read(rs.getString("broken_bookings"), LINES), read(rs.getString("sunk_costs"), AMOUNTS),
            rs.getObject("created_at", OffsetDateTime.class), rs.getString("created_by"));

    private final JdbcClient jdbc;

    LateChangeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void insert(long planId, long parentPlanId, long datasetId, int datasetVersion, LateChange.Kind kind,
            String document, List<String> report, List<String> brokenBookings, Map<String, BigDecimal> sunkCosts) {
        jdbc.sql("""
                insert into late_change (plan_id, parent_plan_id, dataset_id, dataset_version, kind, document, report,
                                         broken_bookings, sunk_costs, created_at, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(planId, parentPlanId, datasetId, datasetVersion, kind.name(), document, write(report),
                        write(brokenBookings), write(sunkCosts), OffsetDateTime.now(ZoneOffset.UTC),
                        OrganisationScope.actor().display())
                .update();
    }

    /** What made the plan, when it is a re-plan. */
    Optional<LateChange> find(long planId) {
        return jdbc.sql("select * from late_change where plan_id = ?").param(planId).query(ROW).optional();
    }

    /** What made a dataset version, when late changes or bookings did. */
    Optional<LateChange> forDatasetVersion(long datasetId, int version) {
        return jdbc.sql("select * from late_change where dataset_id = ? and dataset_version = ?")
                .params(datasetId, version).query(ROW).optional();
    }

    private static String write(Object value) {
        return CaravanJson.toJson(value);
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return CaravanJson.mapper().readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("A stored late change cannot be read back", e);
        }
    }
}
