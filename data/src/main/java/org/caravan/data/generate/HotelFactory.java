package org.caravan.data.generate;

import org.caravan.data.dataset.Hotel;
import org.caravan.data.dataset.NightRange;
import org.caravan.data.dataset.Room;
import org.caravan.data.dataset.Venue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Hotels along the Djerba coast (invented names, real places): Houmt Souk, Midoun, Sidi Mahrez, Aghir, La Séguia,
 * and for large events Taguermess and Zarzis on the mainland. Prices grow with stars and beds; Tunisia's tourist
 * tax is charged per person and night and grows with the stars.
 */
final class HotelFactory {

    /** Rooms of one to four beds, as hotels sell them. */
    enum RoomType {
        SINGLE(1, 1.0), TWIN(2, 1.3), TRIPLE(3, 1.6), QUAD(4, 1.85);

        final int beds;
        final double priceFactor;

        RoomType(int beds, double priceFactor) {
            this.beds = beds;
            this.priceFactor = priceFactor;
        }
    }

    private record Template(String name, String zone, double lat, double lon, int stars, int rooms) {
    }

    /** The flagship's eight hotels: 170 rooms. */
    private static final List<Template> FLAGSHIP = List.of(
            // Listed so that the first few, used by small events, already span the stars.
            new Template("Palais des Dunes", "Sidi Mahrez", 33.8455, 10.9720, 5, 30),
            new Template("Dar El Houma", "Houmt Souk", 33.8760, 10.8580, 3, 18),
            new Template("Hôtel Les Palmes d'Aghir", "Aghir", 33.7680, 11.0330, 4, 26),
            new Template("Hôtel Jasmin de Midoun", "Midoun", 33.8080, 10.9930, 2, 14),
            new Template("Hôtel La Séguia Plage", "La Séguia", 33.8110, 11.0420, 3, 20),
            new Template("Résidence Mer Bleue", "Midoun", 33.8260, 11.0120, 4, 28),
            new Template("Hôtel El Kantara Club", "Aghir", 33.7550, 11.0250, 3, 22),
            new Template("Auberge du Vieux Port", "Houmt Souk", 33.8800, 10.8610, 2, 12));

    private record Zone(String name, double lat, double lon) {
    }

    private static final List<Zone> ZONES = List.of(
            new Zone("Houmt Souk", 33.8740, 10.8600), new Zone("Midoun", 33.8080, 10.9930),
            new Zone("Sidi Mahrez", 33.8470, 10.9650), new Zone("Aghir", 33.7640, 11.0300),
            new Zone("La Séguia", 33.8110, 11.0420), new Zone("Taguermess", 33.8230, 11.0520),
            new Zone("Zarzis", 33.5040, 11.1120));
    private static final List<String> NAMES = List.of("Méninx", "Les Sirènes", "Lotus", "Oasis", "Flamants Roses",
            "Corail", "Zitouna", "Rivage", "Sables d'Or", "Palmeraie", "Al Bahr", "Nour", "Tamaris", "Yasmina",
            "Bougainvillées", "Andalous", "Ulysse", "Phare", "Mimosas", "Hibiscus");
    private static final List<String> KINDS = List.of("Hôtel", "Résidence", "Club", "Dar");

    static final LocalDate BLOCK_FROM = LocalDate.of(2026, 3, 22);
    static final LocalDate BLOCK_TO = LocalDate.of(2026, 3, 31);
    /** Shorter blocks some rooms are held on. */
    private static final List<NightRange> SHORT_BLOCKS = List.of(
            new NightRange(LocalDate.of(2026, 3, 23), LocalDate.of(2026, 3, 29)),
            new NightRange(LocalDate.of(2026, 3, 24), LocalDate.of(2026, 3, 30)),
            new NightRange(LocalDate.of(2026, 3, 22), LocalDate.of(2026, 3, 28)));

    private final RandomGenerator random;

    HotelFactory(RandomGenerator random) {
        this.random = random;
    }

