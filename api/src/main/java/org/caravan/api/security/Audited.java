package org.caravan.api.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names what a handler does in the audit trail. Every request that changes something is recorded whether or not
 * its handler carries this (under its method and route); a read is recorded only when it is marked
 * {@link #personalData}: it hands out names or other personal data (a dataset document, a rooming list, a manifest).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Audited {

    /** The action, e.g. "SOLVE_STARTED"; reads of personal data default to PERSONAL_DATA_EXPORTED. */
    String value() default "";

    /** Whether the response carries personal data: then a successful read is recorded too. */
    boolean personalData() default false;
}
