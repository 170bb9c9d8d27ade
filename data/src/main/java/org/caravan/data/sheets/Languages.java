package org.caravan.data.sheets;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Languages as datasets name them: the ISO 639-1 code where there is one, else the ISO 639-3 code (mos, dyu, mey),
 * with English and French names from the JDK's locale data (Unicode CLDR), three-letter codes of languages that
 * have a two-letter one (fra, ara), and the spellings planners of our region use.
 */
final class Languages {

    private static final String OTHER_WORDS = """
            mos: mooré, moore, mossi, more
            dyu: dioula, jula, djoula
            dje: zarma, djerma, zarma sonrai
            tmh: tamasheq, tamachek, tamacheq, tamajaq, touareg, tuareg
            mey: hassaniya, hassanya, hassania, hassaniyya
            ff: peul, pular, pulaar, fulfulde, fula
            zgh: amazigh, tamazight, amazighe
            ary: darija, arabe dialectal marocain
            ar: arabe littéraire, arabic standard
            mn: khalkha, mongol khalkha
            """;

    static final Lexicon LEXICON = build();

    private Languages() {
    }

    private static Lexicon build() {
        Lexicon lexicon = new Lexicon();
        Map<String, String> twoLetterByName = new HashMap<>();
        for (String code : Locale.getISOLanguages()) {
            Locale language = new Locale(code);
            lexicon.add(code, language.getDisplayLanguage(Locale.ENGLISH), language.getDisplayLanguage(Locale.FRENCH));
            twoLetterByName.put(language.getDisplayLanguage(Locale.ENGLISH), code);
            lexicon.word(code, language.getISO3Language());
        }
        // The JDK names the three-letter languages it knows; the others come back as their own code.
        for (char a = 'a'; a <= 'z'; a++) {
            for (char b = 'a'; b <= 'z'; b++) {
                for (char c = 'a'; c <= 'z'; c++) {
                    String code = new String(new char[] {a, b, c});
                    Locale language = new Locale(code);
                    String englishName = language.getDisplayLanguage(Locale.ENGLISH);
                    if (englishName.equals(code)) {
                        continue;
                    }
                    String twin = twoLetterByName.get(englishName);
                    if (twin != null) {
                        lexicon.word(twin, code);
                    } else {
                        lexicon.add(code, englishName, language.getDisplayLanguage(Locale.FRENCH));
                    }
                }
            }
        }
        lexicon.add("mey", "Hassaniya Arabic", "arabe hassanya");
        OTHER_WORDS.lines().forEach(line -> {
            String code = line.substring(0, line.indexOf(':')).strip();
            for (String word : line.substring(line.indexOf(':') + 1).split(",")) {
                lexicon.word(code, word);
            }
        });
        return lexicon;
    }
}