    List<Hotel> hotels(int hotelCount, int roomCount, Venue venue) {
        List<Template> templates = new ArrayList<>(FLAGSHIP.subList(0, Math.min(hotelCount, FLAGSHIP.size())));
        Set<String> names = new LinkedHashSet<>();
        templates.forEach(template -> names.add(template.name()));
        while (templates.size() < hotelCount) {
            Zone zone = ZONES.get(random.nextInt(ZONES.size()));
            String name = KINDS.get(random.nextInt(KINDS.size())) + " " + NAMES.get(random.nextInt(NAMES.size()));
            if (!names.add(name)) {
                name = name + " " + zone.name();
                if (!names.add(name)) {
                    continue;
                }
            }
            int stars = 2 + random.nextInt(4);
            double lat = zone.lat() + (random.nextDouble() - 0.5) * 0.02;
            double lon = zone.lon() + (random.nextDouble() - 0.5) * 0.02;
            templates.add(new Template(name, zone.name(), round(lat, 4), round(lon, 4), stars, 20 + random.nextInt(41)));
        }
        int[] rooms = apportion(templates.stream().mapToInt(Template::rooms).toArray(), roomCount);
        List<Hotel> hotels = new ArrayList<>();
        for (int h = 0; h < templates.size(); h++) {
            Template template = templates.get(h);
            String id = "h" + (h + 1);
            double km = ReferenceNetwork.distanceKm(template.lat(), template.lon(), venue.lat(), venue.lon()) * 1.3;
            hotels.add(new Hotel(id, template.name(), template.lat(), template.lon(), template.stars(),
                    round(Math.max(0.3, km), 1), tax(template.stars()), rooms(id, template.stars(), rooms[h]),
                    address(template.zone())));
        }
        return hotels;
    }

    private List<Room> rooms(String hotelId, int stars, int count) {
        double hotelFactor = 0.9 + 0.2 * random.nextDouble();
        double basePrice = switch (stars) {
            case 2 -> 32;
            case 3 -> 48;
            case 4 -> 75;
            default -> 120;
        };
        // Better hotels sell more singles and twins, simpler ones more family rooms.
        double[] mix = switch (stars) {
            case 5 -> new double[] {0.25, 0.55, 0.15, 0.05};
            case 4 -> new double[] {0.2, 0.55, 0.17, 0.08};
            case 3 -> new double[] {0.15, 0.5, 0.2, 0.15};
            default -> new double[] {0.1, 0.4, 0.3, 0.2};
        };
        int accessibleLeft = stars >= 3 ? Math.max(1, (int) Math.round(count * 0.04)) : 0;
        List<Room> rooms = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            RoomType type = draw(mix);
            boolean accessible = accessibleLeft > 0 && (type == RoomType.TWIN || type == RoomType.SINGLE) && random.nextDouble() < 0.3;
            if (accessible) {
                accessibleLeft--;
            }
            NightRange block = random.nextDouble() < 0.85
                    ? new NightRange(BLOCK_FROM, BLOCK_TO)
                    : SHORT_BLOCKS.get(random.nextInt(SHORT_BLOCKS.size()));
            long price = Math.round(basePrice * type.priceFactor * hotelFactor);
            String id = hotelId + "-" + (100 * (1 + i / 40) + i % 40 + 1);
            rooms.add(new Room(id, type.name(), type.beds, BigDecimal.valueOf(price), accessible, block));
        }
        return rooms;
    }

    private RoomType draw(double[] mix) {
        double u = random.nextDouble();
        double sum = 0;
        for (int t = 0; t < mix.length; t++) {
            sum += mix[t];
            if (u < sum) {
                return RoomType.values()[t];
            }
        }
        return RoomType.TWIN;
    }

    /** An invented street address in a real place; Zarzis is on the mainland, the other places on the island. */
    private static String address(String zone) {
        return "Zarzis".equals(zone) ? "Zone touristique, Zarzis, Tunisie" : "Zone touristique, " + zone + ", Djerba, Tunisie";
    }

    /** Tourist tax per person and night, by stars (an assumption of a few euros; see docs/DATA-SOURCES.md). */
    static BigDecimal tax(int stars) {
        return switch (stars) {
            case 2 -> new BigDecimal("1.00");
            case 3 -> new BigDecimal("1.50");
            case 4 -> new BigDecimal("2.50");
            default -> new BigDecimal("3.00");
        };
    }

    /** Splits {@code total} in proportion to {@code weights} with the largest remainders, so the parts add up. */
    static int[] apportion(int[] weights, int total) {
        long sum = 0;
        for (int weight : weights) {
            sum += weight;
        }
        int[] parts = new int[weights.length];
        double[] remainders = new double[weights.length];
        int given = 0;
        for (int i = 0; i < weights.length; i++) {
            double exact = (double) total * weights[i] / sum;
            parts[i] = (int) Math.floor(exact);
            remainders[i] = exact - parts[i];
            given += parts[i];
        }
        while (given < total) {
            int best = 0;
            for (int i = 1; i < weights.length; i++) {
                if (remainders[i] > remainders[best]) {
                    best = i;
                }
            }
            parts[best]++;
            remainders[best] = -1;
            given++;
        }
        return parts;
    }

    private static double round(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, java.math.RoundingMode.HALF_UP).doubleValue();
    }
}
