package org.caravan.data.generate;

import org.caravan.data.dataset.Gender;
import org.caravan.data.dataset.Needs;
import org.caravan.data.dataset.Participant;
import org.caravan.data.dataset.Role;
import org.caravan.data.dataset.TravelMode;
import org.caravan.data.generate.Nationalities.Language;
import org.caravan.data.generate.Nationalities.Nationality;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * The people: nationalities in summit proportions, names, languages, networks and delegations, roles and
 * priorities, funding, households, needs and roommate requests. Budget-dependent fields (must attend) are set
 * later by the generator.
 */
final class ParticipantFactory {

    static final String FUND_SAHEL = "sahel-solidarity";
    static final String FUND_MED = "med-dialogue";
    static final String FUND_EU = "eu-civil-society";
    static final String ORGANISING_COMMITTEE = "organising-committee";
    static final String PRESS_CORPS = "press-corps";

    /** A civil-society network and the countries its delegations come from. */
    private record Network(String id, Set<String> countries) {
    }

    private static final List<Network> NETWORKS = List.of(
            new Network("sahel-women-network", Set.of("BF", "ML", "NE", "SN", "TD", "MR")),
            new Network("steppe-and-sahel-pastoralists", Set.of("MN", "NE", "ML", "TD", "MR", "BF", "DZ")),
            new Network("west-africa-rights-coalition", Set.of("SN", "BF", "ML", "NE")),
            new Network("maghreb-youth-forum", Set.of("DZ", "MA", "TN", "MR", "EG")),
            new Network("mediterranean-climate-alliance", Set.of("TN", "DZ", "MA", "EG", "FR", "IT", "BE", "DE")),
            new Network("european-partners-for-the-sahel", Set.of("FR", "BE", "IT", "DE")));

    private static final List<String> PRESS = List.of("Radio Horizon Sahel", "Maghreb Hebdo", "Agence Méditerranée Presse",
            "Le Courrier du Sud", "Steppe News Network", "Voix des Oasis");
    private static final List<String> DIASPORA_AIRPORTS_FRANCOPHONE = List.of("CDG", "ORY", "MRS", "LYS", "BRU");
    private static final List<String> DIASPORA_AIRPORTS_OTHER = List.of("FCO", "MXP", "FRA", "BER");

    /** A participant being built; references to other drafts are resolved to ids at the end. */
    static final class Draft {
        String id;
        String name;
        Gender gender;
        Nationality nationality;
        List<String> languages;
        List<String> homeAirports = List.of();
        String organisation;
        String delegation;
        Role role;
        int priority;
        boolean mustAttend;
        String fund;
        TravelMode travelMode = TravelMode.FLIGHT;
        boolean needsLodging = true;
        LocalDateTime fixedArrival;
        LocalDateTime fixedDeparture;
        boolean singleRoom;
        boolean accessibleRoom;
        final List<Draft> roommateRequests = new ArrayList<>();
        String household;
        final Set<String> visasHeld = new LinkedHashSet<>();
        String familyName;

        boolean flightless() {
            return travelMode == TravelMode.NONE;
        }

        /** Documents come in the event's language (French) unless the participant does not read it. */
        Participant toParticipant() {
            return new Participant(id, name, gender, nationality.code(), languages, homeAirports, organisation, delegation,
                    role, priority, mustAttend, fund, travelMode, needsLodging, fixedArrival, fixedDeparture,
                    new Needs(singleRoom, accessibleRoom), roommateRequests.stream().map(other -> other.id).toList(),
                    household, List.copyOf(visasHeld), languages.contains("fr") ? null : "en");
        }
    }

    private final RandomGenerator random;
    private final Map<String, List<String>> originsByNationality;
    private final LocalDateTime firstDayMorning;
    private int households;

    /** @param originsByNationality the home airports each nationality may fly from (origins with round trips) */
    ParticipantFactory(RandomGenerator random, Map<String, List<String>> originsByNationality, LocalDateTime firstDayMorning) {
        this.random = random;
        this.originsByNationality = originsByNationality;
        this.firstDayMorning = firstDayMorning;
    }

