package org.caravan.api.security;

/** An organisation just created, with the token of its first owner (its secret shown once). */
public record NewOrganisation(OrganisationView organisation, IssuedToken ownerToken) {
}
