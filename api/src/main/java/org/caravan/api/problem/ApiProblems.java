package org.caravan.api.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolationException;
import org.caravan.data.text.Text;
import org.caravan.data.validation.InputLimits;
import org.caravan.data.validation.InvalidDatasetException;
import org.caravan.data.validation.NearestName;
import org.caravan.data.validation.ValidationIssue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Turns every failure into an RFC 9457 problem detail ({@code application/problem+json}) that names the field at
 * fault; bad requests carry an {@code issues} array of {path, message}. Nothing unexpected leaks: an unforeseen
 * exception becomes a 500 with a reference to the log line, never a stack trace.
 */
@RestControllerAdvice
public class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiProblems.class);

    @ExceptionHandler(InvalidDatasetException.class)
    ResponseEntity<ProblemDetail> invalidDataset(InvalidDatasetException e) {
        return badRequest(ProblemType.INVALID_DATASET, Text.of("problem.detail.invalidDataset", e.issues().size()), e.issues());
    }

    @ExceptionHandler(BadRequestException.class)
    ResponseEntity<ProblemDetail> badRequest(BadRequestException e) {
        return badRequest(ProblemType.INVALID_REQUEST, e.getMessage(), e.issues());
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        ProblemDetail problem = ProblemType.NOT_FOUND.problem(e.getMessage());
        problem.setProperty("field", e.field());
        return problem(problem);
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<ProblemDetail> conflict(ConflictException e) {
        return titled(ProblemType.CONFLICT, e.getMessage());
    }

    /** Another request held the same dataset for longer than the database waits (a long delete, a busy database). */
    @ExceptionHandler(PessimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> busy(PessimisticLockingFailureException e) {
        return titled(ProblemType.CONFLICT, Text.of("problem.detail.busy"));
    }

    /** A delete or change that another stored object still refers to (a foreign key), which a later feature may add. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> stillReferred(DataIntegrityViolationException e) {
        LOG.warn("Refused a change that breaks a stored reference: {}", e.getMostSpecificCause().getClass().getSimpleName());
        return titled(ProblemType.CONFLICT, Text.of("problem.detail.stillReferred"));
    }

    @ExceptionHandler(UnauthorizedException.class)
    ResponseEntity<ProblemDetail> unauthorized(UnauthorizedException e) {
        return titled(ProblemType.UNAUTHORIZED, e.getMessage());
    }

    /** A caller whose role or kind does not allow what the handler was asked (the URL rules let it through). */
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden(AccessDeniedException e) {
        return titled(ProblemType.FORBIDDEN, e.getMessage());
    }

    @ExceptionHandler(TooManyRequestsException.class)
    ResponseEntity<ProblemDetail> tooMany(TooManyRequestsException e) {
        return titled(ProblemType.TOO_MANY_REQUESTS, e.getMessage());
    }

    @ExceptionHandler(PayloadTooLargeException.class)
    ResponseEntity<ProblemDetail> tooLarge(PayloadTooLargeException e) {
        return titled(ProblemType.PAYLOAD_TOO_LARGE, e.getMessage());
    }

    /** Constraint violations from method validation outside Spring MVC's own (e.g. a @Validated bean). */
    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> constraintViolations(ConstraintViolationException e) {
        List<ValidationIssue> issues = e.getConstraintViolations().stream()
                .map(violation -> new ValidationIssue(lastNode(violation.getPropertyPath().toString()), violation.getMessage()))
                .toList();
        return badRequest(ProblemType.INVALID_REQUEST, Text.of("problem.detail.request", issues.size()), issues);
    }

    private static String lastNode(String propertyPath) {
        int dot = propertyPath.lastIndexOf('.');
        return dot < 0 ? propertyPath : propertyPath.substring(dot + 1);
    }

    /** A multipart request the container cannot parse (no boundary, a truncated part). */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> malformedMultipart(MultipartException e) {
        return badRequest(ProblemType.UNREADABLE_REQUEST, Text.of("problem.detail.multipart"),
                List.of(new ValidationIssue("$", Text.of("problem.issue.multipart"))));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        String reference = UUID.randomUUID().toString();
        LOG.error("Unexpected error, reference {}", reference, e);
        ProblemDetail problem = ProblemType.INTERNAL_ERROR.problem(Text.of("problem.detail.unexpected", reference));
        problem.setProperty("reference", reference);
        return problem(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        PayloadTooLargeException tooLarge = causeOf(e, PayloadTooLargeException.class);
        if (tooLarge != null) {
            return asObject(tooLarge(tooLarge));
        }
        return asObject(badRequest(ProblemType.UNREADABLE_REQUEST, Text.of("problem.detail.unreadableBody"),
                List.of(issueOf(e))));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        String name = e instanceof MethodArgumentTypeMismatchException m ? m.getName() : e.getPropertyName();
        Text expected = e.getRequiredType() == null ? Text.of("problem.kind.anotherType") : describe(e.getRequiredType());
        return asObject(badRequest(ProblemType.INVALID_PARAMETER, Text.of("problem.detail.parameterType", name),
                List.of(new ValidationIssue(name, Text.of("problem.issue.isNot", InputLimits.echo(e.getValue()), expected)))));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        List<ValidationIssue> issues = e.getBindingResult().getFieldErrors().stream()
                .map(error -> new ValidationIssue("$." + error.getField(), error.getDefaultMessage()))
                .toList();
        return asObject(badRequest(ProblemType.INVALID_REQUEST, Text.of("problem.detail.requestBody", issues.size()), issues));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<ValidationIssue> issues = new ArrayList<>();
        e.getParameterValidationResults().forEach(result -> result.getResolvableErrors().forEach(error ->
                issues.add(new ValidationIssue(result.getMethodParameter().getParameterName(), error.getDefaultMessage()))));
        return asObject(badRequest(ProblemType.INVALID_REQUEST, Text.of("problem.detail.request", issues.size()), issues));
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemType.PAYLOAD_TOO_LARGE.problem(Text.of("problem.detail.uploadTooLarge"));
        return asObject(problem(problem));
    }

    /** Spring's own problems (405, 415, 404 for unknown paths...) keep their status, with the problem content type. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, @Nullable Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(e, body, headers, status, request);
        if (response == null || !(response.getBody() instanceof ProblemDetail)) {
            return response;
        }
        return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(response.getBody());
    }

    private static ResponseEntity<ProblemDetail> badRequest(ProblemType type, String detail, List<ValidationIssue> issues) {
        return badRequest(type, Text.verbatim(detail), issues);
    }

    private static ResponseEntity<ProblemDetail> badRequest(ProblemType type, Text detail, List<ValidationIssue> issues) {
        ProblemDetail problem = type.problem(detail);
        problem.setProperty("issues", issues);
        return problem(problem);
    }

    /** A problem detail of this type and detail, as problem+json. */
    private static ResponseEntity<ProblemDetail> titled(ProblemType type, String detail) {
        return problem(type.problem(detail));
    }

    private static ResponseEntity<ProblemDetail> titled(ProblemType type, Text detail) {
        return problem(type.problem(detail));
    }

    private static ResponseEntity<ProblemDetail> problem(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @SuppressWarnings("unchecked")
    private static ResponseEntity<Object> asObject(ResponseEntity<?> response) {
        return (ResponseEntity<Object>) response;
    }

    /** The Jackson failure behind an unreadable body, as an issue whose path names the field. */
    static ValidationIssue issueOf(HttpMessageNotReadableException e) {
        JsonParseException parse = causeOf(e, JsonParseException.class);
        if (parse != null) {
            var location = parse.getLocation();
            return new ValidationIssue("$", Text.of("problem.issue.malformedJson", location.getLineNr(), location.getColumnNr(),
                    parse.getOriginalMessage()));
        }
        JsonMappingException mapping = causeOf(e, JsonMappingException.class);
        if (mapping == null) {
            return new ValidationIssue("$", Text.of("problem.issue.noBody"));
        }
        String path = JsonPaths.of(mapping.getPath());
        if (mapping instanceof UnrecognizedPropertyException unknown) {
            List<String> known = unknown.getKnownPropertyIds().stream().map(String::valueOf).toList();
            String nearest = NearestName.of(unknown.getPropertyName(), known);
            return new ValidationIssue(path, nearest != null
                    ? Text.of("document.unknownField.nearest", unknown.getPropertyName(), nearest)
                    : Text.of("document.unknownField.known", unknown.getPropertyName(), String.join(", ", known)));
        }
        if (mapping instanceof InvalidFormatException format) {
            Class<?> target = format.getTargetType();
            return new ValidationIssue(path, Text.of("problem.issue.isNot", InputLimits.echo(format.getValue()), describe(target)));
        }
        if (mapping instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return new ValidationIssue(path, Text.of("document.expected", describe(mismatch.getTargetType())));
        }
        return new ValidationIssue(path, mapping.getOriginalMessage());
    }

    private static Text describe(Class<?> type) {
        if (type == null) {
            return Text.of("problem.kind.valid");
        }
        if (type.isEnum()) {
            return Text.of("kind.oneOf", Arrays.toString(type.getEnumConstants()));
        }
        if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class || type == double.class) {
            return Text.of("kind.number");
        }
        if (type == Boolean.class || type == boolean.class) {
            return Text.of("kind.boolean");
        }
        if (type == String.class) {
            return Text.of("problem.kind.string");
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return Text.of("problem.kind.array");
        }
        return Text.of("kind.objectOf", type.getSimpleName());
    }

    private static <T extends Throwable> T causeOf(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
