package org.caravan.data.generate;

import java.util.List;

/**
 * Who comes to the Djerba summit: the fifteen nationalities, where they fly from, the languages they speak and
 * common names. Names and language shares are the authors' own short lists from common knowledge; the entry
 * requirements for Tunisia are from passport-index-dataset (MIT, data of 2025-01-12), see docs/DATA-SOURCES.md.
 */
final class Nationalities {

    /** A language spoken by a share of the nationality's participants (ISO 639-1, else ISO 639-3). */
    record Language(String code, double share) {
    }

    /**
     * @param weight relative share of participants at the flagship size
     * @param origins home airports, most used first; the first ones serve small datasets, all of them large ones
     * @param languages at least the first one is spoken when no other is drawn
     * @param tunisiaEntry the passport-index requirement for entering Tunisia
     * @param schengenShare share of delegates already holding a Schengen visa (not asked of EU citizens)
     * @param patronymicFirst names read "patronymic given name" (Mongolia) rather than "given family"
     * @param maleFamilyPrefix, femaleFamilyPrefix Mauritanian "Ould"/"Mint" before the father's name
     */
    record Nationality(String code, int weight, List<String> origins, int originsAtSmallSize, List<Language> languages,
            List<String> women, List<String> men, List<String> families, List<String> organisations,
            String tunisiaEntry, double schengenShare, boolean patronymicFirst,
            String maleFamilyPrefix, String femaleFamilyPrefix) {
    }

    private static Language lang(String code, double share) {
        return new Language(code, share);
    }

