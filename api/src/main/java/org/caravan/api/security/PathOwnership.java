package org.caravan.api.security;

/**
 * Checks, before a request is handled, that the object a path variable names belongs to the caller's organisation:
 * {@code {datasetId}} and {@code {planId}} are checked by the dataset and plan stores. A feature whose paths name
 * objects of its own ({@code {scenarioId}}) adds a bean for that variable. Implementations throw the not-found
 * problem of their store, so another organisation's object answers 404 before its request body is even read.
 */
public interface PathOwnership {

    /** The path variable this checks, e.g. "datasetId". */
    String variable();

    /** Throws the store's not-found problem unless the caller sees the object with this id. */
    void requireVisible(long id);
}
