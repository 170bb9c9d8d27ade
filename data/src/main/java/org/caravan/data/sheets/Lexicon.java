package org.caravan.data.sheets;

import org.caravan.data.text.WrittenLanguage;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Codes and the words planners write for them (names in English and French, other spellings), looked up by
 * {@link Words#key}: "Sénégal", "senegal" and "SN" all find SN. A word that names two codes finds neither; it is
 * offered as a suggestion instead.
 */
final class Lexicon {

    private final Map<String, String> codeByKey = new LinkedHashMap<>();
    private final Set<String> ambiguous = new HashSet<>();
    private final Map<String, String> english = new LinkedHashMap<>();
    private final Map<String, String> french = new LinkedHashMap<>();
    private final List<Words.Entry<String>> entries = new ArrayList<>();

    /** A code with its names; the first name given for a language is the one displayed. */
    void add(String code, String englishName, String frenchName) {
        english.putIfAbsent(code, englishName);
        french.putIfAbsent(code, frenchName);
        word(code, code);
        word(code, englishName);
        word(code, frenchName);
    }

    /** Another word for a code already added (a spelling, a demonym, an older code). */
    void word(String code, String word) {
        String key = Words.key(word);
        if (key.isEmpty()) {
            return;
        }
        String known = codeByKey.putIfAbsent(key, code);
        if (known != null && !known.equals(code)) {
            ambiguous.add(key);
        }
        entries.add(new Words.Entry<>(key, code));
    }

    boolean knows(String code) {
        return english.containsKey(code);
    }

    /** The code a planner's word stands for, when exactly one does. */
    Optional<String> find(String word) {
        String key = Words.key(word);
        if (ambiguous.contains(key)) {
            return Optional.empty();
        }
        return Optional.ofNullable(codeByKey.get(key));
    }

    /** Codes the word may have been meant for, best first (a word naming several codes suggests each). */
    List<String> suggest(String word) {
        return Words.suggestions(word, entries, 3);
    }

    /** "Burkina Faso (BF)" in the sheet's language. */
    String display(String code, WrittenLanguage language) {
        String name = (language == WrittenLanguage.FR ? french : english).getOrDefault(code, code);
        return name.equalsIgnoreCase(code) ? code : name + " (" + code + ")";
    }

    String name(String code, WrittenLanguage language) {
        return (language == WrittenLanguage.FR ? french : english).getOrDefault(code, code);
    }
}
