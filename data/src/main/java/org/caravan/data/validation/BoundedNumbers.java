package org.caravan.data.validation;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.module.SimpleModule;

import java.io.IOException;
import java.math.BigDecimal;

/**
 * A Jackson module that holds every decimal number read into a {@link BigDecimal} to {@link InputLimits}, for
 * readers that bind request bodies directly (the service's): {@code 1e1000000000} is refused as too large before
 * any arithmetic expands it. Documents read by {@link DocumentReader} are held to the same limits there.
 */
public final class BoundedNumbers extends SimpleModule {

    public BoundedNumbers() {
        super("caravan-bounded-numbers");
        addDeserializer(BigDecimal.class, new Bounded());
    }

    /** The problem with a number beyond the limits, or null when it is within them. */
    public static @org.jspecify.annotations.Nullable String problem(BigDecimal value) {
        int integerDigits = value.signum() == 0 ? 0 : value.precision() - value.scale();
        if (integerDigits > InputLimits.MAX_INTEGER_DIGITS) {
            return "The number (%s) is too large; Caravan reads numbers of at most %d digits."
                    .formatted(InputLimits.echo(value), InputLimits.MAX_INTEGER_DIGITS);
        }
        if (value.stripTrailingZeros().scale() > InputLimits.MAX_DECIMALS) {
            return "The number (%s) has too many decimals; Caravan reads at most %d."
                    .formatted(InputLimits.echo(value), InputLimits.MAX_DECIMALS);
        }
        return null;
    }

    private static final class Bounded extends NumberDeserializers.BigDecimalDeserializer {

        @Override
        public BigDecimal deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            BigDecimal value = super.deserialize(parser, context);
            String problem = value == null ? null : problem(value);
            if (problem != null) {
                throw InvalidFormatException.from(parser, problem, value, BigDecimal.class);
            }
            return value;
        }
    }
}
