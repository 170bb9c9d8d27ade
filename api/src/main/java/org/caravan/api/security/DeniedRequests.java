package org.caravan.api.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;

import java.io.IOException;

/** A caller whose role does not allow the request: 403, and a line in the organisation's audit trail. */
final class DeniedRequests implements AccessDeniedHandler {

    private final AuditTrail audit;

    DeniedRequests(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        OrganisationScope.caller().filter(caller -> caller.organisationId() != null).ifPresent(caller ->
                audit.record(caller.organisationId(), caller.actor(), "ACCESS_DENIED", null, 403,
                        request.getMethod() + " " + request.getRequestURI()));
        String role = OrganisationScope.caller().map(caller -> caller.role().name().toLowerCase()).orElse("caller");
        ProblemResponses.forbidden(request, response, "A " + role + " may not do this: "
                + (role.equals("viewer") ? "viewers read and download; ask an owner for the planner role."
                : "it needs another role."));
    }
}
