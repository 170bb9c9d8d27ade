package org.caravan.api.security;

import jakarta.servlet.DispatcherType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Who may call what. Everything under {@code /api} needs a caller (401 without one), except signing in; reading
 * needs a viewer, every other method a planner (403 below), members and tokens an owner, organisations the
 * administrator. Which organisation's objects a caller sees is not decided here but in the stores' look-ups
 * ({@link OrganisationScope}). The page, its scripts, Swagger UI and the OpenAPI document are public: they hold no
 * data, and every request they make carries the caller's credentials.
 */
@Configuration
public class SecurityConfig {

    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
            + "style-src 'self' 'unsafe-inline'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; "
            + "form-action 'self'";

    @Bean
    SecurityFilterChain caravanSecurity(HttpSecurity http, Access access, AuditTrail audit) throws Exception {
        http
                .csrf(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(new CallerFilter(access), AnonymousAuthenticationFilter.class)
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> ProblemResponses.unauthorized(request,
                                response, "Sign in, or send a token as 'Authorization: Bearer <token>'."))
                        .accessDeniedHandler(new DeniedRequests(audit)))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ASYNC, DispatcherType.ERROR).permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/session").permitAll()
                        .requestMatchers("/api/session", "/api/session/**").authenticated()
                        .requestMatchers("/api/organisations", "/api/organisations/**").hasRole(Role.ADMINISTRATOR.name())
                        .requestMatchers(HttpMethod.GET, "/api/organisation").hasRole(Role.VIEWER.name())
                        .requestMatchers("/api/organisation/**").hasRole(Role.OWNER.name())
                        .requestMatchers(HttpMethod.GET, "/api/**").hasRole(Role.VIEWER.name())
                        .requestMatchers(HttpMethod.HEAD, "/api/**").hasRole(Role.VIEWER.name())
                        .requestMatchers("/api/**").hasRole(Role.PLANNER.name())
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/actuator/metrics", "/actuator/metrics/**", "/actuator/prometheus")
                                .hasRole(Role.ADMINISTRATOR.name())
                        .requestMatchers("/actuator/**").denyAll()
                        .anyRequest().permitAll());
        return http.build();
    }

    /** Within an organisation each role includes the ones below it. */
    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix()
                .role(Role.OWNER.name()).implies(Role.PLANNER.name())
                .role(Role.PLANNER.name()).implies(Role.VIEWER.name())
                .build();
    }

    /** Keeps Spring Boot from making a default user with a generated password: callers are members and tokens. */
    @Bean
    UserDetailsService noDefaultUser() {
        return new InMemoryUserDetailsManager();
    }
}
