package org.caravan.api.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.caravan.api.solve.SolveState;
import org.caravan.data.dataset.Fund;
import org.caravan.data.dataset.Gender;
import org.caravan.data.dataset.Role;
import org.caravan.data.plan.NotBroughtReason;
import org.caravan.solver.rules.CaravanConstraints;
import org.caravan.data.rules.HardRule;
import org.caravan.data.rules.SoftRule;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page's texts (static/i18n/*.json): both languages say the same things with the same placeholders, every
 * text the scripts and the page name exists, every code the API can send (statuses, roles, genders, reasons why
 * someone was not brought, rule names) has a text, and no text is left over.
 */
class MessageBundlesTest {

    private static final Path STATIC = Path.of("src", "main", "resources", "static");
    private static final List<String> LANGUAGES = List.of("fr", "en");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
    /** A quoted key in a script: 'plan.roomingCsv'; module paths ('./card.js') do not match. */
    private static final Pattern QUOTED_KEY = Pattern.compile("'([a-z][A-Za-z]*(?:\\.[A-Za-z][A-Za-z-]*)+)'");
    private static final Pattern STATIC_KEY = Pattern.compile("data-i18n(?:-attr)?=\"([^\"]+)\"");

    /** Keys the scripts build from a code the API sends or a fixed list of their own, by prefix. */
    private static final Map<String, List<String>> BUILT_KEYS = Map.ofEntries(
            Map.entry("status.", Arrays.stream(SolveState.values()).map(Enum::name).toList()),
            Map.entry("role.", Arrays.stream(Role.values()).map(Enum::name).toList()),
            Map.entry("access.role.", Arrays.stream(org.caravan.api.security.Role.values()).map(Enum::name).toList()),
            Map.entry("gender.", Stream.concat(Arrays.stream(Gender.values()).map(Enum::name), Stream.of("none")).toList()),
            Map.entry("reason.", Arrays.stream(NotBroughtReason.Code.values()).map(Enum::name).toList()),
            Map.entry("rule.", ruleNames()),
            Map.entry("budget.payer.", List.of(Fund.GENERAL, Fund.SELF)),
            Map.entry("budget.kind.", List.of("flights", "rooms", "taxes", "visas")),
            Map.entry("plan.view.", List.of("rooming", "arrivals", "budget", "left-out")),
            Map.entry("badge.", List.of("hard", "hardHelp", "language", "languageHelp", "request", "requestHelp", "single",
                    "singleHelp", "accessible", "accessibleHelp")),
            Map.entry("path.", List.of("participants", "hotels", "rooms", "airports", "segments", "itineraries", "funds",
                    "visaRules", "participants.all", "hotels.all", "rooms.all", "airports.all", "segments.all",
                    "itineraries.all", "funds.all", "visaRules.all", "event", "budget", "flights", "policy")));

    private static List<String> ruleNames() {
        List<String> names = new ArrayList<>();
        Arrays.stream(HardRule.values()).map(HardRule::title).forEach(names::add);
        Arrays.stream(SoftRule.values()).map(SoftRule::title).forEach(names::add);
        names.add(CaravanConstraints.NOT_BROUGHT);
        names.addAll(CaravanConstraints.COSTS);
        return names;
    }

    private static Map<String, JsonNode> bundle(String language) {
        try {
            JsonNode root = new ObjectMapper().readTree(STATIC.resolve("i18n").resolve(language + ".json").toFile());
            Map<String, JsonNode> texts = new TreeMap<>();
            root.fields().forEachRemaining(entry -> texts.put(entry.getKey(), entry.getValue()));
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> placeholders(JsonNode text) {
        Set<String> names = new TreeSet<>();
        List<JsonNode> forms = new ArrayList<>();
        if (text.isObject()) {
            text.forEach(forms::add);
        } else {
            forms.add(text);
        }
        for (JsonNode form : forms) {
            Matcher matcher = PLACEHOLDER.matcher(form.asText());
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
        }
        return names;
    }

    private static Set<String> keysNamedBy(Path file, Pattern pattern) {
        try {
            Set<String> keys = new TreeSet<>();
            Matcher matcher = pattern.matcher(Files.readString(file));
            while (matcher.find()) {
                for (String part : matcher.group(1).split(";")) {
                    keys.add(part.contains(":") ? part.substring(part.indexOf(':') + 1).trim() : part.trim());
                }
            }
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every key the page's scripts and HTML name literally, with the namespaces the bundles use. */
    private static Set<String> namedKeys(Set<String> namespaces) throws IOException {
        Set<String> keys = new TreeSet<>(keysNamedBy(STATIC.resolve("index.html"), STATIC_KEY));
        try (Stream<Path> scripts = Files.walk(STATIC.resolve("js"))) {
            for (Path script : scripts.filter(file -> file.toString().endsWith(".js")).toList()) {
                keysNamedBy(script, QUOTED_KEY).stream()
                        .filter(key -> namespaces.contains(key.substring(0, key.indexOf('.'))))
                        .forEach(keys::add);
            }
        }
        return keys;
    }

    @Test
    void frenchAndEnglishHaveTheSameTextsWithTheSamePlaceholdersAndPluralForms() {
        Map<String, JsonNode> french = bundle("fr");
        Map<String, JsonNode> english = bundle("en");
        assertThat(french.keySet()).containsExactlyElementsOf(english.keySet());
        french.forEach((key, text) -> {
            JsonNode other = english.get(key);
            assertThat(text.isObject()).as("plural forms of %s", key).isEqualTo(other.isObject());
            if (text.isObject()) {
                assertThat(text.has("one") && text.has("other")).as("%s has one and other", key).isTrue();
                assertThat(other.has("one") && other.has("other")).as("%s has one and other", key).isTrue();
            }
            assertThat(placeholders(text)).as("placeholders of %s", key).isEqualTo(placeholders(other));
            assertThat(text.isObject() || !text.asText().isBlank()).as("%s is not empty", key).isTrue();
        });
    }

    @Test
    void everyTextThePageNamesOrTheApiCanSendExists() throws IOException {
        for (String language : LANGUAGES) {
            Map<String, JsonNode> texts = bundle(language);
            Set<String> namespaces = new TreeSet<>();
            texts.keySet().forEach(key -> namespaces.add(key.substring(0, key.indexOf('.'))));
            assertThat(texts.keySet()).as("texts named by the page in %s", language)
                    .containsAll(namedKeys(namespaces));
            BUILT_KEYS.forEach((prefix, suffixes) -> suffixes.forEach(suffix ->
                    assertThat(texts).as("%s in %s", prefix + suffix, language).containsKey(prefix + suffix)));
        }
    }

    @Test
    void noTextIsLeftOver() throws IOException {
        Map<String, JsonNode> texts = bundle("en");
        Set<String> namespaces = new TreeSet<>();
        texts.keySet().forEach(key -> namespaces.add(key.substring(0, key.indexOf('.'))));
        Set<String> used = namedKeys(namespaces);
        BUILT_KEYS.forEach((prefix, suffixes) -> suffixes.forEach(suffix -> used.add(prefix + suffix)));
        assertThat(texts.keySet()).as("texts nothing names").allMatch(used::contains);
    }
}
