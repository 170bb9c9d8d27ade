package org.caravan.data.validation;

import org.jspecify.annotations.Nullable;

import java.util.Collection;
import java.util.Locale;

/** The known name a misspelt one most likely meant: {@code mustAtend} → {@code mustAttend}. */
public final class NearestName {

    private NearestName() {
    }

    /** The closest known name within a few edits (more for longer names), or null when none is close. */
    public static @Nullable String of(String unknown, Collection<String> known) {
        String wanted = unknown.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String name : known) {
            int distance = distance(wanted, name.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = name;
                bestDistance = distance;
            }
        }
        int allowed = Math.max(2, Math.min(unknown.length(), best == null ? 0 : best.length()) / 3);
        return bestDistance <= allowed ? best : null;
    }

    /**
     * Optimal string alignment distance: insertions, deletions, substitutions and swaps of two neighbours. Texts
     * of very different lengths, or long ones, are not compared ({@link Integer#MAX_VALUE}): no typo makes them alike.
     */
    public static int distance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 10 || a.length() > 100 || b.length() > 100) {
            return Integer.MAX_VALUE;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
