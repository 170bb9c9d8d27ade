package org.caravan.data.text;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A sentence for a planner, written in the language asked for. Most are a {@link Message}: a key of the catalogues
 * ({@link Catalogue}) with its arguments, so the same problem reads in English on the command line and in French on
 * the page. Arguments are rendered by type: a {@code Text} in the same language, an {@link Amount} and a date or
 * date-time as the language writes them, anything else as it is (ids, codes, values quoted from a file).
 */
public sealed interface Text permits Text.Message, Text.Verbatim, Text.Joined {

    /** The sentence in this language. */
    String in(WrittenLanguage language);

    /** The sentence in English, the language of the JSON fields, the logs and the command line. */
    default String english() {
        return in(WrittenLanguage.EN);
    }

    /**
     * The catalogues' sentence {@code key} with its arguments for {@code {0}}, {@code {1}}...
     *
     * @throws IllegalArgumentException when the English catalogue has no such key, so a misspelt key fails where it is
     *     written rather than on a planner's screen
     */
    static Text of(String key, @Nullable Object... arguments) {
        return new Message(key, Arrays.asList(arguments));
    }

    /** Words that exist in one wording only, such as a library's own error message, shown as they are in every language. */
    static Text verbatim(String words) {
        return new Verbatim(words);
    }

    /** The parts in a row, each in the language asked for, with {@code separator} between them ("; "). */
    static Text join(String separator, List<? extends Text> parts) {
        return new Joined(separator, List.copyOf(parts));
    }

    /** A sentence of the catalogues; arguments may be null (rendered "null", as a file's missing value is quoted). */
    record Message(String key, List<@Nullable Object> arguments) implements Text {

        private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)}");
        private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        private static final DateTimeFormatter FRENCH_DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

        public Message {
            if (!Catalogue.ENGLISH.has(key)) {
                throw new IllegalArgumentException("The English catalogue has no sentence " + key + ".");
            }
            arguments = Collections.unmodifiableList(new ArrayList<>(arguments));
        }

        @Override
        public String in(WrittenLanguage language) {
            String template = Catalogue.of(language).sentence(key).orElseGet(() -> Catalogue.ENGLISH.sentence(key).orElseThrow());
            Matcher placeholder = PLACEHOLDER.matcher(template);
            StringBuilder out = new StringBuilder();
            while (placeholder.find()) {
                int index = Integer.parseInt(placeholder.group(1));
                if (index >= arguments.size()) {
                    throw new IllegalStateException("The sentence " + key + " has {" + index + "} but "
                            + arguments.size() + " argument(s).");
                }
                placeholder.appendReplacement(out, Matcher.quoteReplacement(render(arguments.get(index), language)));
            }
            placeholder.appendTail(out);
            return out.toString();
        }

        private static String render(@Nullable Object argument, WrittenLanguage language) {
            if (argument instanceof Text text) {
                return text.in(language);
            }
            if (argument instanceof Amount amount) {
                return amount.in(language);
            }
            if (argument instanceof LocalDateTime dateTime) {
                return language == WrittenLanguage.FR ? dateTime.format(FRENCH_DATE_TIME) : dateTime.toString();
            }
            if (argument instanceof LocalDate date) {
                return language == WrittenLanguage.FR ? date.format(FRENCH_DATE) : date.toString();
            }
            return String.valueOf(argument);
        }
    }

    /** Words shown as they are. */
    record Verbatim(String words) implements Text {
        @Override
        public String in(WrittenLanguage language) {
            return words;
        }
    }

    /** Parts in a row. */
    record Joined(String separator, List<Text> parts) implements Text {
        @Override
        public String in(WrittenLanguage language) {
            return parts.stream().map(part -> part.in(language)).collect(Collectors.joining(separator));
        }
    }
}
