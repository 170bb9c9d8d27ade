package org.caravan.api.security;

import java.time.OffsetDateTime;

/** A member of an organisation: who signs in to the planner's page, with which role. */
public record MemberView(long id, String username, Role role, OffsetDateTime createdAt, String createdBy) {

    static MemberView of(AccessStore.Member member) {
        return new MemberView(member.id(), member.username(), member.role(), member.createdAt(), member.createdBy());
    }
}
