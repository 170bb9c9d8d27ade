package org.caravan.api.cli;

import org.caravan.data.export.ArrivalSchedule;
import org.caravan.data.export.Csv;
import org.caravan.data.export.DepartureSchedule;
import org.caravan.data.export.FlightManifest;
import org.caravan.data.export.HotelRooming;
import org.caravan.data.export.RoomingList;
import org.caravan.data.json.CaravanJson;
import org.caravan.data.plan.Plan;
import org.caravan.data.validation.ValidDataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The files a planner hands on: the plan, rooming lists per hotel, the flight manifest, the shuttle schedules. */
final class PlanOutputs {

    private PlanOutputs() {
    }

    /**
     * Writes every file and returns what the planner should be told about their names: two hotel ids that make the
     * same file name (say {@code x/y} and {@code x_y}) get distinct files, never one overwriting the other.
     */
    static List<String> write(ValidDataset dataset, Plan plan, Path dir) throws IOException {
        Files.createDirectories(dir);
        CaravanJson.write(dir.resolve("plan.json"), plan);
        List<String> notes = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (HotelRooming hotel : RoomingList.of(dataset, plan)) {
            String base = "rooming-" + fileSafe(hotel.hotelId());
            String name = base + ".csv";
            for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
                name = base + "-" + n + ".csv";
            }
            if (!name.equals(base + ".csv")) {
                notes.add("The rooming list of hotel '%s' is in %s: its id makes the same file name as another hotel's."
                        .formatted(hotel.hotelId(), name));
            }
            Csv.write(dir.resolve(name), hotel.toCsv());
            if (hotel.unused()) {
                notes.add("Nobody is placed in hotel '%s': %s has the header only.".formatted(hotel.hotelId(), name));
            }
        }
        Csv.write(dir.resolve("flights.csv"), FlightManifest.toCsv(FlightManifest.of(dataset, plan)));
        Csv.write(dir.resolve("arrivals.csv"), ArrivalSchedule.toCsv(ArrivalSchedule.of(dataset, plan)));
        Csv.write(dir.resolve("departures.csv"), DepartureSchedule.toCsv(DepartureSchedule.of(dataset, plan)));
        return notes;
    }

    /** Hotel ids come from planners' files: keep them from naming other folders. */
    static String fileSafe(String id) {
        return id.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
