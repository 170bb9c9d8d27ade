package org.caravan.data.validation;

import org.caravan.data.plan.Plan;
import org.caravan.data.text.Text;

import java.nio.file.Path;
import java.util.List;

/**
 * Reads a plan a person or another program wrote (a hand-edited one, say) strictly: every problem of reading it at
 * once, each with its path, an unknown field with the known one it most likely meant ({@link DocumentReader}).
 * Plans the service stored itself are read as written, with {@code CaravanJson}.
 */
public final class PlanLoader {

    private static final DocumentReader<Plan> READER = DocumentReader.of(Plan.class, "plan");

    private PlanLoader() {
    }

    public static Plan load(Path path) {
        return accept(READER.read(path));
    }

    public static Plan load(String json) {
        return accept(READER.read(json));
    }

    /** What reading found, for a caller that adds problems of its own before refusing. */
    public static DocumentReader.Reading<Plan> read(String json) {
        return READER.read(json);
    }

    private static Plan accept(DocumentReader.Reading<Plan> reading) {
        if (!reading.issues().isEmpty() || reading.value() == null) {
            throw new InvalidPlanException(reading.issues());
        }
        return reading.value();
    }

    /** A plan that cannot be read, with every problem at once. */
    public static final class InvalidPlanException extends InvalidDatasetException {

        InvalidPlanException(List<ValidationIssue> issues) {
            super(Text.of("plan.problems", issues.size()), issues);
        }
    }
}
