package org.caravan.data.sheets;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.caravan.data.sheets.ValueType.AIRPORT;
import static org.caravan.data.sheets.ValueType.AIRPORTS;
import static org.caravan.data.sheets.ValueType.CODE;
import static org.caravan.data.sheets.ValueType.COUNTRY;
import static org.caravan.data.sheets.ValueType.CURRENCY;
import static org.caravan.data.sheets.ValueType.DATE;
import static org.caravan.data.sheets.ValueType.DATE_TIME;
import static org.caravan.data.sheets.ValueType.FUND;
import static org.caravan.data.sheets.ValueType.GENDER;
import static org.caravan.data.sheets.ValueType.ID;
import static org.caravan.data.sheets.ValueType.LANGUAGE;
import static org.caravan.data.sheets.ValueType.LANGUAGES;
import static org.caravan.data.sheets.ValueType.MONEY;
import static org.caravan.data.sheets.ValueType.NUMBER;
import static org.caravan.data.sheets.ValueType.PARTICIPANTS;
import static org.caravan.data.sheets.ValueType.ROLE;
import static org.caravan.data.sheets.ValueType.ROOMMATE_COUNTRY;
import static org.caravan.data.sheets.ValueType.SEGMENTS;
import static org.caravan.data.sheets.ValueType.TEXT;
import static org.caravan.data.sheets.ValueType.TIME_ZONE;
import static org.caravan.data.sheets.ValueType.TRAVEL_MODE;
import static org.caravan.data.sheets.ValueType.VISAS;
import static org.caravan.data.sheets.ValueType.VISA_PURPOSE;
import static org.caravan.data.sheets.ValueType.WHOLE_NUMBER;
import static org.caravan.data.sheets.ValueType.YES_NO;

/**
 * The columns of every sheet kind. Headers are separated by "|": the first English and the first French one are
 * written by templates and exports, all are read. Explanations are what the template's second sheet says.
 */
final class Fields {

    private Fields() {
    }

    private static SheetField column(String path, ValueType type, String english, String french, String helpEnglish,
            String helpFrench) {
        return new SheetField(path, type, split(english), split(french), helpEnglish, helpFrench, false, false);
    }

    private static SheetField flag(String path, String english, String french, String helpEnglish, String helpFrench) {
        return new SheetField(path, YES_NO, split(english), split(french), helpEnglish, helpFrench, false, true);
    }

    private static SheetField roomColumn(SheetField field) {
        return new SheetField(field.path(), field.type(), field.english(), field.french(), field.helpEnglish(),
                field.helpFrench(), true, field.blankIsFalse());
    }

    private static List<String> split(String headers) {
        return Arrays.stream(headers.split("\\|")).map(String::strip).toList();
    }

