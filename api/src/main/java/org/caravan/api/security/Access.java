package org.caravan.api.security;

import org.caravan.api.config.CaravanProperties;
import org.caravan.api.problem.BadRequestException;
import org.caravan.api.problem.ConflictException;
import org.caravan.api.problem.NotFoundException;
import org.caravan.api.problem.TooManyRequestsException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Organisations, their members and tokens, and how a caller proves who they are: a token's secret, or a signed-in
 * session's cookie. Passwords are kept under a slow salted hash (bcrypt through Spring Security's delegating encoder,
 * whose prefix lets the algorithm be raised later); token and session secrets under SHA-256.
 */
@Service
public class Access {

    /** A token's last-used time is written at most this often, so busy clients do not write on every request. */
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);
    /** Signing in as one username fails at once after this many wrong passwords within {@link #FAILURE_WINDOW}. */
    private static final int MAX_FAILURES = 10;
    private static final Duration FAILURE_WINDOW = Duration.ofMinutes(15);
    static final String TOKEN_PREFIX = "cvn_";

    private final AccessStore store;
    private final AuditTrail audit;
    private final PasswordEncoder passwords = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    /** Compared against when the username is unknown, so an unknown name takes as long as a wrong password. */
    private final String decoyHash = passwords.encode(Secrets.newPassword());
    private final Duration idleTimeout;
    private final Duration lifetime;
    private final Map<Long, OffsetDateTime> touched = new ConcurrentHashMap<>();
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    Access(AccessStore store, AuditTrail audit, CaravanProperties properties) {
        this.store = store;
        this.audit = audit;
        this.idleTimeout = properties.security().sessionIdleTimeout();
        this.lifetime = properties.security().sessionLifetime();
    }

    // Organisations (the administrator)

    @Transactional
    public NewOrganisation createOrganisation(String name) {
        long id = store.insertOrganisation(name.strip());
        IssuedToken owner = issue(id, "first owner", Role.OWNER);
        audit.record(id, OrganisationScope.actor(), "ORGANISATION_CREATED", "organisation " + id, 201,
                "with the first owner token #" + owner.id());
        return new NewOrganisation(store.organisation(id).orElseThrow(), owner);
    }

    public List<OrganisationView> organisations() {
        return store.organisations();
    }

    public OrganisationView organisation(long id) {
        return store.organisation(id).orElseThrow(() -> new NotFoundException("organisationId",
                "There is no organisation with id " + id + "."));
    }

    // Tokens (an organisation's owners)

    @Transactional
    public IssuedToken issueToken(long organisationId, String name, Role role) {
        requireOrganisationRole(role);
        return issue(organisationId, name.strip(), role);
    }

    private IssuedToken issue(Long organisationId, String name, Role role) {
        String secret = Secrets.newSecret(TOKEN_PREFIX);
        long id = store.insertToken(organisationId, role, name, Secrets.hash(secret), OrganisationScope.actor().display());
        return new IssuedToken(id, name, role, secret);
    }

    public List<TokenView> tokens(long organisationId) {
        return store.tokens(organisationId).stream().map(TokenView::of).toList();
    }

    public TokenView revokeToken(long organisationId, long tokenId) {
        store.token(tokenId).filter(found -> Long.valueOf(organisationId).equals(found.organisationId()))
                .orElseThrow(() -> new NotFoundException("tokenId", "Your organisation has no token with id " + tokenId + "."));
        store.revokeToken(organisationId, tokenId);
        return TokenView.of(store.token(tokenId).orElseThrow());
    }

    /** Replaces the administrator's token: every earlier one stops working. Returns the new secret. */
    @Transactional
    public String renewAdministratorToken() {
        store.revokeAdministratorTokens();
        return OrganisationScope.asService(() -> issue(null, "administrator", Role.ADMINISTRATOR)).secret();
    }

    /** The caller a token's secret stands for, if it is a token that works; records when it was last used. */
    public Optional<Caller> authenticateToken(String secret) {
        if (secret == null || !secret.startsWith(TOKEN_PREFIX)) {
            return Optional.empty();
        }
        return store.activeToken(Secrets.hash(secret)).map(token -> {
            touch(token.id());
            return new Caller(token.organisationId(), token.role(), new Actor(Actor.Kind.TOKEN, token.id(), token.name()));
        });
    }

    private void touch(long tokenId) {
        OffsetDateTime now = AccessStore.now();
        OffsetDateTime last = touched.get(tokenId);
        if (last == null || last.plus(TOUCH_EVERY).isBefore(now)) {
            touched.put(tokenId, now);
            store.touchToken(tokenId, now);
        }
    }

    // Members (an organisation's owners)

    @Transactional
    public NewMember addMember(long organisationId, String username, Role role, String password) {
        requireOrganisationRole(role);
        String chosen = password == null ? Secrets.newPassword() : password;
        try {
            long id = store.insertMember(organisationId, username, passwords.encode(chosen), role,
                    OrganisationScope.actor().display());
            return new NewMember(MemberView.of(store.member(id).orElseThrow()), password == null ? chosen : null);
        } catch (DuplicateKeyException e) {
            throw new ConflictException("The username '" + username + "' is taken; choose another.");
        }
    }

    public List<MemberView> members(long organisationId) {
        return store.members(organisationId).stream().map(MemberView::of).toList();
    }

    @Transactional
    public void removeMember(long organisationId, long memberId) {
        if (!store.deleteMember(organisationId, memberId)) {
            throw new NotFoundException("memberId", "Your organisation has no member with id " + memberId + ".");
        }
    }

    // Signing in (the planner's page)

    /** A signed-in session: the cookie's secret, who it is, and the CSRF token the page sends back. */
    public record SignedIn(String secret, Caller caller, String csrfToken, Duration lifetime) {
    }

    /**
     * Checks a username and password and opens a session; empty when they do not match. After too many failures for
     * one username the password is not even checked until the window has passed.
     */
    @Transactional
    public Optional<SignedIn> signIn(String username, String password) {
        Failures failed = failures.get(username);
        if (failed != null && failed.blocks(AccessStore.now())) {
            throw new TooManyRequestsException("Too many failed sign-ins for this username; wait "
                    + FAILURE_WINDOW.toMinutes() + " minutes.");
        }
        Optional<AccessStore.Member> member = store.memberNamed(username);
        boolean matches = passwords.matches(password, member.map(AccessStore.Member::passwordHash).orElse(decoyHash));
        if (member.isEmpty() || !matches) {
            // Only known usernames are counted: guessing unknown ones gains nothing and must not fill the memory.
            member.ifPresent(known -> {
                failures.merge(username, Failures.first(AccessStore.now()), (before, now) -> before.plusOne(now.since()));
                audit.record(known.organisationId(), memberActor(known), "SIGN_IN_FAILED", "member " + known.id(), 401,
                        "wrong password");
            });
            return Optional.empty();
        }
        failures.remove(username);
        AccessStore.Member known = member.get();
        store.deleteExpiredSessions(AccessStore.now());
        String secret = Secrets.newSecret("");
        String csrf = Secrets.newSecret("");
        store.insertSession(Secrets.hash(secret), known.id(), csrf, AccessStore.now().plus(lifetime));
        audit.record(known.organisationId(), memberActor(known), "SIGNED_IN", "member " + known.id(), 200, null);
        return Optional.of(new SignedIn(secret, callerOf(known), csrf, lifetime));
    }

    /** Who a session cookie's secret stands for, with the session's CSRF token, if the session is still open. */
    public Optional<SignedIn> session(String secret) {
        if (secret == null || secret.isBlank()) {
            return Optional.empty();
        }
        OffsetDateTime now = AccessStore.now();
        return store.session(Secrets.hash(secret), now).filter(session -> {
            if (session.lastSeenAt().plus(idleTimeout).isBefore(now)) {
                store.deleteSession(session.secretHash());
                return false;
            }
            if (session.lastSeenAt().plus(TOUCH_EVERY).isBefore(now)) {
                store.touchSession(session.secretHash(), now);
            }
            return true;
        }).map(session -> new SignedIn(secret, callerOf(session.member()), session.csrfToken(),
                Duration.between(now, session.expiresAt())));
    }

    public void signOut(String secret) {
        if (secret != null) {
            store.deleteSession(Secrets.hash(secret));
        }
    }

    /** Changes a member's password; every session of theirs ends (this request signs in anew). */
    @Transactional
    public void changePassword(long memberId, String current, String next) {
        AccessStore.Member member = store.member(memberId).orElseThrow(() -> new NotFoundException("memberId",
                "There is no such member."));
        if (!passwords.matches(current, member.passwordHash())) {
            throw new BadRequestException("$.currentPassword", "is not your current password");
        }
        store.setPassword(memberId, passwords.encode(next));
        store.deleteSessions(memberId);
    }

    // The first start

    /** The first organisation's first owner, with a password Caravan chooses; empty when a start did it already. */
    @Transactional
    public Optional<FirstMember> createFirstMember(String username) {
        if (!store.claimSetupStep("first-member")) {
            return Optional.empty();
        }
        long organisationId = store.firstOrganisation();
        NewMember member = OrganisationScope.asService(() -> addMember(organisationId, username, Role.OWNER, null));
        return Optional.of(new FirstMember(store.organisation(organisationId).orElseThrow(), member.member().username(),
                member.password()));
    }

    /** The instance administrator's first token; empty when a start (or another instance) made it already. */
    @Transactional
    public Optional<String> createAdministrator() {
        if (!store.claimSetupStep("administrator")) {
            return Optional.empty();
        }
        return Optional.of(OrganisationScope.asService(() -> issue(null, "administrator", Role.ADMINISTRATOR)).secret());
    }

    /** The first organisation's first owner as made at the first start. */
    public record FirstMember(OrganisationView organisation, String username, String password) {
    }

    public long firstOrganisation() {
        return store.firstOrganisation();
    }

    private static Caller callerOf(AccessStore.Member member) {
        return new Caller(member.organisationId(), member.role(), memberActor(member));
    }

    private static Actor memberActor(AccessStore.Member member) {
        return new Actor(Actor.Kind.MEMBER, member.id(), member.username());
    }

    private static void requireOrganisationRole(Role role) {
        if (!role.inOrganisation()) {
            throw new BadRequestException("$.role", "must be OWNER, PLANNER or VIEWER");
        }
    }

    /** Wrong passwords for one username within the window. */
    private record Failures(int count, OffsetDateTime since) {

        static Failures first(OffsetDateTime now) {
            return new Failures(1, now);
        }

        Failures plusOne(OffsetDateTime now) {
            return since.plus(FAILURE_WINDOW).isBefore(now) ? first(now) : new Failures(count + 1, since);
        }

        boolean blocks(OffsetDateTime now) {
            return count >= MAX_FAILURES && since.plus(FAILURE_WINDOW).isAfter(now);
        }
    }
}
