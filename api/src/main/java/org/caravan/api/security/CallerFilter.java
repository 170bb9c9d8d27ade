package org.caravan.api.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * Finds out who is calling: a token in {@code Authorization: Bearer <secret>} (programs, Swagger UI), or the
 * session cookie of a signed-in page. A cookie is sent by the browser whatever page made the request, so a
 * cookie-authenticated request that changes something must also carry the session's CSRF token in
 * {@code X-CSRF-Token}, which only the page itself can read; a bearer token is no cookie and needs none.
 * Credentials that are there but do not work are refused at once rather than treated as none.
 */
final class CallerFilter extends OncePerRequestFilter {

    static final String SESSION_COOKIE = "caravan_session";
    static final String CSRF_HEADER = "X-CSRF-Token";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final Access access;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    CallerFilter(Access access) {
        this.access = access;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null) {
            if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
                ProblemResponses.unauthorized(request, response,
                        "Send a Caravan token as 'Authorization: Bearer <token>'.");
                return;
            }
            Optional<Caller> caller = access.authenticateToken(authorization.substring(7).strip());
            if (caller.isEmpty()) {
                ProblemResponses.unauthorized(request, response, "The token is unknown or was revoked.");
                return;
            }
            authenticate(caller.get());
        } else {
            Optional<Access.SignedIn> session = sessionCookie(request).flatMap(access::session);
            if (session.isPresent()) {
                if (needsCsrfToken(request)
                        && !Secrets.same(request.getHeader(CSRF_HEADER), session.get().csrfToken())) {
                    ProblemResponses.forbidden(request, response, "A signed-in page must send its " + CSRF_HEADER
                            + " header with every change; this request came without it (or from another site).");
                    return;
                }
                authenticate(session.get().caller());
            }
        }
        chain.doFilter(request, response);
    }

    private void authenticate(Caller caller) {
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(new CallerAuthentication(caller));
        contexts.setContext(context);
    }

    /** Every change but signing in, which replaces the session and is refused across sites by its JSON body. */
    private static boolean needsCsrfToken(HttpServletRequest request) {
        boolean signingIn = "POST".equals(request.getMethod()) && "/api/session".equals(request.getRequestURI());
        return !SAFE_METHODS.contains(request.getMethod()) && !signingIn;
    }

    static Optional<String> sessionCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? Optional.empty() : Arrays.stream(cookies)
                .filter(cookie -> SESSION_COOKIE.equals(cookie.getName())).map(Cookie::getValue).findFirst();
    }
}