    List<Draft> participants(int count) {
        int[] weights = Nationalities.ALL.stream().mapToInt(Nationality::weight).toArray();
        int[] perNationality = HotelFactory.apportion(weights, count);
        List<Draft> drafts = new ArrayList<>();
        for (int n = 0; n < perNationality.length; n++) {
            Nationality nationality = Nationalities.ALL.get(n);
            int target = Math.max(1, perNationality[n]);
            List<Draft> ofNationality = new ArrayList<>();
            while (ofNationality.size() < target) {
                boolean household = target - ofNationality.size() >= 2 && random.nextDouble() < 0.02;
                ofNationality.addAll(household ? household(nationality) : List.of(person(nationality)));
            }
            drafts.addAll(ofNationality);
        }
        while (drafts.size() > count) {
            // A nationality was rounded up to one person: give the seat back from the largest one's end.
            drafts.remove(lastSingleOf(drafts, "TN"));
        }
        shuffle(drafts);
        int width = Math.max(3, Integer.toString(drafts.size()).length());
        for (int i = 0; i < drafts.size(); i++) {
            drafts.get(i).id = "p" + String.format("%0" + width + "d", i + 1);
        }
        addRoommateRequests(drafts);
        return drafts;
    }

    private int lastSingleOf(List<Draft> drafts, String nationality) {
        for (int i = drafts.size() - 1; i >= 0; i--) {
            if (drafts.get(i).nationality.code().equals(nationality) && drafts.get(i).household == null) {
                return i;
            }
        }
        return drafts.size() - 1;
    }

    private void shuffle(List<Draft> drafts) {
        for (int i = drafts.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            Draft swap = drafts.get(i);
            drafts.set(i, drafts.get(j));
            drafts.set(j, swap);
        }
    }

    // ---------------------------------------------------------------- one person

    private Draft person(Nationality nationality) {
        Draft draft = new Draft();
        draft.nationality = nationality;
        double g = random.nextDouble();
        draft.gender = g < 0.5 ? Gender.F : g < 0.98 ? Gender.M : Gender.X;
        draft.familyName = pick(nationality.families());
        draft.name = name(nationality, draft.gender, draft.familyName);
        draft.languages = languages(nationality);
        role(draft);
        travel(draft);
        funding(draft);
        visas(draft);
        needs(draft);
        return draft;
    }

    private String name(Nationality nationality, Gender gender, String family) {
        boolean woman = gender == Gender.F || gender == Gender.X && random.nextBoolean();
        String given = pick(woman ? nationality.women() : nationality.men());
        if (nationality.patronymicFirst()) {
            return family + " " + given;
        }
        String prefix = gender == Gender.F ? nationality.femaleFamilyPrefix() : gender == Gender.M ? nationality.maleFamilyPrefix() : null;
        return given + " " + (prefix == null ? "" : prefix + " ") + family;
    }

    private List<String> languages(Nationality nationality) {
        List<String> spoken = new ArrayList<>();
        for (Language language : nationality.languages()) {
            if (random.nextDouble() < language.share()) {
                spoken.add(language.code());
            }
        }
        if (spoken.isEmpty()) {
            spoken.add(nationality.languages().get(0).code());
        }
        return List.copyOf(spoken);
    }

    private void role(Draft draft) {
        String country = draft.nationality.code();
        double r = random.nextDouble();
        // The organisers and most staff are Tunisian; a few partners from Europe help.
        double organiser = country.equals("TN") ? 0.12 : Nationalities.isEu(country) ? 0.03 : 0.0;
        double staff = country.equals("TN") ? 0.12 : Nationalities.isEu(country) ? 0.02 : 0.0;
        if (r < organiser) {
            draft.role = Role.ORGANISER;
            draft.priority = 4;
            draft.organisation = "Comité d'organisation du Sommet de Djerba";
            draft.delegation = ORGANISING_COMMITTEE;
        } else if (r < organiser + staff) {
            draft.role = Role.STAFF;
            draft.priority = 3 + random.nextInt(2);
            draft.organisation = "Secrétariat du Sommet de Djerba";
            draft.delegation = ORGANISING_COMMITTEE;
        } else if (r < organiser + staff + 0.05) {
            draft.role = Role.PRESS;
            draft.priority = 2;
            draft.organisation = pick(PRESS);
            draft.delegation = PRESS_CORPS;
        } else {
            double s = random.nextDouble();
            Network network = network(country);
            draft.delegation = network.id() + "-" + country.toLowerCase();
            draft.organisation = pick(draft.nationality.organisations());
            if (s < 0.03) {
                draft.role = Role.VIP;
                draft.priority = 5;
            } else if (s < 0.13) {
                draft.role = Role.SPEAKER;
                draft.priority = random.nextDouble() < 0.3 ? 5 : 4;
            } else {
                draft.role = Role.DELEGATE;
                double p = random.nextDouble();
                draft.priority = p < 0.15 ? 1 : p < 0.55 ? 2 : p < 0.9 ? 3 : 4;
            }
        }
    }

