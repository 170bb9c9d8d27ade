package org.caravan.api.security;

/**
 * Who is asking, once authenticated: a member or token of an organisation with its role, or the instance
 * administrator (no organisation). The service itself acts as {@link #SERVICE} on its own threads.
 */
public record Caller(Long organisationId, Role role, Actor actor) {

    /** The service on its own threads (solve workers, event streams, the first start): it sees every organisation. */
    static final Caller SERVICE = new Caller(null, null, Actor.SERVICE);

    public Caller {
        if (actor == null) {
            throw new IllegalArgumentException("A caller needs an actor");
        }
        if (role != null && role.inOrganisation() != (organisationId != null)) {
            throw new IllegalArgumentException("The role " + role + " does not go with organisation " + organisationId);
        }
    }

    /** The service itself: no organisation and no role, only ever made here. */
    boolean isService() {
        return organisationId == null && role == null;
    }
}
