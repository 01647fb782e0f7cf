package com.pilotledger.api.capital;

/** Find where the portfolio's capital stands: budget, committed, frozen, reserved, available, by posture and unit. */
public record FindCapitalView() {
}
