package org.caravan.api.security;

/**
 * What a caller may do. Within an organisation each role includes the ones below it: an owner manages members and
 * tokens and may do everything a planner may; a planner does everything on data and plans; a viewer reads and
 * downloads. The administrator of the instance creates organisations and sees none of their data.
 */
public enum Role {
    VIEWER,
    PLANNER,
    OWNER,
    ADMINISTRATOR;

    /** The Spring Security authority of this role. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** Whether this is a role within an organisation (what members and organisation tokens may have). */
    public boolean inOrganisation() {
        return this != ADMINISTRATOR;
    }
}
