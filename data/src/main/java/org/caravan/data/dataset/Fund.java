package org.caravan.data.dataset;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;

/** A donor's fund: it pays the shares of the participants who name it, up to its amount. */
public record Fund(String id, @Nullable String name, BigDecimal amount) {

    /** The {@code fund} value of participants who pay for themselves. */
    public static final String SELF = "SELF";
    /** The key under which costs of participants without a fund are reported. */
    public static final String GENERAL = "general";
}
