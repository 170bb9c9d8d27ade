package org.caravan.data.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * The sentences of one language, read once from {@code messages_<language>.properties} and
 * {@code explanations_<language>.properties} (the sentences of the checker's and the explainer's matches) next to
 * this class (UTF-8).
 * A sentence marks its arguments {@code {0}}, {@code {1}}...; nothing else in it is special. That is why these are
 * not {@link java.text.MessageFormat} patterns: there every apostrophe quotes, and both languages are full of them
 * ("the event's", "l’aéroport"), while the formatting that does depend on the language (money, dates) is done by
 * the arguments' types ({@link Text}).
 */
public final class Catalogue {

    /** The bundles of one language, read before the catalogues below; a key may be in one of them only. */
    private static final List<String> BUNDLES = List.of("messages", "explanations");

    static final Catalogue ENGLISH = read(WrittenLanguage.EN);
    static final Catalogue FRENCH = read(WrittenLanguage.FR);

    private final WrittenLanguage language;
    private final Map<String, String> sentences;

    private Catalogue(WrittenLanguage language, Map<String, String> sentences) {
        this.language = language;
        this.sentences = sentences;
    }

    public static Catalogue of(WrittenLanguage language) {
        return language == WrittenLanguage.FR ? FRENCH : ENGLISH;
    }

    public WrittenLanguage language() {
        return language;
    }

    public Set<String> keys() {
        return sentences.keySet();
    }

    public Optional<String> sentence(String key) {
        return Optional.ofNullable(sentences.get(key));
    }

    boolean has(String key) {
        return sentences.containsKey(key);
    }

    private static Catalogue read(WrittenLanguage language) {
        Map<String, String> sentences = new TreeMap<>();
        for (String bundle : BUNDLES) {
            String name = bundle + "_" + language.name().toLowerCase(java.util.Locale.ROOT) + ".properties";
            try (InputStream in = Catalogue.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("The catalogue " + name + " is missing from the classpath.");
                }
                Properties properties = new Properties();
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                properties.forEach((key, value) -> {
                    if (sentences.put((String) key, (String) value) != null) {
                        throw new IllegalStateException("The sentence " + key + " of " + name + " is in another catalogue too.");
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException("The catalogue " + name + " cannot be read.", e);
            }
        }
        return new Catalogue(language, java.util.Collections.unmodifiableMap(sentences));
    }
}
