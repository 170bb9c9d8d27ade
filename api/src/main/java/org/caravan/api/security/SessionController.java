package org.caravan.api.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.caravan.api.config.CaravanProperties;
import org.caravan.api.problem.BadRequestException;
import org.caravan.api.problem.UnauthorizedException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;

/**
 * Signing in to the planner's page with a username and password: a session cookie (HttpOnly, SameSite=Strict)
 * and a CSRF token the page sends back on every change. Programs use tokens instead and need none of this.
 */
@RestController
@RequestMapping(path = "/api/session", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Session", description = "Who you are; signing the planner's page in and out.")
public class SessionController {

    private final Access access;
    private final boolean secureCookie;

    SessionController(Access access, CaravanProperties properties) {
        this.access = access;
        this.secureCookie = properties.security().secureCookie();
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @SecurityRequirements
    @Operation(summary = "Sign in with a username and password",
            description = "Opens a session: the answer sets the session cookie and carries the CSRF token to send as "
                    + "X-CSRF-Token on every request that changes something.")
    @ApiResponse(responseCode = "200", description = "Signed in", content = @Content(schema = @Schema(implementation = SessionView.class)))
    @ApiResponse(responseCode = "401", description = "Unknown username or wrong password", content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(responseCode = "429", description = "Too many failed sign-ins for this username lately", content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    public ResponseEntity<SessionView> signIn(@Valid @RequestBody Requests.SignInRequest request) {
        Access.SignedIn signedIn = access.signIn(request.username().strip(), request.password())
                .orElseThrow(() -> new UnauthorizedException("The username or the password is wrong."));
        return ResponseEntity.ok().header(HttpHeaders.SET_COOKIE, cookie(signedIn.secret(), signedIn.lifetime()))
                .body(view(signedIn.caller(), signedIn.csrfToken()));
    }

    @GetMapping
    @Operation(summary = "Who you are: your organisation, role and name")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SessionView.class)))
    public SessionView whoAmI(HttpServletRequest request) {
        String csrf = CallerFilter.sessionCookie(request).flatMap(access::session).map(Access.SignedIn::csrfToken)
                .orElse(null);
        return view(OrganisationScope.caller().orElseThrow(), request.getHeader(HttpHeaders.AUTHORIZATION) == null ? csrf : null);
    }

    @DeleteMapping
    @Operation(summary = "Sign out: the session ends on every instance")
    @ApiResponse(responseCode = "204", description = "Signed out")
    public ResponseEntity<Void> signOut(HttpServletRequest request) {
        CallerFilter.sessionCookie(request).ifPresent(access::signOut);
        return ResponseEntity.status(HttpStatus.NO_CONTENT).header(HttpHeaders.SET_COOKIE, cookie("", Duration.ZERO))
                .build();
    }

    @PutMapping(path = "/password", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Audited("PASSWORD_CHANGED")
    @Operation(summary = "Change your password (signed-in members)",
            description = "Every session of yours ends, this one included: sign in again with the new password.")
    @ApiResponse(responseCode = "204", description = "Changed")
    @ApiResponse(responseCode = "400", description = "Wrong current password, or a new one under 12 characters", content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    public ResponseEntity<Void> changePassword(@Valid @RequestBody Requests.PasswordChangeRequest request) {
        Actor actor = OrganisationScope.actor();
        if (actor.kind() != Actor.Kind.MEMBER) {
            throw new BadRequestException("$", "Only a signed-in member has a password; tokens have none.");
        }
        access.changePassword(actor.id(), request.currentPassword(), request.newPassword());
        return ResponseEntity.status(HttpStatus.NO_CONTENT).header(HttpHeaders.SET_COOKIE, cookie("", Duration.ZERO))
                .build();
    }

    private SessionView view(Caller caller, String csrf) {
        String organisation = caller.organisationId() == null ? null : access.organisation(caller.organisationId()).name();
        return new SessionView(caller.organisationId(), organisation, caller.role(), caller.actor().display(), csrf);
    }

    private String cookie(String value, Duration maxAge) {
        return ResponseCookie.from(CallerFilter.SESSION_COOKIE, value).httpOnly(true).secure(secureCookie)
                .sameSite("Strict").path("/").maxAge(maxAge).build().toString();
    }
}
