package org.caravan.api.problem;

import org.caravan.api.config.RequestLanguage;
import org.caravan.data.text.WrittenLanguage;
import org.caravan.data.validation.InputLimits;
import org.caravan.data.validation.ValidationIssue;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.lang.Nullable;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every problem detail the API writes, whoever made it (these handlers, Spring's own, another controller advice),
 * gets its {@link ProblemType} and stays small: its detail is cut with "…", at most {@link InputLimits#MAX_ISSUES}
 * issues are listed ({@code issuesLeftOut} counts the rest), and a 400 without issues gets one naming the request.
 * Its issues are written in the request's language ({@link RequestLanguage}), which {@code Content-Language} names.
 */
@RestControllerAdvice
class ProblemBodies implements ResponseBodyAdvice<Object> {

    static final int MAX_DETAIL = 1_000;
    private static final URI BLANK = URI.create("about:blank");

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public @Nullable Object beforeBodyWrite(@Nullable Object body, MethodParameter returnType, MediaType contentType,
            Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request, ServerHttpResponse response) {
        if (body instanceof ProblemDetail problem) {
            WrittenLanguage language = RequestLanguage.current();
            bound(problem, language);
            response.getHeaders().set(HttpHeaders.CONTENT_LANGUAGE, language.locale().getLanguage());
        }
        return body;
    }

    /** Bounds the problem and writes its title (for Spring's own problems) and its issues in this language. */
    static ProblemDetail bound(ProblemDetail problem, WrittenLanguage language) {
        if (problem.getType() == null || BLANK.equals(problem.getType())) {
            ProblemType.classify(problem).ifPresent(type -> {
                problem.setType(type.uri());
                problem.setTitle(type.title(language));
            });
        }
        if (problem.getDetail() != null && problem.getDetail().length() > MAX_DETAIL) {
            problem.setDetail(problem.getDetail().substring(0, MAX_DETAIL - 1) + "…");
        }
        Map<String, Object> properties = problem.getProperties();
        Object issues = properties == null ? null : properties.get("issues");
        if (issues instanceof List<?> list && list.size() > InputLimits.MAX_ISSUES) {
            problem.setProperty("issues", new ArrayList<>(list.subList(0, InputLimits.MAX_ISSUES)));
            problem.setProperty("issuesLeftOut", list.size() - InputLimits.MAX_ISSUES);
        }
        if (problem.getProperties() != null && problem.getProperties().get("issues") instanceof List<?> list) {
            problem.setProperty("issues", list.stream()
                    .map(issue -> issue instanceof ValidationIssue validation ? validation.in(language) : issue).toList());
        }
        if (problem.getStatus() == 400 && issues == null) {
            problem.setProperty("issues", List.of(new ValidationIssue("$",
                    problem.getDetail() == null ? "The request is malformed." : problem.getDetail())));
        }
        return problem;
    }
}
