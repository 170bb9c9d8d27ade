package org.caravan.data.validation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.caravan.data.text.Text;
import org.caravan.data.text.WrittenLanguage;
import org.jspecify.annotations.Nullable;

import java.util.Objects;

/**
 * One problem in a dataset: where it is, as a JSON path such as {@code $.participants[3].homeAirports[0]},
 * and what is wrong, in words a planner understands. {@code message} is the English sentence (the JSON field, the
 * command line, the logs); {@code text} is the same sentence in a form that {@link #in} writes in another language.
 * Both path and message are bounded ({@link #MAX_PATH}, {@link #MAX_MESSAGE}) and cut with "…", so that a problem
 * quoting a huge value stays small.
 */
public record ValidationIssue(String path, String message, @JsonIgnore Text text) {

    public static final int MAX_PATH = 200;
    public static final int MAX_MESSAGE = 600;

    public ValidationIssue {
        path = cut(path, MAX_PATH);
        message = cut(message, MAX_MESSAGE);
    }

    /** A problem whose sentence is in the catalogues, so it can be read in every language. */
    public ValidationIssue(String path, Text text) {
        this(path, text.english(), text);
    }

    /** A problem in one wording only (a library's message, a sentence not in the catalogues yet): the same in every language. */
    @JsonCreator
    public ValidationIssue(@JsonProperty("path") String path, @JsonProperty("message") String message) {
        this(path, message, Text.verbatim(message));
    }

    /** The same problem, its message written in this language. */
    public ValidationIssue in(WrittenLanguage language) {
        return new ValidationIssue(path, text.in(language), text);
    }

    /** Two problems are the same when they say the same in English at the same place: the text is only how other languages say it. */
    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof ValidationIssue that && path.equals(that.path) && message.equals(that.message);
    }

    @Override
    public int hashCode() {
        return Objects.hash(path, message);
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