    static final List<Nationality> ALL = List.of(
            new Nationality("BF", 26, List.of("OUA"), 1,
                    List.of(lang("fr", 1.0), lang("mos", 0.6), lang("dyu", 0.25), lang("ff", 0.1), lang("en", 0.15)),
                    List.of("Aminata", "Awa", "Mariam", "Salimata", "Fatimata", "Rasmata", "Aïssata", "Alimata", "Zénabo", "Pauline"),
                    List.of("Issouf", "Boukary", "Souleymane", "Moussa", "Abdoulaye", "Hamidou", "Karim", "Seydou", "Ousmane", "Idrissa"),
                    List.of("Ouédraogo", "Sawadogo", "Compaoré", "Zongo", "Kaboré", "Traoré", "Ouattara", "Kinda", "Ilboudo", "Zoungrana", "Nikiéma", "Yaméogo"),
                    List.of("Association Wend-Panga des femmes rurales", "Réseau burkinabè des éleveurs du Sahel", "Jeunesse citoyenne du Kadiogo"),
                    "90", 0.3, false, null, null),
            new Nationality("ML", 22, List.of("BKO"), 1,
                    List.of(lang("fr", 0.9), lang("bm", 0.85), lang("ff", 0.15), lang("tmh", 0.08), lang("en", 0.1)),
                    List.of("Fatoumata", "Kadiatou", "Oumou", "Assitan", "Mariam", "Aminata", "Djénéba", "Rokia", "Hawa", "Nana"),
                    List.of("Mamadou", "Boubacar", "Modibo", "Oumar", "Bakary", "Adama", "Cheick", "Souleymane", "Drissa", "Youssouf"),
                    List.of("Keïta", "Traoré", "Coulibaly", "Diarra", "Konaté", "Sissoko", "Touré", "Maïga", "Dembélé", "Sangaré", "Cissé", "Diallo"),
                    List.of("Collectif des femmes maraîchères de Ségou", "Association malienne des pasteurs du Delta", "Forum des jeunes de Bamako"),
                    "visa free", 0.3, false, null, null),
            new Nationality("NE", 16, List.of("NIM"), 1,
                    List.of(lang("fr", 0.9), lang("ha", 0.65), lang("dje", 0.3), lang("tmh", 0.1), lang("en", 0.1)),
                    List.of("Hadiza", "Zeinabou", "Rakia", "Aïchatou", "Mariama", "Fati", "Halima", "Ramatou", "Balkissa", "Safiatou"),
                    List.of("Issoufou", "Moussa", "Abdou", "Ibrahim", "Mahamadou", "Hamani", "Oumarou", "Saley", "Amadou", "Ali"),
                    List.of("Mahamane", "Hamani", "Abdou", "Garba", "Souley", "Boubacar", "Idrissa", "Zakari", "Maïga", "Harouna", "Moumouni", "Seyni"),
                    List.of("Association des femmes leaders de Tillabéri", "Réseau nigérien des éleveurs nomades", "Action jeunesse Niamey"),
                    "visa free", 0.25, false, null, null),
            new Nationality("SN", 24, List.of("DSS"), 1,
                    List.of(lang("fr", 0.95), lang("wo", 0.85), lang("ff", 0.2), lang("en", 0.25)),
                    List.of("Fatou", "Aïssatou", "Ndèye", "Mame", "Khady", "Awa", "Coumba", "Astou", "Mariama", "Sokhna"),
                    List.of("Mamadou", "Moussa", "Ibrahima", "Cheikh", "Abdoulaye", "Ousmane", "Modou", "Babacar", "Pape", "Serigne"),
                    List.of("Diop", "Ndiaye", "Fall", "Sow", "Sarr", "Diallo", "Faye", "Gueye", "Mbaye", "Ba", "Seck", "Diouf"),
                    List.of("Réseau des femmes transformatrices de Thiès", "Collectif citoyen de Pikine", "Association sénégalaise pour le littoral"),
                    "90", 0.35, false, null, null),
            new Nationality("TD", 10, List.of("NDJ"), 1,
                    List.of(lang("fr", 0.85), lang("ar", 0.75), lang("en", 0.1)),
                    List.of("Achta", "Fatimé", "Hawa", "Zenaba", "Khadidja", "Amina", "Mariam", "Halimé", "Asta", "Ache"),
                    List.of("Mahamat", "Abakar", "Idriss", "Hassan", "Moussa", "Ahmat", "Adoum", "Brahim", "Saleh", "Djibrine"),
                    List.of("Mahamat", "Abakar", "Hassane", "Adoum", "Ousmane", "Brahim", "Nadjingar", "Allamine", "Haroun", "Ali", "Ngaba", "Djimet"),
                    List.of("Association des femmes du Lac Tchad", "Réseau tchadien des droits humains", "Union des éleveurs du Batha"),
                    "visa required", 0.3, false, null, null),
            new Nationality("MR", 10, List.of("NKC"), 1,
                    List.of(lang("ar", 0.95), lang("mey", 0.85), lang("fr", 0.6), lang("ff", 0.1), lang("wo", 0.05)),
                    List.of("Mariem", "Fatimetou", "Aïchetou", "Khadijetou", "Mounina", "Lalla", "Zeinebou", "Toutou", "Vatimetou", "Mahjouba"),
                    List.of("Mohamed", "Ahmed", "Sidi", "Cheikh", "El Hacen", "Brahim", "Moctar", "Abdallahi", "Yahya", "Isselmou"),
                    List.of("Ahmed", "Mohamed", "Sidi", "Cheikh", "Brahim", "Abdallahi", "Vall", "Salem", "Bah", "Ely", "Babe", "Moulaye"),
                    List.of("Association mauritanienne des femmes chefs de famille", "Réseau des oasis de l'Adrar", "Jeunes pour la citoyenneté Nouakchott"),
                    "visa free", 0.3, false, "Ould", "Mint"),
            new Nationality("DZ", 18, List.of("ALG", "ORN", "CZL"), 1,
                    List.of(lang("ar", 0.95), lang("fr", 0.75), lang("kab", 0.2), lang("en", 0.3)),
                    List.of("Amina", "Yasmine", "Nadia", "Karima", "Fatima Zohra", "Lynda", "Samia", "Souad", "Meriem", "Djamila"),
                    List.of("Mohamed", "Karim", "Yacine", "Amine", "Sofiane", "Rachid", "Mourad", "Nassim", "Djamel", "Farid"),
                    List.of("Benali", "Bouzid", "Haddad", "Belkacem", "Cherif", "Mansouri", "Hamidi", "Saadi", "Benaissa", "Ait Ahmed", "Meziane", "Amrouche"),
                    List.of("Association algérienne pour l'environnement", "Collectif des jeunes de Béjaïa", "Réseau Nada des droits de l'enfant"),
                    "90", 0.35, false, null, null),
            new Nationality("MA", 22, List.of("CMN", "RAK", "FEZ", "TNG", "RBA"), 2,
                    List.of(lang("ar", 0.95), lang("fr", 0.75), lang("zgh", 0.25), lang("en", 0.35), lang("es", 0.1)),
                    List.of("Fatima", "Khadija", "Salma", "Imane", "Nadia", "Houda", "Zineb", "Hanane", "Meryem", "Loubna"),
                    List.of("Youssef", "Mohammed", "Hamza", "Anas", "Omar", "Mehdi", "Rachid", "Hicham", "Said", "Khalid"),
                    List.of("Alaoui", "Benjelloun", "El Idrissi", "Bennani", "Tazi", "Amrani", "Chraibi", "El Fassi", "Berrada", "Ouazzani", "Lahlou", "Bouzidi"),
                    List.of("Association marocaine pour l'eau et les oasis", "Réseau des femmes artisanes du Souss", "Forum marocain des jeunes"),
                    "visa free", 0.4, false, null, null),
            new Nationality("TN", 40, List.of("TUN"), 1,
                    List.of(lang("ar", 1.0), lang("fr", 0.85), lang("en", 0.4), lang("it", 0.05)),
                    List.of("Amel", "Sonia", "Leila", "Salma", "Rim", "Ines", "Mariem", "Asma", "Wafa", "Olfa"),
                    List.of("Mohamed", "Ahmed", "Sami", "Walid", "Mehdi", "Karim", "Anis", "Hichem", "Slim", "Nizar"),
                    List.of("Trabelsi", "Jebali", "Gharbi", "Ben Salah", "Chaabane", "Hammami", "Mejri", "Ayari", "Jlassi", "Ben Amor", "Dridi", "Zitouni"),
                    List.of("Association tunisienne des femmes du Sud", "Jeunesse de Djerba pour l'île", "Observatoire citoyen de Médenine"),
                    "-1", 0.45, false, null, null),
            new Nationality("EG", 12, List.of("CAI"), 1,
                    List.of(lang("ar", 1.0), lang("en", 0.75), lang("fr", 0.15)),
                    List.of("Mona", "Nour", "Yasmin", "Heba", "Aya", "Dina", "Rania", "Salma", "Mariam", "Shaimaa"),
                    List.of("Ahmed", "Mohamed", "Mahmoud", "Mostafa", "Omar", "Karim", "Tarek", "Hossam", "Amr", "Youssef"),
                    List.of("Hassan", "Ibrahim", "Mahmoud", "El-Sayed", "Abdel Rahman", "Farouk", "Mansour", "Khalil", "Saleh", "Ezzat", "Fahmy", "Gaber"),
                    List.of("Nile Women's Development Association", "Cairo Youth Forum for Dialogue", "Egyptian Network for Desert Communities"),
                    "visa required", 0.3, false, null, null),
            new Nationality("FR", 24, List.of("CDG", "ORY", "MRS", "LYS", "NCE", "NTE", "TLS", "BOD", "LIL", "SXB"), 4,
                    List.of(lang("fr", 1.0), lang("en", 0.75), lang("ar", 0.12), lang("es", 0.15), lang("de", 0.05)),
                    List.of("Camille", "Marie", "Julie", "Claire", "Sophie", "Léa", "Manon", "Chloé", "Anne", "Isabelle"),
                    List.of("Thomas", "Nicolas", "Julien", "Pierre", "Antoine", "Mathieu", "Laurent", "Olivier", "Hugo", "Lucas"),
                    List.of("Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau", "Simon", "Lefebvre"),
                    List.of("Solidarités Méditerranée", "Terres du Sahel France", "Collectif Jeunesse et Climat"),
                    "90", 0.0, false, null, null),
            new Nationality("BE", 9, List.of("BRU"), 1,
                    List.of(lang("nl", 0.55), lang("fr", 0.6), lang("en", 0.8), lang("de", 0.05)),
                    List.of("Emma", "Louise", "Marie", "Sarah", "Laura", "Els", "Sofie", "Nathalie", "Charlotte", "An"),
                    List.of("Pieter", "Jan", "Tom", "Wouter", "Maxime", "Olivier", "Thomas", "Koen", "Benoît", "Arnaud"),
                    List.of("Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens", "Dupont", "Lambert", "Wouters", "Dubois"),
                    List.of("Brussels Platform for Sahel Partnerships", "Vrouwen voor Vrede", "Coopération Wallonie-Sud"),
                    "90", 0.0, false, null, null),
            new Nationality("IT", 11, List.of("FCO", "MXP", "NAP", "VCE", "BLQ"), 2,
                    List.of(lang("it", 1.0), lang("en", 0.65), lang("fr", 0.25)),
                    List.of("Giulia", "Francesca", "Chiara", "Sara", "Martina", "Elena", "Valentina", "Alessandra", "Federica", "Laura"),
                    List.of("Marco", "Luca", "Giuseppe", "Andrea", "Francesco", "Alessandro", "Matteo", "Lorenzo", "Davide", "Paolo"),
                    List.of("Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco", "Bruno", "Gallo"),
                    List.of("Mediterraneo Solidale", "Rete Donne del Sud", "Associazione Ponti sul Mare"),
                    "90", 0.0, false, null, null),
            new Nationality("DE", 12, List.of("FRA", "BER", "MUC", "DUS", "HAM", "STR"), 2,
                    List.of(lang("de", 1.0), lang("en", 0.85), lang("fr", 0.25), lang("tr", 0.05)),
                    List.of("Anna", "Julia", "Katharina", "Laura", "Lena", "Sabine", "Claudia", "Hannah", "Sarah", "Miriam"),
                    List.of("Thomas", "Michael", "Andreas", "Stefan", "Jan", "Felix", "Lukas", "Tobias", "Daniel", "Matthias"),
                    List.of("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann", "Koch", "Richter"),
                    List.of("Netzwerk Sahel-Partnerschaft", "Frauen für Klimagerechtigkeit", "Stiftung Wüstenrand"),
                    "120", 0.0, false, null, null),
            new Nationality("MN", 6, List.of("UBN"), 1,
                    List.of(lang("mn", 1.0), lang("en", 0.55), lang("ru", 0.35)),
                    List.of("Oyunchimeg", "Enkhtuya", "Sarangerel", "Bolormaa", "Altantsetseg", "Narantuya", "Gerelmaa", "Tsetsegmaa", "Anujin", "Khulan"),
                    List.of("Bat-Erdene", "Ganbold", "Enkhbayar", "Batbayar", "Tömör", "Gantulga", "Temuulen", "Bilguun", "Erdenebat", "Sükhbaatar"),
                    List.of("Batbayar", "Ganbold", "Enkhbayar", "Dorj", "Tseren", "Gantulga", "Erdenebat", "Lkhagva", "Purev", "Sükhbaatar", "Bat-Ochir", "Damdin"),
                    List.of("Mongolian Herders' Steppe Alliance", "Gobi Women's Cooperative Network", "Ulaanbaatar Civic Youth Centre"),
                    "visa required", 0.25, true, null, null));

    private Nationalities() {
    }

    static Nationality of(String code) {
        return ALL.stream().filter(nationality -> nationality.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown nationality " + code));
    }

    /** Countries of the European Union among ours: their citizens need no Schengen visa and fly within it. */
    static boolean isEu(String code) {
        return switch (code) {
            case "FR", "BE", "IT", "DE" -> true;
            default -> false;
        };
    }
}
