package org.caravan.data.compare;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

import java.util.Collection;

/**
 * How much a figure varies between runs that differ only by their random seed: its mean and a 95% confidence interval
 * for it from Student's t distribution ({@code mean ± t(0.975, n-1) × s / √n}). Two scenarios whose intervals
 * overlap differ by no more than the search's own noise. One run gives no interval (low and high are the mean).
 */
public record Spread(int runs, double mean, double standardDeviation, double low, double high) {

    public static Spread of(Collection<? extends Number> values) {
        SummaryStatistics statistics = new SummaryStatistics();
        values.forEach(value -> statistics.addValue(value.doubleValue()));
        int n = (int) statistics.getN();
        if (n == 0) {
            throw new IllegalArgumentException("A spread needs at least one run.");
        }
        double mean = statistics.getMean();
        if (n == 1) {
            return new Spread(1, mean, 0, mean, mean);
        }
        double deviation = statistics.getStandardDeviation();
        double half = new TDistribution(n - 1).inverseCumulativeProbability(0.975) * deviation / Math.sqrt(n);
        return new Spread(n, mean, deviation, mean - half, mean + half);
    }

    public double halfWidth() {
        return (high - low) / 2;
    }
}
