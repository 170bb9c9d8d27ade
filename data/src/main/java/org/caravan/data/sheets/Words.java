package org.caravan.data.sheets;

import org.caravan.data.validation.NearestName;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How a planner's words are compared: without accents, case, punctuation or stray spaces, so "Côte d’Ivoire",
 * "cote d'ivoire" and " COTE  D IVOIRE" are the same words; and which known words a typo was probably meant to be.
 */
final class Words {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\p{Punct}’‘“”«»–—·]+");
    /** Spaces a spreadsheet or a registration form leaves in a cell: non-breaking, narrow, zero-width. */
    private static final Pattern ODD_SPACES = Pattern.compile("[\\u00A0\\u2007\\u202F\\u2000-\\u200A\\u3000\\t]");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF]");
    private static final Pattern RUNS_OF_SPACES = Pattern.compile(" {2,}");

    private Words() {
    }

    /** The words alone: no accents, lower case, punctuation and runs of spaces turned into one space. */
    static String key(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String bare = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        return SEPARATORS.matcher(bare.replace("œ", "oe").replace("æ", "ae").replace("ß", "ss")).replaceAll(" ").strip();
    }

    /** A cell's text as a person meant it: odd spaces made plain, invisible ones dropped, trimmed, runs of spaces made one. */
    static String tidy(String text) {
        String plain = INVISIBLE.matcher(ODD_SPACES.matcher(text).replaceAll(" ")).replaceAll("");
        return RUNS_OF_SPACES.matcher(plain.strip()).replaceAll(" ");
    }

    /** Optimal string alignment distance (see {@link NearestName#distance}). */
    static int distance(String a, String b) {
        return NearestName.distance(a, b);
    }

    /** The typos we forgive in a suggestion: none in a two-letter code, one in a short word, two from eight letters on. */
    private static int tolerance(String key) {
        return key.length() <= 2 ? 0 : key.length() < 8 ? 1 : 2;
    }

    /** A known word and what it stands for, such as the key "burkina faso" for the country BF. */
    record Entry<T>(String key, T value) {
    }

    /**
     * What {@code typed} was probably meant to be, best first, at most {@code limit} distinct values: a known word
     * within a typo or two, one that begins with it ("Burkina" for Burkina Faso), or one it is a whole word of
     * ("solidarity" for Sahel Solidarity). Empty when nothing is close; then the planner is told what is expected instead.
     */
    static <T> List<T> suggestions(String typed, Collection<Entry<T>> known, int limit) {
        String key = key(typed);
        if (key.isEmpty()) {
            return List.of();
        }
        record Scored<T>(T value, int score) {
        }
        List<Scored<T>> scored = new ArrayList<>();
        for (Entry<T> entry : known) {
            String candidate = entry.key();
            if (candidate.isEmpty()) {
                continue;
            }
            int typos = distance(key, candidate);
            if (typos <= tolerance(key)) {
                scored.add(new Scored<>(entry.value(), typos));
            } else if (key.length() >= 3 && (candidate.startsWith(key + " ") || key.startsWith(candidate + " "))) {
                scored.add(new Scored<>(entry.value(), 3));
            } else if (key.length() >= 4 && candidate.startsWith(key)) {
                scored.add(new Scored<>(entry.value(), 4));
            } else if (key.length() >= 4 && (" " + candidate + " ").contains(" " + key + " ")) {
                scored.add(new Scored<>(entry.value(), 5));
            }
        }
        scored.sort(Comparator.comparingInt(Scored::score));
        Set<T> values = new LinkedHashSet<>();
        int best = scored.isEmpty() ? 0 : scored.get(0).score();
        for (Scored<T> candidate : scored) {
            if (values.size() == limit || candidate.score() > best + 1) {
                break;
            }
            values.add(candidate.value());
        }
        return List.copyOf(values);
    }

    /** "A", "A or B", "A, B or C". */
    static String orList(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " or " + items.get(items.size() - 1);
    }
}
