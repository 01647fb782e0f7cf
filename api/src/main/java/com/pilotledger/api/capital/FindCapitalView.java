package com.pilotledger.api.capital;

import java.time.Instant;

/**
 * Find where the portfolio's capital stands: budget, committed, frozen, reserved, available, by posture and unit, as
 * it stood at an instant (asOf; null: today).
 */
public record FindCapitalView(Instant asOf) {

    /** The capital today. */
    public FindCapitalView() {
        this(null);
    }
}