    private Network network(String country) {
        List<Network> open = NETWORKS.stream().filter(network -> network.countries().contains(country)).toList();
        return open.get(random.nextInt(open.size()));
    }

    private void travel(Draft draft) {
        String country = draft.nationality.code();
        if (country.equals("TN") && random.nextDouble() < 0.55) {
            // Southern Tunisians come by road (Djerba, Zarzis, Médenine, Gabès, Sfax); islanders sleep at home.
            draft.travelMode = TravelMode.NONE;
            draft.needsLodging = random.nextDouble() < 0.6;
            if (draft.needsLodging && random.nextDouble() < 0.4) {
                draft.fixedArrival = firstDayMorning.minusDays(1).withHour(17).withMinute(30);
                draft.fixedDeparture = firstDayMorning.plusDays(3).withHour(19).withMinute(0);
            }
            return;
        }
        List<String> origins = originsByNationality.get(country);
        boolean diaspora = !country.equals("TN") && !Nationalities.isEu(country) && random.nextDouble() < 0.06;
        if (diaspora) {
            // Lives in Europe with a residence permit: flies from there and may transit Schengen airports.
            List<String> airports = Set.of("EG", "MN").contains(country) ? DIASPORA_AIRPORTS_OTHER : DIASPORA_AIRPORTS_FRANCOPHONE;
            draft.homeAirports = List.of(pick(airports));
            draft.visasHeld.add(VisaPolicy.SCHENGEN);
            return;
        }
        String origin = origins.size() == 1 || random.nextDouble() < 0.55 ? origins.get(0) : origins.get(1 + random.nextInt(origins.size() - 1));
        if ((origin.equals("CDG") || origin.equals("ORY")) && origins.contains("CDG") && origins.contains("ORY") && random.nextDouble() < 0.6) {
            draft.homeAirports = List.of("CDG", "ORY");
        } else {
            draft.homeAirports = List.of(origin);
        }
    }

    private void funding(Draft draft) {
        String country = draft.nationality.code();
        double f = random.nextDouble();
        if (draft.role == Role.ORGANISER || draft.role == Role.STAFF) {
            draft.fund = null;
        } else if (draft.role == Role.PRESS) {
            draft.fund = f < 0.6 ? "SELF" : null;
        } else if (draft.role == Role.VIP && f < 0.3) {
            draft.fund = "SELF";
        } else if (Nationalities.isEu(country)) {
            draft.fund = f < 0.4 ? "SELF" : f < 0.85 ? FUND_EU : null;
        } else if (Set.of("DZ", "MA", "TN", "EG").contains(country)) {
            draft.fund = f < 0.6 ? FUND_MED : f < 0.8 ? FUND_EU : f < 0.95 ? null : "SELF";
        } else {
            draft.fund = f < 0.75 ? FUND_SAHEL : f < 0.9 ? FUND_EU : null;
        }
    }

    private void visas(Draft draft) {
        String country = draft.nationality.code();
        if (Nationalities.isEu(country)) {
            return;
        }
        double share = draft.nationality.schengenShare() * (draft.role.isDistinguished() ? 1.8 : 1.0);
        if (random.nextDouble() < share) {
            draft.visasHeld.add(VisaPolicy.SCHENGEN);
        }
        if ("visa required".equals(draft.nationality.tunisiaEntry()) && random.nextDouble() < 0.2) {
            draft.visasHeld.add(VisaPolicy.TUNISIA_VISA);
        }
    }

