package com.pilotledger.api.capital;

import com.pilotledger.api.money.Money;

import java.util.List;

/**
 * The portfolio's capital: budget (null until set), committed to pilots (frozen is the part held by paused pilots),
 * reserved for requests still being decided, and available = budget - committed - reserved.
 */
public record CapitalView(Money budget, Money committed, Money frozen, Money reserved, Money available,
                          List<CapitalShare> byPosture, List<CapitalShare> byBusinessUnit) {
}
