package org.caravan.data.generate;

import org.caravan.data.dataset.Airport;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The real airports and scheduled routes the generator flies over, kept as small tables.
 *
 * <p>Source: OpenFlights ({@code airports.dat}, {@code routes.dat} joined to {@code airlines.dat} on airline_id),
 * Open Database License (ODbL) 1.0, see docs/DATA-SOURCES.md. Only non-codeshare, non-stop routes between the
 * airports below are kept, without carriers that no longer fly (Air Berlin, Aigle Azur, Germanwings, ...)
 * and without foreign carriers' tag legs that may not carry local passengers (Ethiopian within Europe,
 * Luxair within Tunisia), and without Air France's Paris routes to Bamako, Niamey and Ouagadougou, suspended
 * since 2023.
 * The routes date from 2014, before three airports moved: Dakar DKR to DSS (2017), Berlin TXL to BER (2020)
 * and Ulaanbaatar ULN to UBN (2021); their routes are given under the new codes, whose coordinates come from
 * the ip2location IATA/ICAO list (CC BY-SA 4.0). Time zones are IANA names (filled in where OpenFlights has none).
 */
final class ReferenceNetwork {

    /** The airports: code, city, ISO 3166-1 country, IANA time zone, latitude, longitude. */
    static final List<Airport> AIRPORTS = List.of(
        airport("ALG", "Algiers", "DZ", "Africa/Algiers", 36.6910, 3.2154),
        airport("BER", "Berlin", "DE", "Europe/Berlin", 52.3514, 13.4939),
        airport("BKO", "Bamako", "ML", "Africa/Bamako", 12.5335, -7.9499),
        airport("BLQ", "Bologna", "IT", "Europe/Rome", 44.5354, 11.2887),
        airport("BOD", "Bordeaux", "FR", "Europe/Paris", 44.8283, -0.7156),
        airport("BRU", "Brussels", "BE", "Europe/Brussels", 50.9014, 4.4844),
        airport("CAI", "Cairo", "EG", "Africa/Cairo", 30.1219, 31.4056),
        airport("CDG", "Paris", "FR", "Europe/Paris", 49.0128, 2.5500),
        airport("CMN", "Casablanca", "MA", "Africa/Casablanca", 33.3675, -7.5900),
        airport("CZL", "Constantine", "DZ", "Africa/Algiers", 36.2760, 6.6204),
        airport("DJE", "Djerba", "TN", "Africa/Tunis", 33.8750, 10.7755),
        airport("DSS", "Dakar", "SN", "Africa/Dakar", 14.6700, -17.0733),
        airport("DUS", "Düsseldorf", "DE", "Europe/Berlin", 51.2895, 6.7668),
        airport("FCO", "Rome", "IT", "Europe/Rome", 41.8003, 12.2389),
        airport("FEZ", "Fez", "MA", "Africa/Casablanca", 33.9273, -4.9780),
        airport("FRA", "Frankfurt", "DE", "Europe/Berlin", 50.0333, 8.5706),
        airport("HAM", "Hamburg", "DE", "Europe/Berlin", 53.6304, 9.9882),
        airport("IST", "Istanbul", "TR", "Europe/Istanbul", 41.2753, 28.7519),
        airport("LIL", "Lille", "FR", "Europe/Paris", 50.5633, 3.0869),
        airport("LYS", "Lyon", "FR", "Europe/Paris", 45.7256, 5.0811),
        airport("MIR", "Monastir", "TN", "Africa/Tunis", 35.7581, 10.7547),
        airport("MRS", "Marseille", "FR", "Europe/Paris", 43.4393, 5.2214),
        airport("MUC", "Munich", "DE", "Europe/Berlin", 48.3538, 11.7861),
        airport("MXP", "Milan", "IT", "Europe/Rome", 45.6306, 8.7281),
        airport("NAP", "Naples", "IT", "Europe/Rome", 40.8860, 14.2908),
        airport("NBE", "Enfidha", "TN", "Africa/Tunis", 36.0758, 10.4386),
        airport("NCE", "Nice", "FR", "Europe/Paris", 43.6584, 7.2159),
        airport("NDJ", "N'Djamena", "TD", "Africa/Ndjamena", 12.1337, 15.0340),
        airport("NIM", "Niamey", "NE", "Africa/Niamey", 13.4815, 2.1836),
        airport("NKC", "Nouakchott", "MR", "Africa/Nouakchott", 18.3100, -15.9697),
        airport("NTE", "Nantes", "FR", "Europe/Paris", 47.1532, -1.6107),
        airport("ORN", "Oran", "DZ", "Africa/Algiers", 35.6239, -0.6212),
        airport("ORY", "Paris", "FR", "Europe/Paris", 48.7233, 2.3794),
        airport("OUA", "Ouagadougou", "BF", "Africa/Ouagadougou", 12.3532, -1.5124),
        airport("PEK", "Beijing", "CN", "Asia/Shanghai", 40.0801, 116.5850),
        airport("RAK", "Marrakech", "MA", "Africa/Casablanca", 31.6069, -8.0363),
        airport("RBA", "Rabat", "MA", "Africa/Casablanca", 34.0515, -6.7515),
        airport("SFA", "Sfax", "TN", "Africa/Tunis", 34.7180, 10.6910),
        airport("STR", "Stuttgart", "DE", "Europe/Berlin", 48.6899, 9.2220),
        airport("SXB", "Strasbourg", "FR", "Europe/Paris", 48.5383, 7.6282),
        airport("TLS", "Toulouse", "FR", "Europe/Paris", 43.6291, 1.3638),
        airport("TNG", "Tangier", "MA", "Africa/Casablanca", 35.7269, -5.9169),
        airport("TUN", "Tunis", "TN", "Africa/Tunis", 36.8510, 10.2272),
        airport("UBN", "Ulaanbaatar", "MN", "Asia/Ulaanbaatar", 47.6516, 106.8220),
        airport("VCE", "Venice", "IT", "Europe/Rome", 45.5053, 12.3519));

