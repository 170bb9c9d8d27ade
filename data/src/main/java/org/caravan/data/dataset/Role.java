package org.caravan.data.dataset;

public enum Role {
    DELEGATE, SPEAKER, VIP, STAFF, PRESS, ORGANISER;

    /** Roles the policy's star level protects. */
    public boolean isDistinguished() {
        return this == VIP || this == SPEAKER;
    }
}
