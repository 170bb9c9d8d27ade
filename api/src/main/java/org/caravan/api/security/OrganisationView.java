package org.caravan.api.security;

import java.time.OffsetDateTime;

/** An organisation: its id and name, and when it was created. */
public record OrganisationView(long id, String name, OffsetDateTime createdAt) {
}
