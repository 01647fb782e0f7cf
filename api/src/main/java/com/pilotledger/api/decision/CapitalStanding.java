package com.pilotledger.api.decision;

import com.pilotledger.api.money.Money;

/**
 * The portfolio's capital as it stood: budget (null until set), committed to pilots, reserved for requests still being
 * decided, and available = budget - committed - reserved (zero while no budget is set).
 */
public record CapitalStanding(Money budget, Money committed, Money reserved, Money available) {
}
