package com.pilotledger.api.capital;

import com.pilotledger.api.money.Money;

import java.time.Instant;

/** Set or change the portfolio's capital budget, with the reason; never below what is already committed or reserved. */
public record SetCapitalBudget(Money budget, String reason, Instant decidedAt) implements CapitalCommand {
}
