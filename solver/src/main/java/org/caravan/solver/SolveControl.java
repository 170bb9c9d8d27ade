package org.caravan.solver;

/** Lets another thread stop a running solve; the best plan so far is kept. */
public final class SolveControl {

    private volatile boolean stopRequested;
    private volatile Runnable onStop = () -> { };

    public void requestStop() {
        stopRequested = true;
        onStop.run();
    }

    public boolean isStopRequested() {
        return stopRequested;
    }

    void onStop(Runnable action) {
        this.onStop = action;
        if (stopRequested) {
            action.run();
        }
    }
}
