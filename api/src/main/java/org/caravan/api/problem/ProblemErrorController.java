package org.caravan.api.problem;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The errors that reach the servlet container's error page instead of a handler (a request the security firewall
 * refuses, a filter's {@code sendError}) answered as problem details, like every other error, instead of Spring
 * Boot's own JSON.
 */
@RestController
@Hidden
class ProblemErrorController implements ErrorController {

    @RequestMapping(path = "${server.error.path:${error.path:/error}}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null ? HttpStatus.resolve(value)
                : HttpStatus.INTERNAL_SERVER_ERROR;
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setTitle(status.getReasonPhrase());
        problem.setDetail(status == HttpStatus.BAD_REQUEST
                ? "The request was refused before it reached an operation (a malformed path or header)."
                : status.is5xxServerError() ? "The request could not be served; the service log has the details."
                : status.getReasonPhrase() + ".");
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
