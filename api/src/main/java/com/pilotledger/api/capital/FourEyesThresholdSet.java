package com.pilotledger.api.capital;

import com.pilotledger.api.money.Money;

import java.time.Instant;

/** Authorizations above this amount now need a second person's approval; previous is null the first time. */
public record FourEyesThresholdSet(Money threshold, Money previous, String reason, String setBy, Instant setAt) {
}
