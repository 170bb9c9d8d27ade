package org.caravan.documents;

import org.caravan.data.dataset.Dataset;
import org.caravan.data.json.CaravanJson;
import org.caravan.data.plan.Plan;
import org.caravan.data.validation.DatasetLoader;
import org.caravan.data.validation.ValidDataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * A small summit and its plan: p1 (an Arabic name, Egyptian, entry visa) and p2 (a Mongolian Cyrillic name, entry
 * visa, documents in French) share h1-101 after connections in Tunis and Istanbul; p3 (a Wolof name, VIP,
 * self-funded) transits through Paris and sleeps alone; p4 (staff) comes by road without a room; p5 is not brought.
 */
final class Summit {

    static final LocalDate MADE_ON = LocalDate.of(2026, 3, 2);
    static final ValidDataset VALID = DatasetLoader.load(resource("summit.json"));
    static final Dataset DATASET = VALID.dataset();
    static final Plan PLAN = plan();

    private Summit() {
    }

    static TravelDocuments documents() {
        return new TravelDocuments(VALID, PLAN, MADE_ON);
    }

    private static Plan plan() {
        try {
            return CaravanJson.readPlan(resource("summit-plan.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String resource(String name) {
        try (InputStream in = Summit.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
