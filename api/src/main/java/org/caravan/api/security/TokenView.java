package org.caravan.api.security;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.OffsetDateTime;

/** A token as its organisation's owners see it: never its secret, which is shown once when it is made. */
public record TokenView(long id, String name, Role role, OffsetDateTime createdAt, String createdBy,
        @Schema(description = "When the token was last used (to the minute); absent if never") OffsetDateTime lastUsedAt,
        @Schema(description = "When it was revoked; absent while it works") OffsetDateTime revokedAt) {

    static TokenView of(AccessStore.Token token) {
        return new TokenView(token.id(), token.name(), token.role(), token.createdAt(), token.createdBy(),
                token.lastUsedAt(), token.revokedAt());
    }
}