    static final List<SheetField> PARTICIPANTS_SHEET = List.of(
            column("id", ID, "id|participant id|participant", "identifiant|id|n°|numéro|no",
                    "A short id, unique in the dataset (p001). Rows are matched to the dataset by it; a row without one is matched by name or given a new id.",
                    "Un identifiant court, unique dans le jeu de données (p001). Les lignes sont rapprochées du jeu de données par lui ; une ligne sans identifiant est rapprochée par le nom ou reçoit un nouvel identifiant."),
            column("name", TEXT, "name|full name|participant name", "nom|nom complet|nom et prénom|prénom et nom|nom prénom",
                    "The name as it should appear on tickets, dossiers and letters; any script (Arabic, Cyrillic...).",
                    "Le nom tel qu'il doit figurer sur les billets, les dossiers et les lettres ; toute écriture (arabe, cyrillique...)."),
            column("gender", GENDER, "gender|sex", "genre|sexe",
                    "F, M or X (female, male, other); also femme, homme.", "F, M ou X ; aussi femme, homme (H)."),
            column("nationality", COUNTRY, "nationality|country|citizenship", "nationalité|pays|nationalite",
                    "The passport's country: its two-letter code (BF) or its name in English or French.",
                    "Le pays du passeport : son code à deux lettres (BF) ou son nom en français ou en anglais."),
            column("languages", LANGUAGES, "languages|language spoken|languages spoken|spoken languages", "langues|langues parlées|langue parlée|langue",
                    "The languages spoken, separated by commas: codes (fr, ar, mos) or names (French, arabe, mooré).",
                    "Les langues parlées, séparées par des virgules : codes (fr, ar, mos) ou noms (français, arabe, mooré)."),
            column("homeAirports", AIRPORTS, "home airports|home airport|airports|airport", "aéroports|aéroport|aéroport de départ|aéroports de départ",
                    "The airports they may fly from, three-letter codes separated by commas (OUA), or the city (Ouagadougou).",
                    "Les aéroports de départ possibles, codes à trois lettres séparés par des virgules (OUA), ou la ville (Ouagadougou)."),
            column("organisation", TEXT, "organisation|organization", "organisation|structure|association",
                    "Their organisation.", "Leur organisation."),
            column("delegation", ID, "delegation", "délégation",
                    "An id shared by the members of a delegation, whom Caravan keeps in one hotel where it can.",
                    "Un identifiant commun aux membres d'une délégation, que Caravan loge dans un même hôtel si possible."),
            column("role", ROLE, "role", "rôle|fonction|statut",
                    "delegate, speaker, VIP, staff, press or organiser; empty means delegate.",
                    "délégué, intervenant, VIP, équipe, presse ou organisateur ; vide vaut délégué."),
            column("priority", WHOLE_NUMBER, "priority", "priorité",
                    "From 1 (nice to have) to 5 (essential): who comes first when the money or the beds run out.",
                    "De 1 (souhaitable) à 5 (indispensable) : qui passe en premier quand l'argent ou les lits manquent."),
            column("mustAttend", YES_NO, "must attend", "présence obligatoire|obligatoire",
                    "yes when the plan must bring them whatever it costs; empty means no.",
                    "oui si le plan doit les faire venir quoi qu'il en coûte ; vide vaut non."),
            column("fund", FUND, "fund|funding|paid by", "financement|financé par|bailleur",
                    "The id or name of the fund that pays; SELF for people who pay for themselves; empty for the general budget.",
                    "L'identifiant ou le nom du financement qui paie ; autofinancé (SELF) pour qui paie lui-même ; vide pour le budget général."),
            column("travelMode", TRAVEL_MODE, "travel mode|travel", "transport|mode de transport",
                    "flight, or none for people who come by road or live nearby; empty means flight.",
                    "avion, ou aucun pour qui vient par la route ou habite sur place ; vide vaut avion."),
            column("needsLodging", YES_NO, "needs lodging|lodging", "hébergement|besoin d'hébergement",
                    "no for people who need no room; empty means yes.", "non pour qui n'a pas besoin de chambre ; vide vaut oui."),
            column("fixedArrival", DATE_TIME, "arrival|fixed arrival", "arrivée|date d'arrivée",
                    "For people who do not fly: when they arrive (DD/MM/YYYY HH:MM, event time); empty means the first day at 08:00.",
                    "Pour qui ne prend pas l'avion : arrivée (JJ/MM/AAAA HH:MM, heure de l'événement) ; vide vaut le premier jour à 08:00."),
            column("fixedDeparture", DATE_TIME, "departure|fixed departure", "départ|date de départ",
                    "For people who do not fly: when they leave; empty means the last day at 18:00.",
                    "Pour qui ne prend pas l'avion : départ ; vide vaut le dernier jour à 18:00."),
            flag("needs.singleRoom", "single room", "chambre individuelle|chambre seule|single",
                    "yes when they need a room of their own; empty means no.", "oui s'il faut une chambre pour eux seuls ; vide vaut non."),
            flag("needs.accessibleRoom", "accessible room|wheelchair", "chambre accessible|accessibilité|pmr",
                    "yes when they need an accessible room; empty means no.", "oui s'il faut une chambre accessible ; vide vaut non."),
            column("roommateRequests", PARTICIPANTS, "roommate requests|roommates|share with", "partage avec|colocataire|colocataires|chambre avec",
                    "Who they ask to share a room with: ids or full names, separated by commas.",
                    "Avec qui ils demandent à partager la chambre : identifiants ou noms complets, séparés par des virgules."),
            column("household", ID, "household|family", "foyer|famille|couple",
                    "An id shared by people who may share a room whatever their genders (a couple, a parent and child).",
                    "Un identifiant commun à des personnes qui peuvent partager une chambre quels que soient leurs genres (un couple, un parent et son enfant)."),
            column("visasHeld", VISAS, "visas held|visas", "visas détenus|visas|visa",
                    "Visas they already hold, by the names the visa rules use (SCHENGEN), separated by commas.",
                    "Les visas déjà détenus, sous les noms des règles de visa (SCHENGEN), séparés par des virgules."),
            column("preferredLanguage", LANGUAGE, "preferred language|document language|language of documents", "langue préférée|langue des documents|langue du dossier",
                    "The language of their dossier and letter (fr or en); empty means the event's language.",
                    "La langue de leur dossier et de leur lettre (fr ou en) ; vide vaut la langue de l'événement."));

