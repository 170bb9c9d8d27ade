package org.caravan.api.solve;

/**
 * Where a plan's solve stands in its lifecycle. The last four are final. Only {@link PlanLifecycle} moves a plan from
 * one to another; its switch lists the legal moves.
 */
public enum SolveState {
    /** Waiting for a free worker (also after a graceful restart, to be resumed from its checkpoint). */
    QUEUED,
    /**
     * Taken up again after its process stopped: not solving yet (its worker died and the job queue has not revived it,
     * or a worker is reading it back from its checkpoint).
     */
    RESUMING,
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
        return switch (this) {
            case QUEUED, RESUMING, SOLVING -> false;
            case DONE, STOPPED, FAILED, INTERRUPTED -> true;
        };
    }
}
