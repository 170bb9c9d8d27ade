package org.caravan.data.compare;

import org.caravan.data.plan.Plan;
import org.caravan.data.validation.ValidDataset;

/**
 * A plan to compare, with the dataset exactly as it was solved (a scenario's overrides applied) and how the planner
 * calls it ("plan 12", "without hotel H2").
 */
public record ComparedPlan(String label, ValidDataset dataset, Plan plan) {
}
