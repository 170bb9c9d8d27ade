package org.caravan.api.security;

import io.swagger.v3.oas.annotations.media.Schema;

/** A member just added, with the password Caravan chose when the request gave none (shown once). */
public record NewMember(MemberView member,
        @Schema(description = "The first password, when Caravan chose it; absent when the request gave one") String password) {
}
