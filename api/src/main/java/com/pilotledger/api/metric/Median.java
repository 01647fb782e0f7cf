package com.pilotledger.api.metric;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The median of measured values, the one definition the pilot's decisions and the read side's figures share: the
 * middle value, or for an even count the mean of the two middle ones (six decimals, half to even).
 */
public final class Median {

    private Median() {
    }

    /** The median of the values, or null when there is none. */
    public static BigDecimal of(List<BigDecimal> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<BigDecimal> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle)
                : sorted.get(middle - 1).add(sorted.get(middle)).divide(BigDecimal.valueOf(2), 6, RoundingMode.HALF_EVEN)
                .stripTrailingZeros();
    }
}