    private static final List<SheetField> HOTEL_COLUMNS = List.of(
            column("id", ID, "hotel|hotel id", "hôtel|identifiant hôtel|id hôtel",
                    "The hotel's id (h1). Rows of one hotel follow each other; the hotel's columns may be left empty after its first row.",
                    "L'identifiant de l'hôtel (h1). Les lignes d'un même hôtel se suivent ; ses colonnes peuvent rester vides après sa première ligne."),
            column("name", TEXT, "hotel name", "nom de l'hôtel|nom hôtel", "The hotel's name.", "Le nom de l'hôtel."),
            column("stars", WHOLE_NUMBER, "stars", "étoiles|catégorie", "Its stars, 1 to 5.", "Ses étoiles, de 1 à 5."),
            column("address", TEXT, "address", "adresse", "Its address, given to participants in their dossier.",
                    "Son adresse, donnée aux participants dans leur dossier."),
            column("lat", NUMBER, "latitude|lat", "latitude|lat", "Latitude in degrees (33.80).", "Latitude en degrés (33,80)."),
            column("lon", NUMBER, "longitude|lon", "longitude|lon", "Longitude in degrees.", "Longitude en degrés."),
            column("distanceKm", NUMBER, "distance km|distance (km)|distance", "distance km|distance (km)|distance",
                    "Distance to the venue in kilometres.", "Distance au lieu de l'événement, en kilomètres."),
            column("taxPerPersonNight", MONEY, "tax per person-night|tourist tax|tax", "taxe de séjour|taxe par personne et nuit|taxe",
                    "Tourist tax per person and night; empty means none.", "Taxe de séjour par personne et par nuit ; vide vaut aucune."));

    private static final List<SheetField> ROOM_COLUMNS = List.of(
            roomColumn(column("id", ID, "room|room id", "chambre|n° chambre|numéro de chambre",
                    "The room's id, unique in the dataset (h1-101). With a count above 1, the rooms are numbered after it (h1-101-1, h1-101-2...).",
                    "L'identifiant de la chambre, unique dans le jeu de données (h1-101). Avec un nombre supérieur à 1, les chambres sont numérotées à sa suite (h1-101-1, h1-101-2...).")),
            roomColumn(column("type", CODE, "room type|type", "type de chambre|type", "SINGLE, TWIN, DOUBLE, TRIPLE...",
                    "SINGLE, TWIN, DOUBLE, TRIPLE...")),
            roomColumn(column("capacity", WHOLE_NUMBER, "capacity|beds", "capacité|lits|nombre de lits",
                    "How many people the room sleeps.", "Combien de personnes la chambre peut loger.")),
            roomColumn(column("pricePerNight", MONEY, "price per night|price|rate", "prix par nuit|prix|tarif",
                    "The room's price per night in the event currency, however many sleep in it.",
                    "Le prix de la chambre par nuit, dans la monnaie de l'événement, quel que soit le nombre d'occupants.")),
            roomColumn(flag("accessible", "accessible", "accessible|pmr", "yes for a room a wheelchair user can use; empty means no.",
                    "oui pour une chambre utilisable en fauteuil roulant ; vide vaut non.")),
            roomColumn(column("available.from", DATE, "available from|first night", "disponible du|première nuit",
                    "The first night the hotel holds the room (a night is named by the date it starts).",
                    "La première nuit où l'hôtel réserve la chambre (une nuit porte la date de son début).")),
            roomColumn(column("available.to", DATE, "available to|last night", "disponible au|dernière nuit",
                    "The last night the hotel holds the room.", "La dernière nuit où l'hôtel réserve la chambre.")),
            roomColumn(column(SheetField.COUNT, WHOLE_NUMBER, "count|number of rooms", "nombre|nombre de chambres",
                    "For a block of identical rooms: how many; empty means 1.",
                    "Pour un bloc de chambres identiques : combien ; vide vaut 1.")));

