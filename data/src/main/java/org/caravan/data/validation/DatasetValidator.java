package org.caravan.data.validation;

import org.caravan.data.dataset.Dataset;
import org.caravan.data.text.Text;
import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * Finds every problem of a {@code caravan-dataset/1} dataset at once, so a planner fixes a file in one pass.
 * Each problem names where it is (a JSON path such as {@code $.participants[3].homeAirports[0]}) and what is wrong.
 * <p>
 * One section of the dataset at a time ({@link Section}), in the order of the file. Two phases: the structure first (fields, ranges, references, itineraries); then, only when the structure is
 * clean, what follows from the rules (a must-attend participant who cannot come), on the {@link DatasetIndex} that a
 * clean structure allows and that the {@link ValidDataset} then carries.
 */
public final class DatasetValidator {

    private DatasetValidator() {
    }

    /** Every problem of the dataset, in the order of the file; empty when it can be planned. Never throws. */
    public static List<ValidationIssue> validate(@Nullable Dataset dataset) {
        return run(dataset).issues();
    }

    /**
     * The dataset's valid form, with the index the validation computed.
     *
     * @throws InvalidDatasetException with every problem, when there is one
     */
    public static ValidDataset valid(Dataset dataset) {
        Outcome outcome = run(dataset);
        if (!outcome.issues().isEmpty()) {
            throw new InvalidDatasetException(outcome.issues());
        }
        return new ValidDataset(dataset, outcome.index());
    }

    /** The policy problems of a solve's policy, set over a valid dataset's own ({@link ValidDataset#withPolicy}). */
    static List<ValidationIssue> overridingPolicyIssues(Dataset dataset) {
        Section.Context context = new Section.Context(dataset);
        new PolicySection(context, true).check();
        return List.copyOf(context.issues);
    }

    /** The problems found and, when the structure is clean, the index the second phase used. */
    private record Outcome(List<ValidationIssue> issues, @Nullable DatasetIndex index) {
    }

    private static Outcome run(@Nullable Dataset dataset) {
        if (dataset == null) {
            return new Outcome(List.of(new ValidationIssue("$", Text.of("dataset.empty", Dataset.FORMAT))), null);
        }
        Section.Context context = new Section.Context(dataset);
        for (Section section : List.of(new EventSection(context), new BudgetSection(context), new PolicySection(context, false),
                new AirportSection(context),
                new ParticipantSection(context), new HotelSection(context), new FlightSection(context),
                new VisaRuleSection(context), new StaySpanSection(context))) {
            section.check();
        }
        if (!context.issues.isEmpty()) {
            return new Outcome(List.copyOf(context.issues), null);
        }
        DatasetIndex index = new DatasetIndex(dataset);
        new AttendanceSection(context, index).check();
        return new Outcome(List.copyOf(context.issues), index);
    }
}
