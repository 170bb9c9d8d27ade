package org.caravan.api.security;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** Organisations, their members, tokens and signed-in sessions, as stored. Secrets are stored as hashes only. */
@Repository
class AccessStore {

    private static final String TOKENS = """
            select id, organisation_id, role, name, created_at, created_by, last_used_at, revoked_at from api_token""";
    private static final String MEMBERS = """
            select id, organisation_id, username, password_hash, role, created_at, created_by from member""";

    private static final RowMapper<Token> TOKEN = (rs, row) -> new Token(rs.getLong("id"),
            rs.getObject("organisation_id", Long.class), Role.valueOf(rs.getString("role")), rs.getString("name"),
            rs.getObject("created_at", OffsetDateTime.class), rs.getString("created_by"),
            rs.getObject("last_used_at", OffsetDateTime.class), rs.getObject("revoked_at", OffsetDateTime.class));
    private static final RowMapper<Member> MEMBER = (rs, row) -> new Member(rs.getLong("id"),
            rs.getLong("organisation_id"), rs.getString("username"), rs.getString("password_hash"),
            Role.valueOf(rs.getString("role")), rs.getObject("created_at", OffsetDateTime.class),
            rs.getString("created_by"));

    private final JdbcClient jdbc;

    AccessStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored token, without its secret. organisationId is null for the administrator's. */
    record Token(long id, Long organisationId, Role role, String name, OffsetDateTime createdAt, String createdBy,
            OffsetDateTime lastUsedAt, OffsetDateTime revokedAt) {
    }

    /** A stored member, with the hash of their password. */
    record Member(long id, long organisationId, String username, String passwordHash, Role role,
            OffsetDateTime createdAt, String createdBy) {
    }

    /** A signed-in session with its member. */
    record Session(String secretHash, Member member, String csrfToken, OffsetDateTime lastSeenAt,
            OffsetDateTime expiresAt) {
    }

    // Organisations

    long insertOrganisation(String name) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into organisation (name, created_at) values (?, ?)").params(name, now()).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    Optional<OrganisationView> organisation(long id) {
        return jdbc.sql("select id, name, created_at from organisation where id = ?").param(id)
                .query(OrganisationView.class).optional();
    }

    List<OrganisationView> organisations() {
        return jdbc.sql("select id, name, created_at from organisation order by id").query(OrganisationView.class).list();
    }

    /** The first organisation: the one that holds what was stored before organisations, and the sample. */
    long firstOrganisation() {
        return jdbc.sql("select min(id) from organisation").query(Long.class).single();
    }

    // Tokens

    long insertToken(Long organisationId, Role role, String name, String secretHash, String createdBy) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into api_token (organisation_id, role, name, secret_hash, created_at, created_by)
                values (?, ?, ?, ?, ?, ?)""")
                .params(organisationId, role.name(), name, secretHash, now(), createdBy).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** The token with this secret hash, unless it was revoked. */
    Optional<Token> activeToken(String secretHash) {
        return jdbc.sql(TOKENS + " where secret_hash = ? and revoked_at is null").param(secretHash).query(TOKEN)
                .optional();
    }

    Optional<Token> token(long id) {
        return jdbc.sql(TOKENS + " where id = ?").param(id).query(TOKEN).optional();
    }

    List<Token> tokens(long organisationId) {
        return jdbc.sql(TOKENS + " where organisation_id = ? order by id").param(organisationId).query(TOKEN).list();
    }

    /** Revokes a token of the organisation; false when it has no such token, or it was revoked already. */
    boolean revokeToken(long organisationId, long id) {
        return jdbc.sql("update api_token set revoked_at = ? where id = ? and organisation_id = ? and revoked_at is null")
                .params(now(), id, organisationId).update() > 0;
    }

    /** Revokes every administrator token (a new one replaces them). */
    int revokeAdministratorTokens() {
        return jdbc.sql("update api_token set revoked_at = ? where organisation_id is null and revoked_at is null")
                .param(now()).update();
    }

    void touchToken(long id, OffsetDateTime at) {
        jdbc.sql("update api_token set last_used_at = ? where id = ?").params(at, id).update();
    }

    // Members

    long insertMember(long organisationId, String username, String passwordHash, Role role, String createdBy) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into member (organisation_id, username, password_hash, role, created_at, created_by)
                values (?, ?, ?, ?, ?, ?)""")
                .params(organisationId, username, passwordHash, role.name(), now(), createdBy).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    Optional<Member> memberNamed(String username) {
        return jdbc.sql(MEMBERS + " where username = ?").param(username).query(MEMBER).optional();
    }

    Optional<Member> member(long id) {
        return jdbc.sql(MEMBERS + " where id = ?").param(id).query(MEMBER).optional();
    }

    List<Member> members(long organisationId) {
        return jdbc.sql(MEMBERS + " where organisation_id = ? order by id").param(organisationId).query(MEMBER).list();
    }

    /** Removes a member of the organisation with their sessions; false when it has no such member. */
    boolean deleteMember(long organisationId, long id) {
        return jdbc.sql("delete from member where id = ? and organisation_id = ?").params(id, organisationId).update() > 0;
    }

    void setPassword(long memberId, String passwordHash) {
        jdbc.sql("update member set password_hash = ? where id = ?").params(passwordHash, memberId).update();
    }

    // Sessions

    void insertSession(String secretHash, long memberId, String csrfToken, OffsetDateTime expiresAt) {
        OffsetDateTime now = now();
        jdbc.sql("""
                insert into web_session (secret_hash, member_id, csrf_token, created_at, last_seen_at, expires_at)
                values (?, ?, ?, ?, ?, ?)""").params(secretHash, memberId, csrfToken, now, now, expiresAt).update();
    }

    /** The session with this secret hash and its member, if it has not expired. */
    Optional<Session> session(String secretHash, OffsetDateTime now) {
        return jdbc.sql("""
                select s.secret_hash, s.csrf_token, s.last_seen_at, s.expires_at, m.id, m.organisation_id, m.username,
                       m.password_hash, m.role, m.created_at, m.created_by
                from web_session s join member m on m.id = s.member_id
                where s.secret_hash = ? and s.expires_at > ?""")
                .params(secretHash, now)
                .query((rs, row) -> new Session(rs.getString("secret_hash"), MEMBER.mapRow(rs, row),
                        rs.getString("csrf_token"), rs.getObject("last_seen_at", OffsetDateTime.class),
                        rs.getObject("expires_at", OffsetDateTime.class)))
                .optional();
    }

    void touchSession(String secretHash, OffsetDateTime at) {
        jdbc.sql("update web_session set last_seen_at = ? where secret_hash = ?").params(at, secretHash).update();
    }

    void deleteSession(String secretHash) {
        jdbc.sql("delete from web_session where secret_hash = ?").param(secretHash).update();
    }

    /** Ends every session of a member (their password changed, or they were removed). */
    void deleteSessions(long memberId) {
        jdbc.sql("delete from web_session where member_id = ?").param(memberId).update();
    }

    void deleteExpiredSessions(OffsetDateTime now) {
        jdbc.sql("delete from web_session where expires_at <= ?").param(now).update();
    }

    // First start

    /** Records a one-time step of the first start; false when another start (or instance) did it already. */
    boolean claimSetupStep(String step) {
        try {
            jdbc.sql("insert into instance_setup (step, done_at) values (?, ?)").params(step, now()).update();
            return true;
        } catch (org.springframework.dao.DuplicateKeyException e) {
            return false;
        }
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
