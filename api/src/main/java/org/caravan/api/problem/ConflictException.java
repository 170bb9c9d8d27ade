package org.caravan.api.problem;

/** A request that is well formed but clashes with the current state (deleting a dataset that is being solved). */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
