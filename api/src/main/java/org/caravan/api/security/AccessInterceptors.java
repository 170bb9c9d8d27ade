package org.caravan.api.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Two checks around every API request, so that endpoints added later are covered without anyone remembering:
 * before it, each path variable some {@link PathOwnership} knows is checked (404 for another organisation's object,
 * before the body is read); after it, a request that changed something, or read personal data, is written to the
 * caller's audit trail.
 */
@Configuration
class AccessInterceptors implements WebMvcConfigurer {

    private static final Logger LOG = LoggerFactory.getLogger(AccessInterceptors.class);
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private final Map<String, PathOwnership> owners;
    private final AuditTrail audit;

    AccessInterceptors(List<PathOwnership> owners, AuditTrail audit) {
        this.owners = owners.stream().collect(Collectors.toMap(PathOwnership::variable, owner -> owner));
        this.audit = audit;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new Ownership()).addPathPatterns("/api/**");
        registry.addInterceptor(new Trail()).addPathPatterns("/api/**");
    }

    private static Map<String, String> pathVariables(HttpServletRequest request) {
        @SuppressWarnings("unchecked")
        Map<String, String> variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        return variables == null ? Map.of() : variables;
    }

    private final class Ownership implements HandlerInterceptor {

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            if (request.getDispatcherType() == DispatcherType.REQUEST) {
                pathVariables(request).forEach((name, value) -> {
                    PathOwnership owner = owners.get(name);
                    if (owner != null) {
                        id(value).ifPresent(owner::requireVisible);
                    }
                });
            }
            return true;
        }
    }

    /** The id a path variable holds; empty for anything else, which the handler's own conversion refuses (400). */
    private static java.util.OptionalLong id(String value) {
        if (value.isEmpty() || value.length() > 18 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return java.util.OptionalLong.empty();
        }
        return java.util.OptionalLong.of(Long.parseLong(value));
    }

    private final class Trail implements HandlerInterceptor {

        @Override
        public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
                Exception failure) {
            if (request.getDispatcherType() != DispatcherType.REQUEST || !(handler instanceof HandlerMethod method)) {
                return;
            }
            int status = response.getStatus();
            Audited audited = method.getMethodAnnotation(Audited.class);
            boolean change = !READS.contains(request.getMethod());
            boolean personalRead = !change && audited != null && audited.personalData();
            if (status >= 400 || !(change || personalRead)) {
                return;
            }
            OrganisationScope.caller().filter(caller -> caller.organisationId() != null).ifPresent(caller -> {
                String route = (String) request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
                String action = audited != null && !audited.value().isEmpty() ? audited.value()
                        : personalRead ? "PERSONAL_DATA_EXPORTED" : request.getMethod() + " " + route;
                try {
                    audit.record(caller.organisationId(), caller.actor(), action, target(request, response), status,
                            request.getMethod() + " " + route);
                } catch (RuntimeException e) {
                    LOG.error("Could not write the audit trail entry {} of organisation {}: {}", action,
                            caller.organisationId(), e.toString());
                }
            });
        }

        /** The objects the request named, and the one it made (its Location): "datasetId=3, planId=12". */
        private static String target(HttpServletRequest request, HttpServletResponse response) {
            Map<String, String> named = new TreeMap<>(pathVariables(request));
            String location = response.getHeader(HttpHeaders.LOCATION);
            String made = location == null ? "" : (named.isEmpty() ? "" : ", ") + "made "
                    + location.replaceFirst("^[a-z]+://[^/]+", "");
            return named.entrySet().stream().map(entry -> entry.getKey() + "=" + entry.getValue())
                    .collect(Collectors.joining(", ")) + made;
        }
    }
}
