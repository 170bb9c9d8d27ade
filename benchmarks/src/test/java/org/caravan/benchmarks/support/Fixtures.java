package org.caravan.benchmarks.support;

import org.caravan.data.dataset.Dataset;
import org.caravan.data.json.CaravanJson;
import org.caravan.data.problem.CompiledProblem;
import org.caravan.data.validation.DatasetValidator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The tiny dataset of the tests: four participants from OUA (F prio 5, M prio 4, F prio 3, M prio 1), two twins
 * and a single at 100/100/150 a night, a cheap itinerary (400) whose first segment has 2 seats and a dear direct one
 * (600), four nights each, and a budget of 2,300 that covers three of them.
 */
public final class Fixtures {

    private Fixtures() {
    }

    /** A dataset of the tests as the peers plan on it. */
    public static CompiledProblem compiled(Dataset dataset) {
        return CompiledProblem.of(DatasetValidator.valid(dataset));
    }

    public static Dataset tiny() {
        try (InputStream in = Fixtures.class.getResourceAsStream("/tiny-dataset.json")) {
            return CaravanJson.readDataset(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
