package org.caravan.data.generate;

import org.caravan.data.dataset.VisaPurpose;
import org.caravan.data.dataset.VisaRule;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Visa rules for the summit's nationalities.
 *
 * <p>Entry into Tunisia follows passport-index-dataset (MIT, 2025-01-12): visa free or a number of days means no
 * rule; an e-visa or a visa on arrival is obtainable for a small fee; "visa required" is obtainable through an
 * embassy for a higher fee (the fees are assumptions, not published tariffs).
 *
 * <p>Airport transit: the Schengen common list (Visa Code, Annex IV) names none of our nationalities. France
 * adds its own list (arrêté of 10 May 2010, annex D, as amended), which names Mali, Mauritania, Senegal and Chad;
 * Germany's (AufenthV, Anlage C) names Mali. Belgium and Italy: we know of no national list naming our
 * nationalities, so none is assumed. Holders of a Schengen visa are exempt, hence the rule's visa "SCHENGEN".
 * The ATV costs the Schengen visa fee (90 euros); we assume Malians cannot get one in time (none obtainable),
 * which leaves them the routes through Tunis, Algiers, Casablanca or Istanbul. Turkey needs no visa airside.
 */
final class VisaPolicy {

    static final String TUNISIA_VISA = "TN-VISA";
    static final String SCHENGEN = "SCHENGEN";

    private record TransitRule(String nationality, String country, boolean obtainable) {
    }

    private static final List<TransitRule> TRANSIT = List.of(
            new TransitRule("ML", "FR", false), new TransitRule("MR", "FR", true),
            new TransitRule("SN", "FR", true), new TransitRule("TD", "FR", true),
            new TransitRule("ML", "DE", false));
    private static final BigDecimal SCHENGEN_FEE = new BigDecimal("90");

    /** Each nationality's rules, made once: the cost estimate asks for them for every participant. */
    private static final Map<String, List<VisaRule>> BY_NATIONALITY = new LinkedHashMap<>();

    static {
        for (Nationalities.Nationality nationality : Nationalities.ALL) {
            BY_NATIONALITY.put(nationality.code(), List.copyOf(rules(List.of(nationality.code()), DatasetGenerator.VENUE_COUNTRY)));
        }
    }

    private VisaPolicy() {
    }

    /** The rules for these nationalities, in a stable order. */
    static List<VisaRule> rules(Collection<String> nationalities, String venueCountry) {
        Set<String> present = new TreeSet<>(nationalities);
        List<VisaRule> rules = new ArrayList<>();
        for (String code : present) {
            VisaRule entry = entryRule(Nationalities.of(code), venueCountry);
            if (entry != null) {
                rules.add(entry);
            }
        }
        for (TransitRule transit : TRANSIT) {
            if (present.contains(transit.nationality())) {
                rules.add(new VisaRule(transit.nationality(), transit.country(), VisaPurpose.TRANSIT, SCHENGEN,
                        transit.obtainable(), transit.obtainable() ? SCHENGEN_FEE : BigDecimal.ZERO));
            }
        }
        return rules;
    }

    private static VisaRule entryRule(Nationalities.Nationality nationality, String venueCountry) {
        String requirement = nationality.tunisiaEntry();
        BigDecimal fee = switch (requirement) {
            case "e-visa", "eta" -> new BigDecimal("30");
            case "visa on arrival" -> new BigDecimal("25");
            // Mongolia has no Tunisian embassy: the application goes through a neighbouring country's, at more cost.
            case "visa required" -> nationality.code().equals("MN") ? new BigDecimal("95") : new BigDecimal("60");
            default -> null;
        };
        if (fee == null) {
            return null;
        }
        return new VisaRule(nationality.code(), venueCountry, VisaPurpose.ENTRY, TUNISIA_VISA, true, fee);
    }

    /** Whether a person of this nationality holding these visas may transit these countries. */
    static boolean mayTransit(String nationality, Collection<String> visasHeld, Set<String> transitCountries) {
        if (visasHeld.contains(SCHENGEN)) {
            return true;
        }
        for (TransitRule transit : TRANSIT) {
            if (!transit.obtainable() && transit.nationality().equals(nationality) && transitCountries.contains(transit.country())) {
                return false;
            }
        }
        return true;
    }

    /** Fees this person pays with an itinerary over these transit countries. */
    static long feeCents(String nationality, Collection<String> visasHeld, Set<String> transitCountries, String venueCountry) {
        long cents = 0;
        List<VisaRule> rules = venueCountry.equals(DatasetGenerator.VENUE_COUNTRY)
                ? BY_NATIONALITY.getOrDefault(nationality, List.of()) : rules(List.of(nationality), venueCountry);
        for (VisaRule rule : rules) {
            if (visasHeld.contains(rule.visa()) || !rule.obtainable()) {
                continue;
            }
            if (rule.purpose() == VisaPurpose.ENTRY || transitCountries.contains(rule.country())) {
                cents += rule.fee().movePointRight(2).longValueExact();
            }
        }
        return cents;
    }
}
