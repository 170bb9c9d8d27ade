package org.caravan.data.sheets;

import java.util.Locale;
import java.util.MissingResourceException;

/**
 * Countries by ISO 3166-1 code, with their English and French names from the JDK's locale data (Unicode CLDR), the
 * alpha-3 codes, and the other words planners write in a nationality column: common other names and the
 * nationality adjectives of the countries our events draw from.
 */
final class Countries {

    /** Code, then other words for it, separated by commas. */
    private static final String OTHER_WORDS = """
            BF: burkinabè, burkinabé, burkinabe
            BJ: béninois, béninoise, beninese
            BE: belge, belgian
            CD: RDC, DRC, République démocratique du Congo, Democratic Republic of the Congo, Congo Kinshasa
            CG: République du Congo, Republic of the Congo, Congo Brazzaville
            CI: Ivory Coast, Cote d'Ivoire, ivoirien, ivoirienne, ivorian
            CM: camerounais, camerounaise, cameroonian
            CV: Cap Vert, cap-verdien, cap-verdienne, cape verdean
            DE: allemand, allemande, german
            DZ: algérien, algérienne, algerian
            EG: égyptien, égyptienne, egyptian
            ES: espagnol, espagnole, spanish
            FR: français, française, french
            GB: UK, Great Britain, Grande-Bretagne, Angleterre, England, britannique, british
            GH: ghanéen, ghanéenne, ghanaian
            GM: gambien, gambienne, gambian
            GN: guinéen, guinéenne, guinean
            IT: italien, italienne, italian
            LY: libyen, libyenne, libyan
            MA: marocain, marocaine, moroccan
            ML: malien, malienne, malian
            MN: mongol, mongole, mongolian
            MR: mauritanien, mauritanienne, mauritanian
            NE: nigérien, nigérienne, nigerien
            NG: nigérian, nigériane, nigerian
            NL: Hollande, Holland, néerlandais, néerlandaise, dutch
            PT: portugais, portugaise, portuguese
            SN: sénégalais, sénégalaise, senegalese
            TD: tchadien, tchadienne, chadian
            TG: togolais, togolaise, togolese
            TN: tunisien, tunisienne, tunisian
            US: USA, Etats-Unis d'Amérique, United States of America, américain, américaine, american
            """;

    static final Lexicon LEXICON = build();

    private Countries() {
    }

    private static Lexicon build() {
        Lexicon lexicon = new Lexicon();
        for (String code : Locale.getISOCountries()) {
            Locale country = new Locale("", code);
            lexicon.add(code, country.getDisplayCountry(Locale.ENGLISH), country.getDisplayCountry(Locale.FRENCH));
        }
        for (String code : Locale.getISOCountries()) {
            try {
                lexicon.word(code, new Locale("", code).getISO3Country());
            } catch (MissingResourceException noAlpha3) {
                // a code without an alpha-3 twin is found by its alpha-2 code and names
            }
        }
        OTHER_WORDS.lines().forEach(line -> {
            String code = line.substring(0, line.indexOf(':')).strip();
            for (String word : line.substring(line.indexOf(':') + 1).split(",")) {
                lexicon.word(code, word);
            }
        });
        return lexicon;
    }
}
