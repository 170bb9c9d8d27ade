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

/** The files a planner hands on: the plan, rooming lists per hotel, the flight manifest, the shuttle schedules. */
final class PlanOutputs {

    private PlanOutputs() {
    }

    static void write(ValidDataset dataset, Plan plan, Path dir) throws IOException {
        Files.createDirectories(dir);
        CaravanJson.write(dir.resolve("plan.json"), plan);
        for (HotelRooming hotel : RoomingList.of(dataset, plan)) {
            Csv.write(dir.resolve("rooming-" + fileSafe(hotel.hotelId()) + ".csv"), hotel.toCsv());
        }
        Csv.write(dir.resolve("flights.csv"), FlightManifest.toCsv(FlightManifest.of(dataset, plan)));
        Csv.write(dir.resolve("arrivals.csv"), ArrivalSchedule.toCsv(ArrivalSchedule.of(dataset, plan)));
        Csv.write(dir.resolve("departures.csv"), DepartureSchedule.toCsv(DepartureSchedule.of(dataset, plan)));
    }

    /** Hotel ids come from planners' files: keep them from naming other folders. */
    static String fileSafe(String id) {
        return id.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
