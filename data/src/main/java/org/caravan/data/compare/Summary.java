package org.caravan.data.compare;

import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/**
 * Mean, median and 90th percentile of a set of values (cost per person, hours of travel per person). The percentiles
 * are those of a spreadsheet's PERCENTILE.INC (Commons Math's R-7 estimation: linear between the two closest ranks),
 * so a planner who checks in a spreadsheet finds the same figures. Rounded to the cent (or hundredth of an hour).
 */
public record Summary(int count, BigDecimal mean, BigDecimal median, BigDecimal p90) {

    public static Summary of(Collection<? extends Number> values) {
        double[] data = values.stream().mapToDouble(Number::doubleValue).toArray();
        if (data.length == 0) {
            return new Summary(0, BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2));
        }
        Percentile percentile = new Percentile().withEstimationType(EstimationType.R_7);
        percentile.setData(data);
        double mean = new org.apache.commons.math3.stat.descriptive.moment.Mean().evaluate(data);
        return new Summary(data.length, round(mean), round(percentile.evaluate(50)), round(percentile.evaluate(90)));
    }

    private static BigDecimal round(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }
}
