package com.pilotledger.api.capital;

import com.pilotledger.api.money.Money;

import java.time.Instant;

/** The portfolio's capital budget was set; previous is null the first time. */
public record CapitalBudgetSet(Money budget, Money previous, String reason, String setBy, Instant setAt) {
}
