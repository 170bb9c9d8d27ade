package org.caravan.data.text;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;

/**
 * An amount of money in a sentence, in the event's currency. English writes it as the files do ({@code 1234.5}), which
 * the command line's and the tests' texts have always shown; French groups thousands with a narrow no-break space and
 * uses a decimal comma ({@code 1 234,50}; cents shown when the amount has any decimals, as money in cents does).
 */
public record Amount(BigDecimal value) {

    public String in(WrittenLanguage language) {
        if (language == WrittenLanguage.EN) {
            return value.toPlainString();
        }
        DecimalFormat french = new DecimalFormat(value.scale() > 0 ? "#,##0.00" : "#,##0",
                DecimalFormatSymbols.getInstance(language.locale()));
        return french.format(value);
    }

    @Override
    public String toString() {
        return value.toPlainString();
    }
}