    static final List<SheetField> HOTELS_SHEET = concat(HOTEL_COLUMNS, ROOM_COLUMNS);

    static final List<SheetField> SEGMENTS_SHEET = List.of(
            column("id", ID, "segment|segment id|id", "vol|identifiant|id|tronçon",
                    "The segment's id (TU745-2026-03-24), which itineraries list.", "L'identifiant du vol (TU745-2026-03-24), que les itinéraires citent."),
            column("carrier", CODE, "carrier|airline", "compagnie", "The airline's code (TU).", "Le code de la compagnie (TU)."),
            column("number", ID, "number|flight number|flight", "numéro|numéro de vol|n° de vol", "The flight number (745).", "Le numéro de vol (745)."),
            column("from", AIRPORT, "from|departure airport", "de|départ de|aéroport de départ", "The airport it leaves from.", "L'aéroport de départ."),
            column("to", AIRPORT, "to|arrival airport", "à|vers|arrivée à|aéroport d'arrivée", "The airport it lands at.", "L'aéroport d'arrivée."),
            column("departure", DATE_TIME, "departure|departs", "départ|heure de départ",
                    "Take-off, local time at the departure airport (DD/MM/YYYY HH:MM).", "Décollage, heure locale de l'aéroport de départ (JJ/MM/AAAA HH:MM)."),
            column("arrival", DATE_TIME, "arrival|arrives", "arrivée|heure d'arrivée",
                    "Landing, local time at the arrival airport.", "Atterrissage, heure locale de l'aéroport d'arrivée."),
            column("seats", WHOLE_NUMBER, "seats|seat limit", "places|sièges",
                    "The most participants it may carry (a group block); empty means no limit.",
                    "Le nombre maximal de participants (bloc de groupe) ; vide vaut sans limite."));

    static final List<SheetField> ITINERARIES_SHEET = List.of(
            column("id", ID, "itinerary|itinerary id|id|offer", "itinéraire|identifiant|id|offre",
                    "The offer's id (OUA-1).", "L'identifiant de l'offre (OUA-1)."),
            column("origin", AIRPORT, "origin|from", "origine|départ de",
                    "The home airport it starts from; empty means the first outbound segment's.",
                    "L'aéroport de départ du participant ; vide vaut celui du premier vol aller."),
            column("outbound", SEGMENTS, "outbound|out", "aller",
                    "The segments to the venue, in order, separated by commas. A row with an outbound only is a one-way quote.",
                    "Les vols jusqu'au lieu de l'événement, dans l'ordre, séparés par des virgules. Une ligne avec un aller seul est un devis aller simple."),
            column("return", SEGMENTS, "return|back", "retour",
                    "The segments back home, in order. A row with a return only is a one-way quote; quotes from the same airport are combined into round trips.",
                    "Les vols du retour, dans l'ordre. Une ligne avec un retour seul est un devis aller simple ; les devis d'un même aéroport sont combinés en allers-retours."),
            column("price", MONEY, "price|fare", "prix|tarif", "Price per person for the whole trip (or the one way), in the event currency.",
                    "Prix par personne pour tout le voyage (ou l'aller simple), dans la monnaie de l'événement."));

    static final List<SheetField> FUNDS_SHEET = List.of(
            column("id", ID, "fund|fund id|id", "financement|identifiant|id", "The fund's id, which participants' fund column names.",
                    "L'identifiant du financement, que la colonne financement des participants cite."),
            column("name", TEXT, "name|donor", "nom|bailleur", "The donor's name, as letters name who pays.",
                    "Le nom du bailleur, tel que les lettres nomment qui paie."),
            column("amount", MONEY, "amount", "montant", "What it may pay, in the event currency.", "Ce qu'il peut payer, dans la monnaie de l'événement."));

