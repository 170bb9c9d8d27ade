package org.caravan.api.problem;

import org.caravan.api.config.RequestLanguage;
import org.caravan.data.text.Text;
import org.caravan.data.text.WrittenLanguage;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import java.net.URI;
import java.util.Arrays;
import java.util.Optional;

/**
 * Each kind of problem the API answers, with its own {@code type} URI, a fixed title and what a client does about
 * it, both in the catalogues ({@code problem.*}) so that a French page reads them in French. The URIs are relative
 * ({@code /problems/invalid-dataset}), so they resolve against the service that answered and each instance serves
 * the page that explains them ({@link ProblemTypePages}); docs/SERVICE.md lists them.
 */
public enum ProblemType {

    INVALID_DATASET(HttpStatus.BAD_REQUEST, "problem.invalidDataset.title", "problem.invalidDataset.explanation"),
    INVALID_SPREADSHEETS(HttpStatus.BAD_REQUEST, "problem.invalidSpreadsheets.title", "problem.invalidSpreadsheets.explanation"),
    INVALID_REQUEST(HttpStatus.BAD_REQUEST, "problem.invalidRequest.title", "problem.invalidRequest.explanation"),
    UNREADABLE_REQUEST(HttpStatus.BAD_REQUEST, "problem.unreadableRequest.title", "problem.unreadableRequest.explanation"),
    INVALID_PARAMETER(HttpStatus.BAD_REQUEST, "problem.invalidParameter.title", "problem.invalidParameter.explanation"),
    UNAUTHORIZED(HttpStatus.UNAUTHORIZED, "problem.unauthorized.title", "problem.unauthorized.explanation"),
    FORBIDDEN(HttpStatus.FORBIDDEN, "problem.forbidden.title", "problem.forbidden.explanation"),
    NOT_FOUND(HttpStatus.NOT_FOUND, "problem.notFound.title", "problem.notFound.explanation"),
    METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "problem.methodNotAllowed.title", "problem.methodNotAllowed.explanation"),
    NOT_ACCEPTABLE(HttpStatus.NOT_ACCEPTABLE, "problem.notAcceptable.title", "problem.notAcceptable.explanation"),
    CONFLICT(HttpStatus.CONFLICT, "problem.conflict.title", "problem.conflict.explanation"),
    PAYLOAD_TOO_LARGE(HttpStatus.PAYLOAD_TOO_LARGE, "problem.payloadTooLarge.title", "problem.payloadTooLarge.explanation"),
    UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "problem.unsupportedMediaType.title", "problem.unsupportedMediaType.explanation"),
    TOO_MANY_REQUESTS(HttpStatus.TOO_MANY_REQUESTS, "problem.tooManyRequests.title", "problem.tooManyRequests.explanation"),
    INTERNAL_ERROR(HttpStatus.INTERNAL_SERVER_ERROR, "problem.internalError.title", "problem.internalError.explanation"),
    SERVICE_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "problem.serviceUnavailable.title", "problem.serviceUnavailable.explanation");

    /** Where the pages that explain the types are served. */
    public static final String BASE = "/problems/";

    private final HttpStatus status;
    private final Text title;
    private final Text explanation;

    ProblemType(HttpStatus status, String titleKey, String explanationKey) {
        this.status = status;
        this.title = Text.of(titleKey);
        this.explanation = Text.of(explanationKey);
    }

    public HttpStatus status() {
        return status;
    }

    /** The fixed title in English, which also tells Spring's own problems apart ({@link #classify}). */
    public String title() {
        return title.english();
    }

    public String title(WrittenLanguage language) {
        return title.in(language);
    }

    public String explanation(WrittenLanguage language) {
        return explanation.in(language);
    }

    /** The last segment of the type URI: {@code invalid-dataset}. */
    public String slug() {
        return name().toLowerCase().replace('_', '-');
    }

    public URI uri() {
        return URI.create(BASE + slug());
    }

    /** A problem detail of this type with its fixed title, in the request's language, and this detail. */
    public ProblemDetail problem(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(uri());
        problem.setTitle(title(RequestLanguage.current()));
        return problem;
    }

    /** A problem detail of this type with its fixed title and this detail, both in the request's language. */
    public ProblemDetail problem(Text detail) {
        return problem(detail.in(RequestLanguage.current()));
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
                .filter(type -> type.status.value() == problem.getStatus() && type.title().equals(problem.getTitle()))
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
