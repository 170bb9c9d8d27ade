package org.caravan.api.solve;

/** Where a solve stands. The last four are final. */
public enum PlanStatus {
    /** Waiting for a free worker (also after a graceful restart, to be resumed from its checkpoint). */
    QUEUED,
    SOLVING,
    /** Ran to its time limit. */
    DONE,
    /** Stopped early on request; the best plan found so far is kept. */
    STOPPED,
    /** The solve could not run (for instance the dataset no longer validates); see the error. */
    FAILED,
    /** Its process died more often than caravan.solver.max-resumes, or too close to its time limit to resume;
     * the last checkpoint is its plan. */
    INTERRUPTED;

    public boolean isFinal() {
        return this != QUEUED && this != SOLVING;
    }
}
