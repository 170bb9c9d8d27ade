package org.caravan.api.security;

/**
 * Who acted, as the audit trail and the version histories record it: a member who signed in, a token, or the
 * service itself (a worker, the first start). {@code id} is the member's or token's id, null for the service.
 */
public record Actor(Kind kind, Long id, String name) {

    public enum Kind {
        MEMBER,
        TOKEN,
        SERVICE
    }

    static final Actor SERVICE = new Actor(Kind.SERVICE, null, "Caravan");

    /** How the actor is shown: "member amina", "token ci-uploads (#4)", "Caravan". */
    public String display() {
        return switch (kind) {
            case MEMBER -> "member " + name;
            case TOKEN -> "token " + name + " (#" + id + ")";
            case SERVICE -> name;
        };
    }
}