    /**
     * Direct routes as "FROM-TO CARRIERS" (IATA airline codes separated by '/'); directional, as in routes.dat.
     * Only routes on a plausible path to or from Djerba (DJE) are listed.
     */
    private static final List<String> ROUTES = List.of(
            "ALG-BKO AH", "ALG-BOD AH", "ALG-BRU AH", "ALG-CAI AH/MS", "ALG-CDG AF/AH", "ALG-CMN AH/AT",
            "ALG-DSS AH", "ALG-FRA AH/LH", "ALG-LIL AH", "ALG-LYS AH", "ALG-MRS AF/AH", "ALG-MXP AH",
            "ALG-NCE AH", "ALG-NIM AH", "ALG-ORN AH", "ALG-ORY AH", "ALG-OUA AH", "ALG-TLS AH",
            "ALG-TUN AH/TU", "BER-BRU SN", "BER-CDG AF/LH", "BER-FRA LH", "BER-IST TK", "BER-MRS AF",
            "BER-MUC LH", "BKO-ALG AH", "BKO-CMN AT", "BKO-TUN TU", "BLQ-FCO AZ",
            "BLQ-TUN TU", "BOD-ALG AH", "BOD-BRU U2", "BOD-CDG AF", "BOD-CMN AT", "BOD-FCO AZ",
            "BOD-LYS U2", "BOD-MRS AF/FR", "BOD-MUC V7", "BOD-ORY AF", "BOD-TUN TU", "BRU-ALG AH",
            "BRU-BER SN", "BRU-BOD U2", "BRU-CDG SN", "BRU-CMN 3O/AT", "BRU-DJE TU", "BRU-DSS SN",
            "BRU-FCO AZ/FR/IB/SN", "BRU-FRA LH", "BRU-HAM SN", "BRU-IST TK", "BRU-LYS SN/U2", "BRU-MRS SN",
            "BRU-MUC LH", "BRU-MXP SN/U2", "BRU-OUA SN", "BRU-RAK AT/SN", "BRU-SXB SN", "BRU-TLS SN/U2",
            "BRU-TNG 3O/AT", "BRU-TUN TU", "BRU-VCE IB/SN", "CAI-ALG AH/MS", "CAI-CDG AF/MS", "CAI-FCO AZ/MS",
            "CAI-FRA LH/MS", "CAI-IST MS/TK", "CAI-MUC MS", "CAI-TUN MS/TU", "CDG-ALG AF/AH", "CDG-BER AF/LH",
            "CDG-BOD AF", "CDG-BRU SN", "CDG-CAI AF/MS", "CDG-CMN AF/L6/U2", "CDG-DJE BJ",
            "CDG-DSS AF", "CDG-DUS AF/LH", "CDG-FCO AF/AZ", "CDG-FRA AF/LH", "CDG-HAM AF", "CDG-IST AF/TK",
            "CDG-LYS AF", "CDG-MRS AF", "CDG-MUC AF/LH", "CDG-MXP U2", "CDG-NDJ AF",
            "CDG-NKC AF", "CDG-NTE AF", "CDG-PEK AF/CA", "CDG-RAK U2", "CDG-RBA AF",
            "CDG-STR AF", "CDG-TLS AF/U2", "CDG-TUN AF/BJ", "CDG-VCE AF/U2", "CMN-ALG AH/AT", "CMN-BER AT",
            "CMN-BKO AT", "CMN-BOD AT", "CMN-BRU 3O/AT", "CMN-CDG AF/L6/U2", "CMN-DSS AT", "CMN-FCO AT/AZ",
            "CMN-FEZ AT", "CMN-FRA AT/LH", "CMN-LYS 3O/AT/U2", "CMN-MRS AT", "CMN-MUC AT", "CMN-NIM AT",
            "CMN-NKC AT/L6", "CMN-NTE AT", "CMN-ORY AT", "CMN-OUA AT", "CMN-RAK AT", "CMN-RBA AT",
            "CMN-SXB AT", "CMN-TLS 3O/AF/AT", "CMN-TNG AT", "CMN-TUN AT/TU", "DJE-BRU TU", "DJE-CDG BJ",
            "DJE-DUS DE/TU", "DJE-FRA DE/TU", "DJE-HAM TU", "DJE-LIL BJ/TO", "DJE-LYS BJ/TU", "DJE-MRS BJ/TU",
            "DJE-MUC BJ/DE/TU", "DJE-NCE TU", "DJE-NTE BJ/TO/TU", "DJE-ORY TO/TU", "DJE-SXB TU",
            "DJE-TUN UG", "DSS-ALG AH", "DSS-BRU SN", "DSS-CDG AF", "DSS-CMN AT", "DSS-IST TK",
            "DSS-ORY SS", "DSS-TUN TU", "DUS-CDG AF/LH", "DUS-DJE DE/TU", "DUS-FCO LH", "DUS-FRA LH",
            "DUS-IST TK", "DUS-MUC LH", "DUS-TUN TU", "FCO-BLQ AZ", "FCO-BOD AZ", "FCO-BRU AZ/FR/IB/SN",
            "FCO-CAI AZ/MS", "FCO-CDG AF/AZ", "FCO-CMN AT/AZ", "FCO-DUS LH", "FCO-FRA AZ/LH", "FCO-HAM U2",
            "FCO-LYS AF/AZ/U2", "FCO-MRS AF", "FCO-MUC AZ/LH", "FCO-MXP AZ/BV/U2", "FCO-NAP AZ", "FCO-NCE AZ/U2",
            "FCO-NTE TO/U2", "FCO-ORY IB/U2", "FCO-SXB AZ", "FCO-TLS AF/AZ/U2", "FCO-TUN AZ/TU", "FCO-VCE AZ/TO",
            "FEZ-CMN AT", "FEZ-MRS FR", "FEZ-ORY AT", "FRA-ALG AH/LH", "FRA-BER LH", "FRA-BRU LH",
            "FRA-CAI LH/MS", "FRA-CDG AF/LH", "FRA-CMN AT/LH", "FRA-DJE DE/TU", "FRA-DUS LH", "FRA-FCO AZ/LH",
            "FRA-HAM LH", "FRA-IST LH/TK", "FRA-LYS LH", "FRA-MRS LH", "FRA-MUC LH", "FRA-MXP LH",
            "FRA-PEK CA/LH", "FRA-STR LH", "FRA-TLS LH", "FRA-TUN LH/TU", "FRA-VCE LH", "HAM-BRU SN",
            "HAM-CDG AF", "HAM-DJE TU", "HAM-FCO U2", "HAM-FRA LH/X3", "HAM-IST TK", "HAM-MUC LH",
            "IST-BER TK", "IST-BRU TK", "IST-CAI MS/TK", "IST-CDG AF/TK", "IST-DUS TK", "IST-FRA LH/TK",
            "IST-HAM TK", "IST-MUC LH/TK", "IST-NIM TK", "IST-STR TK", "IST-TUN TK/TU", "LIL-ALG AH",
            "LIL-DJE BJ/TO", "LIL-MRS AF/FR", "LYS-ALG AH", "LYS-BOD U2", "LYS-BRU SN/U2", "LYS-CDG AF",
            "LYS-CMN 3O/AT/U2", "LYS-DJE BJ/TU", "LYS-FCO AZ/U2", "LYS-FRA LH", "LYS-MXP AZ", "LYS-NCE AF/U2",
            "LYS-NTE U2", "LYS-ORY AF", "LYS-RAK AT/TO/U2", "LYS-TLS AF/U2", "LYS-TUN BJ/TO/TU", "LYS-VCE U2",
            "MRS-ALG AF/AH", "MRS-BER AF", "MRS-BOD AF/FR", "MRS-BRU SN", "MRS-CDG AF", "MRS-CMN AT",
            "MRS-DJE BJ/TU", "MRS-FCO AF", "MRS-FEZ FR", "MRS-FRA LH", "MRS-LIL AF/FR", "MRS-MXP AZ",
            "MRS-NTE AF/FR", "MRS-ORY AF", "MRS-RAK AF/AT/FR", "MRS-RBA FR", "MRS-TNG FR", "MRS-TUN AF/TU",
            "MRS-VCE AF", "MUC-BER LH", "MUC-BOD V7", "MUC-BRU LH", "MUC-CAI MS", "MUC-CDG AF/LH",
            "MUC-CMN AT", "MUC-DJE BJ/DE/TU", "MUC-DUS LH/X3", "MUC-FCO AZ/LH", "MUC-FRA LH", "MUC-HAM LH",
            "MUC-IST LH/TK", "MUC-MXP LH", "MUC-NTE V7", "MUC-PEK CA/LH", "MUC-RAK AT", "MUC-TUN TU",
            "MUC-VCE EN", "MXP-ALG AH", "MXP-BRU SN/U2", "MXP-CDG U2", "MXP-FCO AZ/BV/U2", "MXP-FRA LH",
            "MXP-LYS AZ", "MXP-MRS AZ", "MXP-MUC LH", "MXP-TUN AZ/TU", "NAP-FCO AZ", "NAP-TUN UG",
            "NCE-ALG AH", "NCE-DJE TU", "NCE-FCO AZ/U2", "NCE-LYS AF/U2", "NCE-TUN TU", "NDJ-CDG AF",
            "NDJ-IST TK", "NIM-ALG AH", "NIM-CMN AT", "NKC-CDG AF", "NKC-CMN AT/L6",
            "NKC-TUN TU", "NTE-CDG AF", "NTE-CMN AT", "NTE-DJE BJ/TO/TU", "NTE-FCO TO/U2", "NTE-LYS BJ/U2",
            "NTE-MRS AF/FR", "NTE-MUC V7", "NTE-ORY AF", "NTE-TUN BJ/TU", "ORN-ALG AH", "ORN-TUN TU",
            "ORY-ALG AH", "ORY-BOD AF", "ORY-CMN AT", "ORY-DJE TO/TU", "ORY-DSS SS", "ORY-FCO IB/U2",
            "ORY-FEZ AT", "ORY-LYS AF", "ORY-MRS AF", "ORY-NTE AF", "ORY-RAK AT/TO", "ORY-RBA AT",
            "ORY-SXB AF", "ORY-TLS AF/U2", "ORY-TNG AT", "ORY-TUN TO/TU", "ORY-VCE TO/U2", "OUA-ALG AH",
            "OUA-BRU SN", "OUA-CMN AT", "OUA-IST TK", "OUA-TUN TU", "PEK-CDG AF/CA",
            "PEK-FRA CA/LH", "PEK-MUC CA/LH", "PEK-UBN CA/OM", "RAK-BRU AT/SN", "RAK-CDG U2", "RAK-CMN AT",
            "RAK-LYS AT/TO/U2", "RAK-MRS AF/AT/FR", "RAK-MUC AT", "RAK-ORY AT/TO", "RBA-CDG AF", "RBA-CMN AT",
            "RBA-MRS FR", "RBA-ORY AT", "STR-CDG AF", "STR-FRA LH", "STR-IST TK", "STR-MUC X3",
            "SXB-BRU SN", "SXB-CMN AT", "SXB-DJE TU", "SXB-FCO AZ", "SXB-ORY AF", "SXB-TUN TU",
            "TLS-ALG AH", "TLS-BRU SN/U2", "TLS-CDG AF/U2", "TLS-CMN 3O/AF/AT", "TLS-FCO AF/AZ/U2", "TLS-FRA LH",
            "TLS-LYS AF/U2", "TLS-ORY AF/U2", "TLS-TUN TU", "TNG-BRU 3O/AT", "TNG-CMN AT", "TNG-MRS FR",
            "TNG-ORY AT", "TUN-ALG AH/TU", "TUN-BKO TU", "TUN-BLQ TU", "TUN-BOD TU", "TUN-BRU TU",
            "TUN-CAI MS/TU", "TUN-CDG AF/BJ", "TUN-CMN AT/TU", "TUN-DJE UG", "TUN-DSS TU", "TUN-DUS TU",
            "TUN-FCO AZ/TU", "TUN-FRA LH/TU", "TUN-IST TK/TU", "TUN-LYS BJ/TO/TU", "TUN-MRS AF/TU", "TUN-MUC TU",
            "TUN-MXP AZ/TU", "TUN-NAP UG", "TUN-NCE TU", "TUN-NKC TU", "TUN-NTE BJ/TU", "TUN-ORN TU",
            "TUN-ORY TO/TU", "TUN-OUA TU", "TUN-SXB TU", "TUN-TLS TU", "TUN-VCE TU", "UBN-PEK CA/OM",
            "VCE-BRU IB/SN", "VCE-CDG AF/U2", "VCE-FCO AZ", "VCE-FRA LH", "VCE-LYS AF/U2", "VCE-MRS AF",
            "VCE-MUC EN", "VCE-ORY TO/U2", "VCE-TUN TU");

