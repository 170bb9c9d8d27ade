package org.caravan.api.problem;

/** The caller tried too often lately (failed sign-ins), or too much heavy work runs at once: answered 429. */
public class TooManyRequestsException extends RuntimeException {

    public TooManyRequestsException(String message) {
        super(message);
    }
}
