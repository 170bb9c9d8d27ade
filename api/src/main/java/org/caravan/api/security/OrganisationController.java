package org.caravan.api.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.List;

/**
 * Organisations (made by the instance administrator) and, within the caller's own organisation, its members,
 * tokens and audit trail (its owners'). "Your organisation" is always the caller's: no path names another one.
 */
@RestController
@Tag(name = "Organisations", description = "Organisations, their members and tokens, and their audit trail.")
public class OrganisationController {

    private final Access access;
    private final AuditTrail audit;

    OrganisationController(Access access, AuditTrail audit) {
        this.access = access;
        this.audit = audit;
    }

    @PostMapping(path = "/api/organisations", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "createOrganisation", summary = "Create an organisation (the instance administrator)",
            description = "Answers with the organisation and the token of its first owner, whose secret is shown "
                    + "this once.")
    @ApiResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = NewOrganisation.class)))
    @ApiResponse(responseCode = "400", description = "No name", content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    public ResponseEntity<NewOrganisation> create(@Valid @RequestBody Requests.NewOrganisationRequest request) {
        NewOrganisation created = access.createOrganisation(request.name());
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/organisations/{id}").buildAndExpand(created.organisation().id()).toUri()).body(created);
    }

    @GetMapping(path = "/api/organisations", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Every organisation (the instance administrator)")
    @ApiResponse(responseCode = "200", content = @Content(array = @ArraySchema(schema = @Schema(implementation = OrganisationView.class))))
    public List<OrganisationView> organisations() {
        return access.organisations();
    }

    @GetMapping(path = "/api/organisation", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Your organisation")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = OrganisationView.class)))
    public OrganisationView mine() {
        return access.organisation(OrganisationScope.organisation());
    }

    @GetMapping(path = "/api/organisation/members", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Your organisation's members (owners)")
    @ApiResponse(responseCode = "200", content = @Content(array = @ArraySchema(schema = @Schema(implementation = MemberView.class))))
    public List<MemberView> members() {
        return access.members(OrganisationScope.organisation());
    }

    @PostMapping(path = "/api/organisation/members", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Audited("MEMBER_ADDED")
    @Operation(summary = "Add a member who signs in to the planner's page (owners)",
            description = "Without a password, Caravan chooses one and shows it this once. Passwords have at least "
                    + Requests.MIN_PASSWORD + " characters.")
    @ApiResponse(responseCode = "201", description = "Added", content = @Content(schema = @Schema(implementation = NewMember.class)))
    @ApiResponse(responseCode = "400", description = "Invalid username, role or password", content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(responseCode = "409", description = "The username is taken", content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    public ResponseEntity<NewMember> addMember(@Valid @RequestBody Requests.NewMemberRequest request) {
        NewMember added = access.addMember(OrganisationScope.organisation(), request.username(), request.role(),
                request.password());
        return ResponseEntity.status(HttpStatus.CREATED).body(added);
    }

    @DeleteMapping("/api/organisation/members/{memberId}")
    @Audited("MEMBER_REMOVED")
    @Operation(summary = "Remove a member (owners); their sessions end at once")
    @ApiResponse(responseCode = "204", description = "Removed")
    @ApiResponse(responseCode = "404", description = "Your organisation has no such member", content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    public ResponseEntity<Void> removeMember(@PathVariable long memberId) {
        access.removeMember(OrganisationScope.organisation(), memberId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping(path = "/api/organisation/tokens", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Your organisation's tokens, with when each was last used (owners); never their secrets")
    @ApiResponse(responseCode = "200", content = @Content(array = @ArraySchema(schema = @Schema(implementation = TokenView.class))))
    public List<TokenView> tokens() {
        return access.tokens(OrganisationScope.organisation());
    }

    @PostMapping(path = "/api/organisation/tokens", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Audited("TOKEN_CREATED")
    @Operation(summary = "Make a token for a program (owners)",
            description = "The answer holds the token's secret, shown this once: Caravan keeps only its hash.")
    @ApiResponse(responseCode = "201", description = "Made", content = @Content(schema = @Schema(implementation = IssuedToken.class)))
    @ApiResponse(responseCode = "400", description = "No name, or a role outside OWNER, PLANNER, VIEWER", content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    public ResponseEntity<IssuedToken> issueToken(@Valid @RequestBody Requests.NewTokenRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(access.issueToken(OrganisationScope.organisation(), request.name(), request.role()));
    }

    @DeleteMapping(path = "/api/organisation/tokens/{tokenId}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Audited("TOKEN_REVOKED")
    @Operation(summary = "Revoke a token (owners): it stops working at once")
    @ApiResponse(responseCode = "200", description = "Revoked", content = @Content(schema = @Schema(implementation = TokenView.class)))
    @ApiResponse(responseCode = "404", description = "Your organisation has no such token", content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    public TokenView revokeToken(@PathVariable long tokenId) {
        return access.revokeToken(OrganisationScope.organisation(), tokenId);
    }

    @GetMapping(path = "/api/organisation/audit", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Your organisation's audit trail, newest first (owners)",
            description = "Who did what, when: uploads, new versions, solves, stops, deletions, erasures, exports of "
                    + "personal data, members, tokens, sign-ins and refused requests.")
    @ApiResponse(responseCode = "200", content = @Content(array = @ArraySchema(schema = @Schema(implementation = AuditEntry.class))))
    public List<AuditEntry> audit(
            @Parameter(description = "How many entries") @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit,
            @Parameter(description = "Only entries older than this id (the next page)") @RequestParam(required = false) Long before) {
        return audit.list(OrganisationScope.organisation(), limit, before);
    }
}
