package com.pilotledger.api.capital;

import com.pilotledger.api.money.Money;

import java.time.Instant;

/** Set the amount above which an authorization needs a second person's approval (administrators only). */
public record SetFourEyesThreshold(Money threshold, String reason, Instant decidedAt) implements CapitalCommand {
}
