package com.pilotledger.api.metric;

import java.math.BigDecimal;

/** On which side of its threshold a measurable kill criterion is met. */
public enum KillComparison {
    BELOW("below"),
    ABOVE("above");

    private final String words;

    KillComparison(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }

    /** Whether a level lies on this side of the threshold (equal to it counts as met). */
    public boolean holds(BigDecimal level, BigDecimal threshold) {
        int order = level.compareTo(threshold);
        return this == BELOW ? order <= 0 : order >= 0;
    }
}
