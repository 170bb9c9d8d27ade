package org.caravan.api.problem;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import java.net.URI;
import java.util.Arrays;
import java.util.Optional;

/**
 * Each kind of problem the API answers, with its own {@code type} URI, a fixed title and what a client does about
 * it. The URIs are relative ({@code /problems/invalid-dataset}), so they resolve against the service that answered
 * and each instance serves the page that explains them ({@link ProblemTypePages}); docs/SERVICE.md lists them.
 */
public enum ProblemType {

    INVALID_DATASET(HttpStatus.BAD_REQUEST, "Invalid dataset",
            "The dataset (or a new version of it) has problems; `issues` lists every one with its JSON path. Fix them all and send it again."),
    INVALID_SPREADSHEETS(HttpStatus.BAD_REQUEST, "Invalid spreadsheets",
            "The spreadsheets have problems; `issues` names each one's sheet, row and column. Nothing was imported."),
    INVALID_REQUEST(HttpStatus.BAD_REQUEST, "Invalid request",
            "A value of the request is wrong; `issues` lists every one with its JSON path or parameter."),
    UNREADABLE_REQUEST(HttpStatus.BAD_REQUEST, "Unreadable request body",
            "The body is not JSON of the expected shape (or the multipart form is malformed); `issues` says where reading stopped."),
    INVALID_PARAMETER(HttpStatus.BAD_REQUEST, "Invalid parameter",
            "A path variable or query parameter has the wrong form: ids are plain digits, enums one of the listed values."),
    UNAUTHORIZED(HttpStatus.UNAUTHORIZED, "Unauthorized",
            "No credentials, or a token that is unknown or revoked: send `Authorization: Bearer <token>` or sign in."),
    FORBIDDEN(HttpStatus.FORBIDDEN, "Forbidden",
            "The caller's role does not allow this (a viewer changing something, a planner managing members)."),
    NOT_FOUND(HttpStatus.NOT_FOUND, "Not found",
            "No such object in the caller's organisation; `field` names the path variable or field that named it."),
    METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "Method Not Allowed",
            "The path exists, but not with this HTTP method; the Allow header lists those it has."),
    NOT_ACCEPTABLE(HttpStatus.NOT_ACCEPTABLE, "Not Acceptable",
            "The Accept header asks for a media type this operation does not produce."),
    CONFLICT(HttpStatus.CONFLICT, "Conflict",
            "The object's state does not allow this now (a dataset with a running solve, a plan already stopped); the detail says what to do first."),
    PAYLOAD_TOO_LARGE(HttpStatus.PAYLOAD_TOO_LARGE, "Payload Too Large",
            "The body is larger than caravan.max-upload-size."),
    UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported Media Type",
            "The Content-Type is not one this operation reads (application/json, or multipart/form-data with a boundary where a file is uploaded)."),
    TOO_MANY_REQUESTS(HttpStatus.TOO_MANY_REQUESTS, "Too Many Requests",
            "Too many attempts (signing in) or too much work queued; wait and try again."),
    INTERNAL_ERROR(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
            "Something failed that should not; the service log has the details under the `reference` given."),
    SERVICE_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "Service Unavailable",
            "The service is starting or stopping; try again shortly.");

    /** Where the pages that explain the types are served. */
    public static final String BASE = "/problems/";

    private final HttpStatus status;
    private final String title;
    private final String explanation;

    ProblemType(HttpStatus status, String title, String explanation) {
        this.status = status;
        this.title = title;
        this.explanation = explanation;
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String explanation() {
        return explanation;
    }

    /** The last segment of the type URI: {@code invalid-dataset}. */
    public String slug() {
        return name().toLowerCase().replace('_', '-');
    }

    public URI uri() {
        return URI.create(BASE + slug());
    }

    /** A problem detail of this type with its fixed title and this detail. */
    public ProblemDetail problem(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(uri());
        problem.setTitle(title);
        return problem;
    }

    public static Optional<ProblemType> ofSlug(String slug) {
        return Arrays.stream(values()).filter(type -> type.slug().equals(slug)).findFirst();
    }

    /** The type URI of a problem of this status and title that a filter writes itself (not through the handlers). */
    public static URI classify(HttpStatus status, String title) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setTitle(title);
        return classify(problem).map(ProblemType::uri).orElse(URI.create("about:blank"));
    }

    /**
     * The type of a problem detail made without one (Spring's own, another handler's): the type with its status and
     * title, else the one type of its status whose title is the status phrase.
     */
    static Optional<ProblemType> classify(ProblemDetail problem) {
        Optional<ProblemType> titled = Arrays.stream(values())
                .filter(type -> type.status.value() == problem.getStatus() && type.title.equals(problem.getTitle()))
                .findFirst();
        if (titled.isPresent()) {
            return titled;
        }
        if (problem.getStatus() == HttpStatus.BAD_REQUEST.value()) {
            return Optional.of(INVALID_REQUEST);
        }
        return Arrays.stream(values()).filter(type -> type.status.value() == problem.getStatus()).findFirst();
    }
}