    static final List<SheetField> AIRPORTS_SHEET = List.of(
            column("code", CODE, "code|airport|iata", "code|aéroport|iata", "The three-letter IATA code (OUA).", "Le code IATA à trois lettres (OUA)."),
            column("city", TEXT, "city", "ville", "The city it serves.", "La ville desservie."),
            column("country", COUNTRY, "country", "pays", "Its country: a code (BF) or a name.", "Son pays : code (BF) ou nom."),
            column("timeZone", TIME_ZONE, "time zone|timezone", "fuseau horaire|fuseau",
                    "Its time zone, as a region (Africa/Ouagadougou) or its city (Ouagadougou); flight times there are local.",
                    "Son fuseau horaire, une région (Africa/Ouagadougou) ou sa ville (Ouagadougou) ; les heures des vols y sont locales."),
            column("lat", NUMBER, "latitude|lat", "latitude|lat", "Latitude in degrees.", "Latitude en degrés."),
            column("lon", NUMBER, "longitude|lon", "longitude|lon", "Longitude in degrees.", "Longitude en degrés."));

    static final List<SheetField> VISA_RULES_SHEET = List.of(
            column("nationality", COUNTRY, "nationality", "nationalité", "The passport it applies to.", "Le passeport concerné."),
            column("country", COUNTRY, "country", "pays", "The country to enter or transit through.", "Le pays d'entrée ou de transit."),
            column("purpose", VISA_PURPOSE, "purpose", "motif|objet", "entry (the venue's country) or transit (a connection).",
                    "entrée (le pays de l'événement) ou transit (une correspondance)."),
            column("visa", CODE, "visa", "visa", "The visa's name (SCHENGEN, TN-VISA); people who hold it need nothing.",
                    "Le nom du visa (SCHENGEN, TN-VISA) ; qui le détient n'a besoin de rien."),
            flag("obtainable", "obtainable", "obtenable|possible", "yes when it can be obtained in time; no forbids the trip; empty means no.",
                    "oui s'il peut être obtenu à temps ; non interdit le voyage ; vide vaut non."),
            column("fee", MONEY, "fee|cost", "frais|coût|prix", "Its fee in the event currency.", "Ses frais, dans la monnaie de l'événement."));

    static final List<SheetField> EVENT_SHEET = eventSettings();