    private void needs(Draft draft) {
        if (!draft.needsLodging) {
            return;
        }
        double single = switch (draft.role) {
            case VIP -> 0.6;
            case SPEAKER -> 0.1;
            default -> 0.02;
        };
        draft.singleRoom = random.nextDouble() < (draft.gender == Gender.X ? 0.5 : single);
        draft.accessibleRoom = random.nextDouble() < 0.012;
    }

    // ---------------------------------------------------------------- households and roommates

    /** A couple, or a parent travelling with a grown child; they may share a room whatever their genders. */
    private List<Draft> household(Nationality nationality) {
        Draft first = person(nationality);
        while (first.role == Role.ORGANISER || first.role == Role.STAFF || first.role == Role.PRESS || !first.needsLodging) {
            first = person(nationality);
        }
        Draft second = person(nationality);
        String id = "hh-" + ++households;
        double kind = random.nextDouble();
        if (kind < 0.5) {
            first.gender = Gender.F;
            second.gender = Gender.M;
            second.familyName = pick(nationality.families());
        } else {
            first.gender = random.nextBoolean() ? Gender.F : Gender.M;
            second.gender = kind < 0.8 ? (first.gender == Gender.F ? Gender.M : Gender.F) : first.gender;
            second.familyName = nationality.patronymicFirst() ? second.familyName : first.familyName;
        }
        first.name = name(nationality, first.gender, first.familyName);
        second.name = name(nationality, second.gender, second.familyName);
        for (Draft member : List.of(first, second)) {
            member.household = id;
            member.singleRoom = false;
        }
        second.role = Role.DELEGATE;
        second.priority = Math.max(1, Math.min(first.priority, 3));
        second.organisation = first.organisation;
        second.delegation = first.delegation;
        second.fund = first.fund;
        second.travelMode = first.travelMode;
        second.needsLodging = true;
        second.homeAirports = first.homeAirports;
        second.fixedArrival = first.fixedArrival;
        second.fixedDeparture = first.fixedDeparture;
        second.visasHeld.clear();
        second.visasHeld.addAll(first.visasHeld);
        first.roommateRequests.add(second);
        second.roommateRequests.add(first);
        return List.of(first, second);
    }

    /** Pairs of the same gender, mostly in one delegation, mostly asking for each other. */
    private void addRoommateRequests(List<Draft> drafts) {
        Map<String, List<Draft>> byDelegation = new LinkedHashMap<>();
        for (Draft draft : drafts) {
            byDelegation.computeIfAbsent(draft.delegation, key -> new ArrayList<>()).add(draft);
        }
        Map<String, List<Draft>> byNationality = new LinkedHashMap<>();
        for (Draft draft : drafts) {
            byNationality.computeIfAbsent(draft.nationality.code(), key -> new ArrayList<>()).add(draft);
        }
        Set<Draft> taken = new LinkedHashSet<>();
        for (Draft draft : drafts) {
            if (taken.contains(draft) || !canShare(draft) || random.nextDouble() >= 0.11) {
                continue;
            }
            // Mostly a colleague of the same delegation, else anyone of the same nationality or beyond.
            Draft mate = random.nextDouble() < 0.8 ? mateIn(byDelegation.get(draft.delegation), draft, taken) : null;
            if (mate == null) {
                mate = mateIn(byNationality.get(draft.nationality.code()), draft, taken);
            }
            if (mate == null) {
                mate = mateIn(drafts, draft, taken);
            }
            if (mate == null) {
                continue;
            }
            taken.add(draft);
            taken.add(mate);
            draft.roommateRequests.add(mate);
            if (random.nextDouble() < 0.8) {
                mate.roommateRequests.add(draft);
            }
        }
    }

    private Draft mateIn(List<Draft> pool, Draft draft, Set<Draft> taken) {
        int start = random.nextInt(pool.size());
        // Bounded search: at 20,000 participants a full scan per request would be quadratic.
        for (int k = 0; k < Math.min(pool.size(), 400); k++) {
            Draft candidate = pool.get((start + k) % pool.size());
            if (candidate != draft && !taken.contains(candidate) && canShare(candidate) && candidate.gender == draft.gender) {
                return candidate;
            }
        }
        return null;
    }

    private static boolean canShare(Draft draft) {
        return draft.needsLodging && !draft.singleRoom && draft.household == null && draft.roommateRequests.isEmpty();
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
