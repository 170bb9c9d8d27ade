package org.caravan.benchmarks.suite;

import org.caravan.data.dataset.Dataset;
import org.caravan.data.dataset.Hotel;
import org.caravan.data.dataset.Participant;
import org.caravan.data.dataset.Room;
import org.caravan.data.generate.DatasetGenerator;
import org.caravan.data.generate.FlagshipSample;
import org.caravan.data.generate.GeneratorOptions;
import org.caravan.data.validation.DatasetLoader;
import org.caravan.data.validation.DatasetValidator;
import org.caravan.data.validation.ValidDataset;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A dataset of the suite: a file (the flagship sample, or any planner's dataset), or a generated one fixed by its size,
 * seed and budget coverage so that every run of the suite sees the same data.
 *
 * @param budgetCoverage share of the participants the budget and the beds should cover (null: the generator's budget
 *     default, 0.85, and all its rooms)
 */
public record DatasetSpec(String name, Path file, Integer participants, Long seed, Double budgetCoverage) {

    public static DatasetSpec file(String name, Path file) {
        return new DatasetSpec(name, file, null, null, null);
    }

    public static DatasetSpec generated(int participants, long seed, Double budgetCoverage) {
        String name = "gen-" + participants + (budgetCoverage == null ? "" : "-cov" + budgetCoverage);
        return new DatasetSpec(name, null, participants, seed, budgetCoverage);
    }

    /** The dataset, validated: a file that cannot be planned fails here, before any contender's clock starts. */
    public ValidDataset load() {
        if (file != null) {
            if (!java.nio.file.Files.exists(file) && FlagshipSample.FILE_NAME.equals(file.getFileName().toString())) {
                return DatasetValidator.valid(FlagshipSample.dataset()); // the sample's own generator, before the file is written
            }
            return DatasetLoader.load(file);
        }
        GeneratorOptions options = GeneratorOptions.of(participants, seed);
        if (budgetCoverage == null) {
            return DatasetValidator.valid(DatasetGenerator.generate(options));
        }
        return DatasetValidator.valid(
                withBedsFor(DatasetGenerator.generate(options.withBudgetCoverage(budgetCoverage)), budgetCoverage));
    }

    /**
     * The same dataset with only enough beds for {@code coverage} of the people who need one: rooms are kept taking
     * one from each hotel in turn (so every hotel keeps some), and hotels left without rooms are dropped.
     */
    static Dataset withBedsFor(Dataset dataset, double coverage) {
        long lodgers = dataset.participants().stream().filter(Participant::needsLodging).count();
        long target = Math.round(lodgers * coverage);
        List<List<Room>> kept = new ArrayList<>();
        dataset.hotels().forEach(h -> kept.add(new ArrayList<>()));
        long beds = 0;
        for (int i = 0; beds < target; i++) {
            boolean any = false;
            for (int h = 0; h < dataset.hotels().size() && beds < target; h++) {
                List<Room> rooms = dataset.hotels().get(h).rooms();
                if (i < rooms.size()) {
                    kept.get(h).add(rooms.get(i));
                    beds += rooms.get(i).capacity();
                    any = true;
                }
            }
            if (!any) {
                break;
            }
        }
        List<Hotel> hotels = new ArrayList<>();
        for (int h = 0; h < dataset.hotels().size(); h++) {
            Hotel hotel = dataset.hotels().get(h);
            if (!kept.get(h).isEmpty()) {
                hotels.add(new Hotel(hotel.id(), hotel.name(), hotel.lat(), hotel.lon(), hotel.stars(), hotel.distanceKm(),
                        hotel.taxPerPersonNight(), List.copyOf(kept.get(h)), hotel.address()));
            }
        }
        return dataset.withHotels(hotels);
    }

    /** One command-line word, read back by {@link #parse}. */
    public String toArg() {
        return file != null ? "file:" + name + ":" + file
                : "gen:" + name + ":" + participants + ":" + seed + ":" + (budgetCoverage == null ? "" : budgetCoverage);
    }

    public static DatasetSpec parse(String arg) {
        String[] parts = arg.split(":", -1);
        return switch (parts[0]) {
            case "file" -> new DatasetSpec(parts[1], Path.of(arg.substring(("file:" + parts[1] + ":").length())), null,
                    null, null);
            case "gen" -> new DatasetSpec(parts[1], null, Integer.parseInt(parts[2]), Long.parseLong(parts[3]),
                    parts[4].isEmpty() ? null : Double.parseDouble(parts[4]));
            default -> throw new IllegalArgumentException("A dataset is file:<name>:<path> or gen:<name>:<n>:<seed>:<coverage>, not " + arg);
        };
    }
}
