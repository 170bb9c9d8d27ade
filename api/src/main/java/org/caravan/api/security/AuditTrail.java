package org.caravan.api.security;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Who did what, when, per organisation: uploads, solves, stops, changes, deletions, exports of personal data,
 * erasures, members and tokens, sign-ins and refused requests. Written by the request that acted (see
 * {@link AuditInterceptor}) and by the access service; read by the organisation's owners.
 */
@Component
public class AuditTrail {

    private static final int MAX_TEXT = 2000;

    private final JdbcClient jdbc;

    AuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records what {@code actor} did in the organisation. */
    public void record(long organisationId, Actor actor, String action, String target, int outcome, String detail) {
        jdbc.sql("""
                insert into audit_event (organisation_id, at, actor_kind, actor_id, actor, action, target, outcome, detail)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(organisationId, OffsetDateTime.now(ZoneOffset.UTC), actor.kind().name(), actor.id(),
                        cut(actor.display(), 200), cut(action, 100), cut(target, 300), outcome, cut(detail, MAX_TEXT))
                .update();
    }

    /** The organisation's trail, newest first: at most {@code limit} entries older than {@code beforeId} (if given). */
    public List<AuditEntry> list(long organisationId, int limit, Long beforeId) {
        String older = beforeId == null ? "" : " and id < :before";
        return jdbc.sql("select id, at, actor_kind, actor_id, actor, action, target, outcome, detail from audit_event"
                        + " where organisation_id = :organisation" + older + " order by id desc limit :limit")
                .param("organisation", organisationId)
                .param("before", beforeId == null ? 0L : beforeId)
                .param("limit", limit)
                .query((rs, row) -> new AuditEntry(rs.getLong("id"), rs.getObject("at", OffsetDateTime.class),
                        Actor.Kind.valueOf(rs.getString("actor_kind")), rs.getObject("actor_id", Long.class),
                        rs.getString("actor"), rs.getString("action"), rs.getString("target"), rs.getInt("outcome"),
                        rs.getString("detail")))
                .list();
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
