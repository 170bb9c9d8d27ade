package org.caravan.api.security;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The bodies of the access endpoints. */
final class Requests {

    static final int MIN_PASSWORD = 12;

    private Requests() {
    }

    /** A new organisation. */
    record NewOrganisationRequest(@NotBlank @Size(max = 200) String name) {
    }

    /** A new token: what it is for, and its role in the organisation. */
    record NewTokenRequest(@NotBlank @Size(max = 200) @Schema(example = "nightly upload") String name,
            @NotNull @Schema(description = "OWNER, PLANNER or VIEWER") Role role) {
    }

    /** A new member; without a password, Caravan chooses one and shows it once. */
    record NewMemberRequest(
            @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._@-]+",
                    message = "letters, digits and . _ @ - only") @Schema(example = "amina") String username,
            @NotNull @Schema(description = "OWNER, PLANNER or VIEWER") Role role,
            @Size(min = MIN_PASSWORD, max = 200) String password) {
    }

    record SignInRequest(@NotBlank @Size(max = 100) String username, @NotBlank @Size(max = 200) String password) {
    }

    record PasswordChangeRequest(@NotBlank @Size(max = 200) String currentPassword,
            @NotBlank @Size(min = MIN_PASSWORD, max = 200) String newPassword) {
    }
}
