package org.caravan.data.validation;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.caravan.data.text.Text;
import org.jspecify.annotations.Nullable;

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

    /** The problem with a number beyond the limits, in English, or null when it is within them. */
    public static @Nullable String problem(BigDecimal value) {
        Text problem = problemText(value);
        return problem == null ? null : problem.english();
    }

    /** The problem with a number beyond the limits, or null when it is within them. */
    public static @Nullable Text problemText(BigDecimal value) {
        int integerDigits = value.signum() == 0 ? 0 : value.precision() - value.scale();
        if (integerDigits > InputLimits.MAX_INTEGER_DIGITS) {
            return Text.of("document.numberTooLarge", InputLimits.echo(value), InputLimits.MAX_INTEGER_DIGITS);
        }
        if (value.stripTrailingZeros().scale() > InputLimits.MAX_DECIMALS) {
            return Text.of("document.tooManyDecimals", InputLimits.echo(value), InputLimits.MAX_DECIMALS);
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