    private static List<SheetField> eventSettings() {
        List<SheetField> settings = new ArrayList<>(List.of(
                column("event.name", TEXT, "event|event name|name", "événement|nom de l'événement|nom", "The event's name.", "Le nom de l'événement."),
                column("event.timeZone", TIME_ZONE, "time zone", "fuseau horaire", "The event's time zone (Africa/Tunis).", "Le fuseau horaire de l'événement (Africa/Tunis)."),
                column("event.currency", CURRENCY, "currency", "monnaie|devise", "The currency of every amount (EUR).", "La monnaie de tous les montants (EUR)."),
                column("event.language", LANGUAGE, "language", "langue", "The language of dossiers and letters when a participant has no preference (fr or en).",
                        "La langue des dossiers et des lettres quand un participant n'a pas de préférence (fr ou en)."),
                column("event.venue.name", TEXT, "venue", "lieu", "Where it takes place.", "Où il a lieu."),
                column("event.venue.lat", NUMBER, "venue latitude", "latitude du lieu", "The venue's latitude.", "La latitude du lieu."),
                column("event.venue.lon", NUMBER, "venue longitude", "longitude du lieu", "The venue's longitude.", "La longitude du lieu."),
                column("event.venue.airport", AIRPORT, "venue airport", "aéroport du lieu|aéroport d'arrivée",
                        "The airport participants fly to (DJE).", "L'aéroport où arrivent les participants (DJE)."),
                column("event.firstDay", DATE, "first day", "premier jour", "The first day of the event.", "Le premier jour de l'événement."),
                column("event.lastDay", DATE, "last day", "dernier jour", "The last day of the event.", "Le dernier jour de l'événement."),
                column("event.arrivalWindow.earliest", DATE_TIME, "arrivals from", "arrivées à partir du",
                        "The earliest arrival at the venue airport (event time).", "L'arrivée la plus tôt à l'aéroport (heure de l'événement)."),
                column("event.arrivalWindow.latest", DATE_TIME, "arrivals until", "arrivées jusqu'au", "The latest arrival.", "L'arrivée la plus tardive."),
                column("event.departureWindow.earliest", DATE_TIME, "departures from", "départs à partir du", "The earliest departure.", "Le départ le plus tôt."),
                column("event.departureWindow.latest", DATE_TIME, "departures until", "départs jusqu'au", "The latest departure.", "Le départ le plus tardif."),
                column("event.organiser.name", TEXT, "organiser|organizer", "organisateur", "Who invites: the letterhead of dossiers and letters.",
                        "Qui invite : l'en-tête des dossiers et des lettres."),
                column("event.organiser.address", TEXT, "organiser address", "adresse de l'organisateur", "The organiser's postal address.", "L'adresse postale de l'organisateur."),
                column("event.organiser.email", TEXT, "organiser email|email", "e-mail de l'organisateur|courriel|e-mail",
                        "Where participants write.", "Où les participants écrivent."),
                column("event.organiser.phone", TEXT, "organiser phone|phone", "téléphone de l'organisateur|téléphone",
                        "Where participants call, with the country code.", "Où les participants appellent, avec l'indicatif du pays."),
                column("event.organiser.signatory", TEXT, "signatory", "signataire", "Who signs the visa invitation letters.",
                        "Qui signe les lettres d'invitation pour les visas."),
                column("event.organiser.signatoryTitle", TEXT, "signatory title", "fonction du signataire", "The signatory's function.", "La fonction du signataire."),
                column("budget.total", MONEY, "budget|total budget", "budget|budget total", "What everyone not self-funded may cost in all.",
                        "Ce que peuvent coûter en tout les participants non autofinancés."),
                column("policy.roommateCountry", ROOMMATE_COUNTRY, "roommate nationality", "nationalité des colocataires",
                        "mix (avoid roommates of one nationality), group (prefer them) or ignore.",
                        "mélanger (éviter les colocataires de même nationalité), regrouper (les préférer) ou ignorer."),
                column("policy.vipMinStars", WHOLE_NUMBER, "VIP minimum stars", "étoiles minimum VIP", "The stars VIPs and speakers should have at least.",
                        "Les étoiles minimales pour les VIP et les intervenants."),
                column("policy.arrivalSlotMinutes", WHOLE_NUMBER, "shuttle slot minutes", "créneau navette (minutes)",
                        "The length of an airport shuttle slot, in minutes.", "La durée d'un créneau de navette, en minutes.")));
        String[][] weights = {
                {"noCommonLanguage", "roommates without a common language", "colocataires sans langue commune"},
                {"roommateCountry", "roommates' nationality", "nationalité des colocataires (poids)"},
                {"roommateRequestUnmet", "roommate request not met", "demande de colocation non satisfaite"},
                {"delegationSplit", "delegation split over hotels", "délégation répartie sur plusieurs hôtels"},
                {"perStop", "per connection", "par correspondance"},
                {"perTravelHour", "per travel hour", "par heure de voyage"},
                {"longLayover", "long layover", "longue correspondance"},
                {"arrivalSlot", "per shuttle slot", "par créneau de navette"},
                {"vipBelowStars", "VIP below the stars", "VIP sous les étoiles minimales"},
                {"disruption", "per change from the previous plan", "par changement par rapport au plan précédent"}};
        for (String[] weight : weights) {
            settings.add(column("policy.weights." + weight[0], MONEY, "weight: " + weight[1], "poids : " + weight[2],
                    "What avoiding one of these is worth, in the event currency; 0 switches the rule off.",
                    "Ce que vaut en monnaie l'évitement d'un de ces cas ; 0 désactive la règle."));
        }
        return List.copyOf(settings);
    }

    private static List<SheetField> concat(List<SheetField> first, List<SheetField> second) {
        List<SheetField> all = new ArrayList<>(first);
        all.addAll(second);
        return List.copyOf(all);
    }
}
