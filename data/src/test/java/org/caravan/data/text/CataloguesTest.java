package org.caravan.data.text;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The two catalogues say the same things: the same keys, the same arguments in each sentence, no empty sentence;
 * and the code uses no key they lack, nor they a key no code uses (the sources of every module are scanned for
 * the keys' string literals).
 */
class CataloguesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)}");
    /** The first words of every key; a string literal in the code that starts so is a key. */
    private static final Pattern KEY_LITERAL = Pattern.compile(
            "\"((?:word|owner|of|kind|document|dataset|plan|reason|changes|problem|recommend|explain)\\.[A-Za-z0-9.]+)\"");
    /** A literal that names a file ("dataset.json"), not a sentence. */
    private static final Pattern FILE_NAME = Pattern.compile(".*\\.(json|csv|xlsx|pdf|txt|svg|html|zip)");
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    @Test
    void bothCataloguesHaveTheSameKeys() {
        assertThat(Catalogue.of(WrittenLanguage.FR).keys()).containsExactlyInAnyOrderElementsOf(Catalogue.of(WrittenLanguage.EN).keys());
    }

    @Test
    void eachSentenceHasTheSameArgumentsInBothLanguages() {
        for (String key : Catalogue.of(WrittenLanguage.EN).keys()) {
            assertThat(placeholders(Catalogue.of(WrittenLanguage.FR).sentence(key).orElse("")))
                    .as(key).isEqualTo(placeholders(Catalogue.of(WrittenLanguage.EN).sentence(key).orElseThrow()));
        }
    }

    @Test
    void noSentenceIsEmpty_andTheFrenchUsesTheTypographicApostropheLikeThePage() {
        for (WrittenLanguage language : WrittenLanguage.values()) {
            Catalogue catalogue = Catalogue.of(language);
            assertThat(catalogue.keys()).as("%s keys", language).isNotEmpty()
                    .allSatisfy(key -> assertThat(catalogue.sentence(key).orElseThrow()).as(key).isNotBlank());
        }
        Catalogue french = Catalogue.of(WrittenLanguage.FR);
        assertThat(french.keys()).allSatisfy(key -> assertThat(french.sentence(key).orElseThrow()).as(key).doesNotContain("'"));
    }

    @Test
    void everyKeyTheCodeNamesIsInTheCatalogues_andEveryKeyIsNamedByTheCode() {
        Set<String> named = keysNamedInSources();

        assertThat(named).as("keys found in the sources").hasSizeGreaterThan(100);
        assertThat(Catalogue.of(WrittenLanguage.EN).keys()).containsAll(named);
        assertThat(named).containsAll(Catalogue.of(WrittenLanguage.EN).keys());
    }

    @Test
    void everySentenceRendersInBothLanguagesWithItsArguments() {
        for (String key : Catalogue.of(WrittenLanguage.EN).keys()) {
            int count = placeholders(Catalogue.of(WrittenLanguage.EN).sentence(key).orElseThrow()).stream()
                    .mapToInt(Integer::parseInt).max().orElse(-1) + 1;
            Object[] arguments = new Object[count];
            for (int i = 0; i < count; i++) {
                arguments[i] = "«" + i + "»";
            }
            Text text = Text.of(key, arguments);
            for (WrittenLanguage language : WrittenLanguage.values()) {
                String written = text.in(language);
                assertThat(written).as("%s in %s", key, language).doesNotContain("{").doesNotContain("}");
                for (int i = 0; i < count; i++) {
                    assertThat(written).as("%s in %s", key, language).contains("«" + i + "»");
                }
            }
        }
    }

    @Test
    void aSentenceReadsInEachLanguage_withMoneyAndDatesAsTheLanguageWritesThem() {
        Text text = Text.of("dataset.event.daysReversed", LocalDate.of(2026, 3, 20), LocalDate.of(2026, 3, 22));

        assertThat(text.english()).isEqualTo("The event's last day (2026-03-20) is before its first day (2026-03-22).");
        assertThat(text.in(WrittenLanguage.FR))
                .isEqualTo("Le dernier jour de l’événement (20/03/2026) précède son premier jour (22/03/2026).");
        assertThat(new Amount(new BigDecimal("12345.5")).in(WrittenLanguage.EN)).isEqualTo("12345.5");
        assertThat(new Amount(new BigDecimal("12345.5")).in(WrittenLanguage.FR)).isEqualTo("12\u202f345,50");
        assertThat(new Amount(new BigDecimal("1500")).in(WrittenLanguage.FR)).isEqualTo("1\u202f500");
        assertThat(Text.of("dataset.window.reversed", Text.of("word.arrivalWindow"), LocalDateTime.of(2026, 3, 23, 22, 0),
                LocalDateTime.of(2026, 3, 22, 8, 0)).in(WrittenLanguage.FR))
                .isEqualTo("La période d’arrivée est vide : elle commence (23/03/2026 22:00) après sa fin (22/03/2026 08:00).");
    }

    @Test
    void aKeyTheEnglishCatalogueLacksFailsWhereItIsWritten() {
        assertThatThrownBy(() -> Text.of("dataset.noSuchSentence")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("dataset.noSuchSentence");
    }

    private static Set<String> placeholders(String sentence) {
        Matcher matcher = PLACEHOLDER.matcher(sentence);
        Set<String> found = new TreeSet<>();
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static Set<String> keysNamedInSources() {
        Set<String> keys = new TreeSet<>();
        for (String module : new String[] {"data", "solver", "api", "benchmarks"}) {
            Path sources = ROOT.resolve(module).resolve("src/main/java");
            if (!Files.isDirectory(sources)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(sources)) {
                for (Path file : files.filter(path -> path.toString().endsWith(".java")).collect(Collectors.toList())) {
                    Matcher matcher = KEY_LITERAL.matcher(Files.readString(file));
                    while (matcher.find()) {
                        if (!FILE_NAME.matcher(matcher.group(1)).matches()) {
                            keys.add(matcher.group(1));
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return keys;
    }
}
