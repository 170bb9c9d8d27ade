package org.caravan.api.security;

import io.swagger.v3.oas.annotations.media.Schema;

/** Who the caller is: organisation, role and name, and for a signed-in page the token it sends back on changes. */
public record SessionView(Long organisationId, String organisation, Role role, String actor,
        @Schema(description = "For a signed-in page only: send it as the X-CSRF-Token header on every request that "
                + "changes something") String csrfToken) {
}
