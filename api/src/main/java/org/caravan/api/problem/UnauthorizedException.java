package org.caravan.api.problem;

/** Credentials that do not prove who the caller is (a wrong password): answered 401. */
public class UnauthorizedException extends RuntimeException {

    public UnauthorizedException(String message) {
        super(message);
    }
}
