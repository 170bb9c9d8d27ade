package org.caravan.api.problem;

import java.io.IOException;

/** A request body larger than {@code caravan.max-upload-size}; an IOException so it can escape a body reader. */
public class PayloadTooLargeException extends IOException {

    public PayloadTooLargeException(long limitBytes) {
        super("The request body is larger than the limit of " + limitBytes + " bytes (caravan.max-upload-size).");
    }
}
