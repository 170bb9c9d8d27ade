package org.caravan.solver.domain;

/**
 * A hotel as the rules see it.
 *
 * @param belowVipStars fewer stars than the policy wants for VIPs and speakers
 */
public record Hotel(String id, String name, int stars, long taxCentsPerPersonNight, boolean belowVipStars) {
}