    /** A direct route flown by one or more carriers. */
    record Route(String from, String to, List<String> carriers) {
    }

    private static final Map<String, Airport> BY_CODE = new LinkedHashMap<>();
    private static final Map<String, List<Route>> ROUTES_FROM = new LinkedHashMap<>();

    static {
        AIRPORTS.forEach(airport -> BY_CODE.put(airport.code(), airport));
        for (String line : ROUTES) {
            String[] parts = line.split(" ");
            String[] ends = parts[0].split("-");
            Route route = new Route(ends[0], ends[1], List.of(parts[1].split("/")));
            if (!BY_CODE.containsKey(route.from()) || !BY_CODE.containsKey(route.to())) {
                throw new IllegalStateException("Route " + line + " names an airport missing from the airport table");
            }
            ROUTES_FROM.computeIfAbsent(route.from(), key -> new ArrayList<>()).add(route);
        }
    }

    private ReferenceNetwork() {
    }

    private static Airport airport(String code, String city, String country, String timeZone, double lat, double lon) {
        return new Airport(code, city, country, timeZone, lat, lon);
    }

    static Airport airport(String code) {
        Airport airport = BY_CODE.get(code);
        if (airport == null) {
            throw new IllegalArgumentException("Unknown airport (" + code + ") in the generator's tables");
        }
        return airport;
    }

    /** Direct routes leaving this airport, in table order. */
    static List<Route> routesFrom(String code) {
        return Collections.unmodifiableList(ROUTES_FROM.getOrDefault(code, List.of()));
    }

    static Route route(String from, String to) {
        for (Route route : routesFrom(from)) {
            if (route.to().equals(to)) {
                return route;
            }
        }
        return null;
    }

    /** Great-circle distance in km (haversine, mean Earth radius). */
    static double distanceKm(Airport a, Airport b) {
        return distanceKm(a.lat(), a.lon(), b.lat(), b.lon());
    }

    static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * 6371.0 * Math.asin(Math.sqrt(h));
    }
}
