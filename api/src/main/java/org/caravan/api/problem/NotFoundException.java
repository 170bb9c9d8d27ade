package org.caravan.api.problem;

/** A reference to something that does not exist: {@code field} names the path variable or body field that held it. */
public class NotFoundException extends RuntimeException {

    private final String field;

    public NotFoundException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
