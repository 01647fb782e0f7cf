package com.pilotledger.api.capital;

import com.pilotledger.api.money.Money;

/** The approval limit a decider acted under at the moment of a decision, and whose limit it was. */
public record Authority(LimitHolder holder, Money limit) {
}
