package org.caravan.api.security;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The one place that says which organisation's objects the current caller may see. The stores' look-ups (datasets
 * in {@code Datasets}, plans in {@code PlanStore}) ask it for every object they return, so whatever reaches its
 * objects through them (results, explanations, event streams, and features that link their rows to a dataset or a
 * plan) answers another organisation's object as if it did not exist.
 *
 * <p>The caller is the authenticated request's, or the one a thread of the service acts as ({@link #asService},
 * {@link #actingFor}). A thread with neither sees nothing: the default is to refuse.
 */
public final class OrganisationScope {

    private static final ThreadLocal<Caller> ACTING = new ThreadLocal<>();

    private OrganisationScope() {
    }

    /** The current caller, if any. */
    public static Optional<Caller> caller() {
        Caller acting = ACTING.get();
        if (acting != null) {
            return Optional.of(acting);
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof Caller caller
                ? Optional.of(caller) : Optional.empty();
    }

    /** Whether the current caller may see an object of this organisation: a member of it, or the service. */
    public static boolean sees(long organisationId) {
        return caller().map(caller -> caller.isService()
                || caller.organisationId() != null && caller.organisationId() == organisationId).orElse(false);
    }

    /** Passes when the caller sees the organisation's objects; else throws what the caller would get for none. */
    public static void require(long organisationId, Supplier<? extends RuntimeException> notFound) {
        if (!sees(organisationId)) {
            throw notFound.get();
        }
    }

    /**
     * The organisation whose objects a listing shows: the caller's, or null for the service (every organisation).
     * Refused for a caller without an organisation.
     */
    public static Long listed() {
        Caller caller = caller().orElseThrow(() -> new AccessDeniedException("No caller"));
        if (caller.isService()) {
            return null;
        }
        if (caller.organisationId() == null) {
            throw new AccessDeniedException("The administrator sees no organisation's data");
        }
        return caller.organisationId();
    }

    /** The organisation that new objects belong to: the caller's. Refused for a caller without one. */
    public static long organisation() {
        return caller().map(Caller::organisationId)
                .orElseThrow(() -> new AccessDeniedException("Only a member of an organisation can store data"));
    }

    /** Who is acting, for the audit trail and version histories. */
    public static Actor actor() {
        return caller().map(Caller::actor).orElse(Actor.SERVICE);
    }

    /** Runs work of the service itself (a solve worker, an event stream), which sees every organisation. */
    public static <T> T asService(Supplier<T> work) {
        return acting(Caller.SERVICE, work);
    }

    public static void asService(Runnable work) {
        acting(Caller.SERVICE, () -> {
            work.run();
            return null;
        });
    }

    /** Runs work of the service on behalf of one organisation (the sample loaded into the first one). */
    public static <T> T actingFor(long organisationId, Supplier<T> work) {
        return acting(new Caller(organisationId, Role.PLANNER, Actor.SERVICE), work);
    }

    private static <T> T acting(Caller caller, Supplier<T> work) {
        Caller before = ACTING.get();
        ACTING.set(caller);
        try {
            return work.get();
        } finally {
            if (before == null) {
                ACTING.remove();
            } else {
                ACTING.set(before);
            }
        }
    }
}
