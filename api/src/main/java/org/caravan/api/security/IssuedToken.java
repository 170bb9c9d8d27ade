package org.caravan.api.security;

import io.swagger.v3.oas.annotations.media.Schema;

/** A token just made, with its secret: the only time the secret is shown. */
public record IssuedToken(long id, String name, Role role,
        @Schema(description = "Send it as `Authorization: Bearer <secret>`. Shown once: Caravan keeps only its hash.")
        String secret) {
}
